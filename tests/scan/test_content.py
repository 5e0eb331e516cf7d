"""The questionnaire fixtures are complete and consistent, and the database copy equals the file."""

import pytest

from werkzorg.scan.content import TIP_KINDS, fixture_files, from_dict, read_fixture


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: p.name)
def test_fixture_is_complete(path):
    data = read_fixture(path)
    questionnaire = from_dict(data)
    assert path.stem == questionnaire.versie
    codes = [q.code for q in questionnaire.questions()]
    assert len(codes) == len(set(codes)), "question codes are unique"
    assert len({t.code for t in questionnaire.themas}) == len(questionnaire.themas)
    levels = sorted(questionnaire.niveaus, key=lambda level: level.vanaf)
    assert levels[0].vanaf == 0 and all(a.vanaf < b.vanaf <= 100 for a, b in zip(levels, levels[1:]))
    for theme in questionnaire.themas:
        assert theme.vragen, theme.code
        for level in levels:  # every theme has quick wins and a structural step for every level
            for kind in TIP_KINDS:
                assert theme.tips.get(level.code, {}).get(kind), (theme.code, level.code, kind)
    for question in questionnaire.questions():
        scores = sorted(o.score for o in question.schaal.opties if not o.weet_niet)
        assert scores[0] == 0 and scores[-1] == question.schaal.maximum > 0, question.code
    # the codes the legal flags use exist (werkzorg.scan.legal)
    assert {"Q9", "Q13", "Q15", "Q29", "Q30"} <= set(codes)


@pytest.mark.parametrize("path", fixture_files(), ids=lambda p: p.name)
def test_fixture_has_every_text_in_english(path):
    data = read_fixture(path)
    missing = [k for k in ("titel", "inleiding") if not data.get(f"{k}_en")]
    missing += [f"niveau {n['code']}" for n in data["niveaus"] if not (n.get("naam_en") and n.get("betekenis_en"))]
    missing += [f"schaal {s['code']} {o['code']}" for s in data["schalen"] for o in s["opties"] if not o.get("tekst_en")]
    for t in data["themas"]:
        missing += [f"thema {t['code']}"] if not (t.get("naam_en") and t.get("uitleg_en")) else []
        missing += [q["code"] for q in t["vragen"] if not q.get("tekst_en")]
        for level, kinds in t["tips"].items():
            for kind, texts in kinds.items():
                if len(t.get("tips_en", {}).get(level, {}).get(kind, [])) != len(texts):
                    missing.append(f"tips {t['code']} {level} {kind}")
    assert missing == []
    english, dutch = from_dict(data, "en"), from_dict(data)
    assert [q.code for q in english.questions()] == [q.code for q in dutch.questions()]
    assert english.themas[0].vragen[0].tekst.startswith("Has the board") and dutch.themas[0].vragen[0].tekst.startswith("Heeft de directie")


@pytest.mark.django_db
def test_database_copy_equals_the_fixture_and_a_copy_equals_its_original():
    from werkzorg.web.scan.models import QuestionnaireVersion
    from werkzorg.web.scan.seed import copy_version

    for path in fixture_files():
        data = read_fixture(path)
        version = QuestionnaireVersion.objects.get(versie=data["versie"])
        assert version.to_content() == from_dict(data)
        # English texts filled in by migration 0003 for the version migration 0002 loaded
        assert version.to_content("en") == from_dict(data, "en")
        copy = copy_version(version, data["versie"] + "-kopie")
        assert copy.status == "concept"
        original, copied = version.to_content(), copy.to_content()
        assert (copied.themas, copied.niveaus, copied.titel) == (original.themas, original.niveaus, original.titel)
