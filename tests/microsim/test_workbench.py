"""The reform workbench: search by label (Dutch, English, law), values with sources, reforms from a share link."""

import pytest

from werkzorg.input_errors import InputError
from werkzorg.microsim import workbench
from werkzorg.microsim.jobs import example_reforms

MAXIMUM = "wet_inkomstenbelasting_2001.heffingskortingen.inkomensafhankelijke_combinatiekorting.maximum"


def test_search_finds_the_combination_credit_in_dutch_and_english():
    dutch = [hit.path for hit in workbench.search("combinatiekorting", 2026)]
    english = [hit.path for hit in workbench.search("combination credit maximum", 2026)]
    assert MAXIMUM in dutch
    assert english == [MAXIMUM]
    assert workbench.search("", 2026) == []


def test_a_hit_has_its_law_its_value_on_1_january_and_an_official_source():
    (hit,) = [h for h in workbench.search("combinatiekorting", 2026) if h.path == MAXIMUM]
    assert hit.law.startswith("Wet inkomstenbelasting 2001")
    # Wet IB 2001 art. 8.14a lid 2, version 1-1-2026: maximum € 3.032 (the parameter file's own reference).
    assert hit.current.value == 3032 and hit.current.start == "2026-01-01"
    assert hit.current.sources == ("Wet IB 2001 art. 8.14a lid 2, versie 1-1-2026",)
    in_2025 = [h for h in workbench.search("combinatiekorting maximum", 2025) if h.path == MAXIMUM][0]
    assert in_2025.current.value == 2986 and [v.value for v in in_2025.future] == [3032]


def test_search_by_law_name_finds_table_rows():
    rows = [hit for hit in workbench.search("kinderopvang tabel eerste kind", 2026) if hit.table]
    assert rows and all(".brackets[" in hit.path for hit in rows)


def test_only_official_sources_are_shown():
    assert workbench._official({"title": "Wet", "href": "https://wetten.overheid.nl/BWBR0011353"}) == ["Wet — https://wetten.overheid.nl/BWBR0011353"]
    assert workbench._official({"title": "code", "href": "https://github.com/x/y"}) == []
    assert workbench._official("Wet IB 2001 art. 8.14a lid 2 (kopie MinBZK/regelrecht-corpus; blog.nl)") == ["Wet IB 2001 art. 8.14a lid 2"]


def test_a_reform_round_trips_through_the_link():
    item = workbench.change_text(MAXIMUM, "2026-01-01", 4000)
    assert item == f"{MAXIMUM}@2026-01-01=4000"
    specs = workbench.reforms_from_link({"r1": [item], "r2": ["voorbeeld:kinderopvang-96"]}, example_reforms())
    assert [s.name for s in specs] == ["hervorming-1", "kinderopvang-96"]
    assert specs[0].parameters == ((MAXIMUM, "2026-01-01", 4000),)
    assert workbench.change_text("a.b", "2026-01-01", 0.96) == "a.b@2026-01-01=0.96"


def test_the_same_example_twice_gets_its_own_name():
    specs = workbench.reforms_from_link({"r1": ["voorbeeld:kinderopvang-96"], "r3": ["voorbeeld:kinderopvang-96"]}, example_reforms())
    assert [s.name for s in specs] == ["kinderopvang-96", "kinderopvang-96-3"]


@pytest.mark.parametrize(
    "items, field",
    [
        (["bestaat.niet@2026-01-01=1"], "r1"),
        ([f"{MAXIMUM}@2026-13-01=1"], "r1"),
        ([f"{MAXIMUM}@2026-01-01=<script>"], "r1"),
        (["voorbeeld:onbekend"], "r1"),
    ],
)
def test_a_wrong_link_names_the_reform(items, field):
    with pytest.raises(InputError) as error:
        workbench.reforms_from_link({"r1": items}, example_reforms())
    assert error.value.errors[0].field.startswith(field)


def test_changes_after_the_simulated_year_are_named():
    (spec,) = workbench.reforms_from_link({"r1": [f"{MAXIMUM}@2027-01-01=4000"]}, {})
    assert workbench.after_year(spec, 2026) == [MAXIMUM]
