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


def _english(model, item: dict, *keys: str) -> dict:
    """The English texts of `item` for the fields the (possibly historical) model has."""
    names = {f.name for f in model._meta.get_fields()}
    return {f"{key}_en": item.get(f"{key}_en", "") or "" for key in keys if f"{key}_en" in names}


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
        version = Version.objects.create(
            versie=data["versie"], status=status, titel=data["titel"], inleiding=data.get("inleiding", ""), bron=source, **_english(Version, data, "titel", "inleiding")
        )
        for n in data["niveaus"]:
            Level.objects.create(version=version, code=n["code"], naam=n["naam"], vanaf=n["vanaf"], betekenis=n.get("betekenis", ""), **_english(Level, n, "naam", "betekenis"))
        scales = {}
        for s in data["schalen"]:
            scale = scales[s["code"]] = Scale.objects.create(version=version, code=s["code"], naam=s["naam"], **_english(Scale, s, "naam"))
            for i, o in enumerate(s["opties"]):
                Option.objects.create(scale=scale, code=o["code"], tekst=o["tekst"], score=o["score"], weet_niet=o.get("weet_niet", False), volgorde=i, **_english(Option, o, "tekst"))
        for ti, t in enumerate(data["themas"]):
            theme = Theme.objects.create(version=version, code=t["code"], volgorde=ti, naam=t["naam"], uitleg=t.get("uitleg", ""), **_english(Theme, t, "naam", "uitleg"))
            for qi, q in enumerate(t["vragen"]):
                Question.objects.create(
                    theme=theme, code=q["code"], volgorde=qi, tekst=q["tekst"], toelichting=q.get("toelichting", ""), schaal=scales[q["schaal"]], omgekeerd=q.get("omgekeerd", False),
                    **_english(Question, q, "tekst", "toelichting"),
                )
            english = t.get("tips_en", {})
            for level, kinds in t.get("tips", {}).items():
                for kind, texts in kinds.items():
                    translated = english.get(level, {}).get(kind, [])
                    for i, text in enumerate(texts):
                        extra = _english(Tip, {"tekst_en": translated[i] if i < len(translated) else ""}, "tekst")
                        Tip.objects.create(theme=theme, niveau=level, soort=kind, tekst=text, volgorde=i, **extra)
    return version, True


def fill_english(apps=None) -> None:
    """Add the fixture's English texts to versions loaded before the English fields existed (empty fields only)."""
    Version = _model(apps, "QuestionnaireVersion")
    for path in content.fixture_files():
        data = content.read_fixture(path)
        version = Version.objects.filter(versie=data["versie"]).first()
        if version is None:
            continue

        def fill(obj, item, *keys):
            changed = False
            for key in keys:
                if not getattr(obj, f"{key}_en") and item.get(f"{key}_en"):
                    setattr(obj, f"{key}_en", item[f"{key}_en"])
                    changed = True
            if changed:
                obj.save()

        fill(version, data, "titel", "inleiding")
        levels = {n["code"]: n for n in data["niveaus"]}
        for level in version.levels.all():
            fill(level, levels.get(level.code, {}), "naam", "betekenis")
        scales = {s["code"]: s for s in data["schalen"]}
        for scale in version.scales.all():
            item = scales.get(scale.code, {"opties": []})
            fill(scale, item, "naam")
            options = {o["code"]: o for o in item["opties"]}
            for option in scale.options.all():
                fill(option, options.get(option.code, {}), "tekst")
        themes = {t["code"]: t for t in data["themas"]}
        for theme in version.themes.all():
            item = themes.get(theme.code, {"vragen": []})
            fill(theme, item, "naam", "uitleg")
            questions = {q["code"]: q for q in item["vragen"]}
            for question in theme.questions.all():
                fill(question, questions.get(question.code, {}), "tekst", "toelichting")
            dutch, english = item.get("tips", {}), item.get("tips_en", {})
            for tip in theme.tips.all():
                texts = dutch.get(tip.niveau, {}).get(tip.soort, [])
                if tip.tekst in texts:
                    translated = english.get(tip.niveau, {}).get(tip.soort, [])
                    index = texts.index(tip.tekst)
                    if index < len(translated):
                        fill(tip, {"tekst_en": translated[index]}, "tekst")


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
