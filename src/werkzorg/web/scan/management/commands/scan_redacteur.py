"""Give someone a staff login to edit the quick scan's content in the admin (/beheer/), without other rights."""

import getpass
import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand, CommandError

GROUP = "Redactie quickscan"
CONTENT = ["questionnaireversion", "level", "scale", "answeroption", "theme", "question", "tip"]


def editor_group() -> Group:
    group, _created = Group.objects.get_or_create(name=GROUP)
    codenames = [f"{action}_{model}" for model in CONTENT for action in ("add", "change", "delete", "view")] + ["view_submission"]
    group.permissions.set(Permission.objects.filter(content_type__app_label="scan", codename__in=codenames))
    return group


class Command(BaseCommand):
    help = f"Maak of wijzig een redacteur: een staff-login in de groep '{GROUP}' die vragen en tips mag aanpassen."

    def add_arguments(self, parser):
        parser.add_argument("gebruikersnaam")
        parser.add_argument("--email", default="")
        parser.add_argument("--wachtwoord-uit-omgeving", metavar="VARIABELE", help="lees het wachtwoord uit deze omgevingsvariabele (anders wordt het gevraagd)")

    def handle(self, *args, **options):
        if options["wachtwoord_uit_omgeving"]:
            password = os.environ.get(options["wachtwoord_uit_omgeving"], "")
        else:
            password = getpass.getpass("Wachtwoord: ")
        if len(password) < 10:
            raise CommandError("Kies een wachtwoord van ten minste 10 tekens.")
        User = get_user_model()
        user, created = User.objects.get_or_create(username=options["gebruikersnaam"], defaults={"email": options["email"]})
        user.is_staff = True
        user.set_password(password)
        user.save()
        user.groups.add(editor_group())
        self.stdout.write(f"{'Nieuwe' if created else 'Bestaande'} redacteur {user.username}: log in op /beheer/.")
