"""Disposable income of the household: what is left after tax, with toeslagen, minus childcare costs."""

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Huishouden


class netto_inkomen_partners(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Netto inkomen van aanvrager en partner samen"

    def formula(huishouden, period):
        return huishouden.sum(huishouden.members("netto_inkomen", period), role=Huishouden.PARTNER)


class toeslagen(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Toeslagen samen: zorgtoeslag, huurtoeslag, kindgebonden budget en kinderopvangtoeslag"

    def formula(huishouden, period):
        return (
            huishouden("zorgtoeslag", period)
            + huishouden("huurtoeslag", period)
            + huishouden("kindgebonden_budget", period)
            + huishouden("kinderopvangtoeslag", period)
        )


class besteedbaar_inkomen(Variable):
    value_type = float
    entity = Huishouden
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Besteedbaar inkomen: netto inkomens + toeslagen + kinderbijslag − kosten kinderopvang ± alimentatie"

    def formula(huishouden, period):
        return (
            huishouden("netto_inkomen_partners", period)
            + huishouden("toeslagen", period)
            + huishouden("kinderbijslag", period)
            - huishouden("kinderopvang_kosten", period)
            + huishouden("alimentatie_saldo", period)
        )
