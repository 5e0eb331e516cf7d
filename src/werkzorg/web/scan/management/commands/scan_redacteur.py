"""Give someone a staff login to edit the quick scan's content in the admin (/beheer/), without other rights."""

import getpass
import os
import sys

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


#: Read when no --wachtwoord-uit-omgeving is given and there is no terminal to ask (e.g. in a deploy script).
DEFAULT_VARIABLE = "WERKZORG_REDACTEUR_WACHTWOORD"
NO_TERMINAL = (
    "Er is geen terminal om het wachtwoord te vragen. Zet het wachtwoord in een omgevingsvariabele en geef die op: "
    f"--wachtwoord-uit-omgeving VARIABELE (of zet {DEFAULT_VARIABLE})."
)


def _password(variable: str | None, interactive: bool) -> str:
    """From the named variable, else from WERKZORG_REDACTEUR_WACHTWOORD, else asked on the terminal; never a traceback."""
    if variable:
        if variable not in os.environ:
            raise CommandError(f"De omgevingsvariabele {variable} bestaat niet. Zet daarin het wachtwoord.")
        return os.environ[variable]
    if os.environ.get(DEFAULT_VARIABLE):
        return os.environ[DEFAULT_VARIABLE]
    if not interactive:
        raise CommandError(NO_TERMINAL)
    try:
        return getpass.getpass("Wachtwoord: ")
    except (EOFError, KeyboardInterrupt):
        raise CommandError(NO_TERMINAL) from None


class Command(BaseCommand):
    help = f"Maak of wijzig een redacteur: een staff-login in de groep '{GROUP}' die vragen en tips mag aanpassen."

    def add_arguments(self, parser):
        parser.add_argument("gebruikersnaam")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--wachtwoord-uit-omgeving", metavar="VARIABELE",
            help=f"lees het wachtwoord uit deze omgevingsvariabele (anders uit {DEFAULT_VARIABLE}, of gevraagd op de terminal)",
        )

    def handle(self, *args, **options):
        password = _password(options["wachtwoord_uit_omgeving"], sys.stdin is not None and sys.stdin.isatty())
        if len(password) < 10:
            raise CommandError("Kies een wachtwoord van ten minste 10 tekens.")
        User = get_user_model()
        user, created = User.objects.get_or_create(username=options["gebruikersnaam"], defaults={"email": options["email"]})
        user.is_staff = True
        user.set_password(password)
        user.save()
        user.groups.add(editor_group())
        self.stdout.write(f"{'Nieuwe' if created else 'Bestaande'} redacteur {user.username}: log in op /beheer/.")
