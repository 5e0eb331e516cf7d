"""The public variable names are a contract for users, the other parts of werkzorg and tests: add freely, rename none."""

import pytest

from werkzorg.model import tax_benefit_system

CONTRACT = {
    "persoon": [
        "geboortedatum", "leeftijd", "loon", "uren_per_week",
        "box1_belasting_voor_kortingen", "algemene_heffingskorting", "arbeidskorting",
        "inkomensafhankelijke_combinatiekorting", "inkomstenbelasting", "netto_inkomen", "economisch_zelfstandig",
        "kinderopvang_soort", "kinderopvang_uren_per_maand", "kinderopvang_uurprijs",
        "winst_uit_onderneming", "uren_onderneming", "partneralimentatie_ontvangen", "partneralimentatie_betaald",
        "aftrek_eigen_woning", "zelfstandigenaftrek", "mkb_winstvrijstelling", "ouderenkorting",
        "ww_uitkering", "ziektewet_uitkering", "wia_uitkering", "anw_uitkering", "aow_uitkering",
        "co_ouder_kind_onder_12",
    ],
    "huishouden": [
        "huur_per_maand", "vermogen", "zorgtoeslag", "kinderopvangtoeslag", "kindgebonden_budget", "kinderbijslag",
        "huurtoeslag", "kinderopvang_kosten", "besteedbaar_inkomen",
        "woz_waarde", "hypotheekrente", "eigenwoningforfait",
    ],
}


@pytest.mark.parametrize(("entity", "name"), [(entity, name) for entity, names in CONTRACT.items() for name in names])
def test_public_variable_exists_on_its_entity(entity, name):
    variable = tax_benefit_system().variables.get(name)
    assert variable is not None, f"{name} was removed or renamed"
    assert variable.entity.key == entity


def test_money_outputs_are_yearly_euros():
    system = tax_benefit_system()
    for name in ["netto_inkomen", "inkomstenbelasting", "zorgtoeslag", "besteedbaar_inkomen", "kinderopvang_kosten"]:
        assert system.variables[name].definition_period == "year"
        assert system.variables[name].unit == "currency-EUR"
