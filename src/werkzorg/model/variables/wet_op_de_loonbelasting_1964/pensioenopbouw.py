"""A simple, documented estimate of yearly pension build-up (second pillar), for comparing work-care splits."""

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from werkzorg.model.entities import Persoon


class pensioengevend_loon(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Pensioengevend loon per jaar (bruto, vóór de eigen pensioenpremie); 0 als er geen pensioenregeling is"


class deeltijdfactor(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    default_value = 1.0
    unit = "/1"
    label = "Deeltijdfactor: gewerkte uren gedeeld door de voltijduren van de werkgever"


class pensioen_opbouwpercentage(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "/1"
    label = "Opbouwpercentage van de eigen pensioenregeling (standaard het fiscale maximum, illustratief)"
    reference = "https://wetten.overheid.nl/BWBR0002471/2026-01-01"

    def formula(persoon, period, parameters):
        return persoon.filled_array(parameters(period).wet_op_de_loonbelasting_1964.pensioen.opbouwpercentage)


class pensioenopbouw(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Geschatte opbouw van ouderdomspensioen per jaar: (pensioengevend loon − franchise × deeltijdfactor) × opbouwpercentage"
    reference = "https://centraalaanspreekpuntpensioenen.belastingdienst.nl/publicaties/overzicht-aow-inbouwbedragen-en-aow-franchises/"
    documentation = (
        "Gelijk aan (voltijdloon − franchise) × opbouwpercentage × deeltijdfactor. Een schatting: het maximum "
        "pensioengevend loon, de eigen franchise van het fonds en premieregelingen (Wtp) worden niet gemodelleerd."
    )

    def formula(persoon, period, parameters):
        franchise = parameters(period).wet_op_de_loonbelasting_1964.pensioen.aow_franchise
        grondslag = (persoon("pensioengevend_loon", period) - franchise * persoon("deeltijdfactor", period)).clip(min=0)
        return grondslag * persoon("pensioen_opbouwpercentage", period)
