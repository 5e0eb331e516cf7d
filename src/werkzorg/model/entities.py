"""Entities of the Dutch model: a person and the household of partners and children.

The huishouden is the unit of the toeslagen (Awir): at most two partners (the fiscal partner,
who is also the toeslagpartner, art. 3 Awir) and the children living with them.
"""

from openfisca_core.entities import build_entity

Persoon = build_entity(
    key="persoon",
    plural="personen",
    label="Persoon",
    doc="Een natuurlijk persoon: ouder, partner of kind.",
    is_person=True,
)

Huishouden = build_entity(
    key="huishouden",
    plural="huishoudens",
    label="Huishouden",
    doc=(
        "Een huishouden: een of twee partners (fiscaal partner en toeslagpartner, art. 3 Awir) "
        "met de kinderen die bij hen wonen."
    ),
    roles=[
        {
            "key": "partner",
            "plural": "partners",
            "label": "Partner",
            "max": 2,
            "doc": "Aanvrager en (fiscaal) partner / toeslagpartner.",
        },
        {
            "key": "kind",
            "plural": "kinderen",
            "label": "Kind",
            "doc": "Kind dat tot het huishouden behoort.",
        },
    ],
)

entities = [Persoon, Huishouden]
