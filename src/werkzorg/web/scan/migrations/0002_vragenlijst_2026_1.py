"""Seed the questionnaire versions from src/werkzorg/scan/vragenlijsten/ (versions already present are kept)."""

from django.db import migrations


def seed(apps, schema_editor):
    from werkzorg.web.scan.seed import load_all

    load_all(apps)


class Migration(migrations.Migration):
    dependencies = [("scan", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
