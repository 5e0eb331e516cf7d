"""Help near you: the CBS list of gemeenten on 1 January 2026 (342 gemeenten), every code resolves on the page, names
are found (also without the CBS province suffix), and the refresh command reads the CBS file saved as CSV.

Expected facts from the CBS file "Gemeenten alfabetisch 2026" (two independent copies agree on all 342 codes):
GM0014 Groningen (Groningen), GM0363 Amsterdam (Noord-Holland), GM0518 's-Gravenhage (Zuid-Holland),
GM0373 Bergen (NH.) and GM0893 Bergen (L.)."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from werkzorg.scan import hulp

REGISTER = hulp.load()


def test_the_2026_list():
    assert REGISTER.peildatum == "2026-01-01" and len(REGISTER.gemeenten) == 342
    codes = [g.code for g in REGISTER.gemeenten]
    assert len(set(codes)) == 342 and all(c.startswith("GM") and len(c) == 6 and c[2:].isdigit() for c in codes)
    assert len({g.provincie for g in REGISTER.gemeenten}) == 12


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Groningen", ["GM0014"]), ("amsterdam", ["GM0363"]), ("Den Haag", ["GM0518"]), ("'s-Gravenhage", ["GM0518"]),
     ("Bergen", ["GM0893", "GM0373"]), ("bergen (nh.)", ["GM0373"]), ("GM0014", ["GM0014"]), ("14", ["GM0014"]),
     ("Súdwest-Fryslân", ["GM1900"]), ("sudwest fryslan", ["GM1900"]), ("Atlantis", []), ("", [])],
)
def test_find(query, expected):
    assert sorted(g.code for g in REGISTER.find(query)) == sorted(expected)


@pytest.mark.django_db
def test_every_gemeente_resolves_on_the_page(client):
    page = client.get("/mantelzorg/hulp/").content.decode()
    assert page.count('<option value="GM') == 342 and 'method="get"' in page
    for gemeente in REGISTER.gemeenten:
        response = client.get("/mantelzorg/hulp/", {"gemeente": gemeente.code})
        assert response.status_code == 200, gemeente
        text = response.content.decode()
        assert f"({gemeente.provincie})" in text and "Wmo-loket" in text and "organisaties.overheid.nl" in text
    assert "Gemeente Groningen (Groningen)" in client.get("/mantelzorg/hulp/", {"gemeente": "GM0014"}).content.decode()
    response = client.get("/mantelzorg/hulp/", {"gemeente": "GM9999"})
    assert response.status_code == 404 and "deze gemeente kennen we niet" in response.content.decode()
    assert "Help near you" in client.get("/en/mantelzorg/hulp/", {"gemeente": "GM0014"}).content.decode()


def test_refresh_from_the_cbs_file(tmp_path, monkeypatch):
    monkeypatch.setattr(hulp, "DATA", tmp_path)
    source = tmp_path / "gemeenten.csv"
    source.write_text(
        "Gemeenten alfabetisch 2027\n\nGemeentecode;GemeentecodeGM;Gemeentenaam;Provinciecode;ProvinciecodePV;Provincienaam\n"
        "1680;GM1680;Aa en Hunze;22;PV22;Drenthe\n0014;GM0014;Groningen;20;PV20;Groningen\n", encoding="utf-8")
    call_command("hulp_vernieuwen", str(source), "--peildatum", "2027-01-01", "--bron-url", "https://www.cbs.nl/", stdout=io.StringIO())
    register = hulp.load(tmp_path / "gemeenten-2027.json")
    assert register.peildatum == "2027-01-01" and [g.code for g in register.gemeenten] == ["GM1680", "GM0014"]
    bad = tmp_path / "bad.csv"
    bad.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    with pytest.raises(CommandError, match="GM"):
        call_command("hulp_vernieuwen", str(bad), "--peildatum", "2027-01-01", "--bron-url", "x")
    with pytest.raises(CommandError, match="peildatum"):
        call_command("hulp_vernieuwen", str(source), "--peildatum", "morgen", "--bron-url", "x")
