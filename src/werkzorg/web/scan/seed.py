"""Put a questionnaire version from its fixture file (JSON) into the database; used by the data migration and by
`manage.py scan_laden`. A version already present is left alone (editors may have changed it in the admin)."""

from __future__ import annotations

from django.db import transaction

from werkzorg.scan import content


def _model(apps, name):
    if apps is None:
        from django.apps import apps as live

        return live.get_model("scan", name)
    return apps.get_model("scan", name)


def load_version(data: dict, apps=None, source: str = "") -> tuple[object, bool]:
    """(version, created). A fixture with status 'actief' archives the versions that were active."""
    content.from_dict(data)  # fails on a malformed file before anything is written
    Version = _model(apps, "QuestionnaireVersion")
    Level, Scale, Option, Theme, Question, Tip = (_model(apps, n) for n in ("Level", "Scale", "AnswerOption", "Theme", "Question", "Tip"))
    existing = Version.objects.filter(versie=data["versie"]).first()
    if existing is not None:
        return existing, False
    with transaction.atomic():
        status = data.get("status", "concept")
        if status == "actief":
            Version.objects.filter(status="actief").update(status="archief")
        version = Version.objects.create(versie=data["versie"], status=status, titel=data["titel"], inleiding=data.get("inleiding", ""), bron=source)
        for n in data["niveaus"]:
            Level.objects.create(version=version, code=n["code"], naam=n["naam"], vanaf=n["vanaf"], betekenis=n.get("betekenis", ""))
        scales = {}
        for s in data["schalen"]:
            scale = scales[s["code"]] = Scale.objects.create(version=version, code=s["code"], naam=s["naam"])
            for i, o in enumerate(s["opties"]):
                Option.objects.create(scale=scale, code=o["code"], tekst=o["tekst"], score=o["score"], weet_niet=o.get("weet_niet", False), volgorde=i)
        for ti, t in enumerate(data["themas"]):
            theme = Theme.objects.create(version=version, code=t["code"], volgorde=ti, naam=t["naam"], uitleg=t.get("uitleg", ""))
            for qi, q in enumerate(t["vragen"]):
                Question.objects.create(theme=theme, code=q["code"], volgorde=qi, tekst=q["tekst"], toelichting=q.get("toelichting", ""), schaal=scales[q["schaal"]], omgekeerd=q.get("omgekeerd", False))
            for level, kinds in t.get("tips", {}).items():
                for kind, texts in kinds.items():
                    for i, text in enumerate(texts):
                        Tip.objects.create(theme=theme, niveau=level, soort=kind, tekst=text, volgorde=i)
    return version, True


def load_all(apps=None) -> list[tuple[str, bool]]:
    done = []
    for path in content.fixture_files():
        version, created = load_version(content.read_fixture(path), apps, source=f"src/werkzorg/scan/vragenlijsten/{path.name}")
        done.append((version.versie, created))
    return done


def copy_version(version, new_name: str):
    """A new concept version with the same content, for editors who want to change a frozen version."""
    data = version.to_dict()
    data["versie"], data["status"] = new_name, "concept"
    copy, _created = load_version(data, source=f"kopie van {version.versie}")
    return copy
