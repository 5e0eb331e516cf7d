"""A population of households as columns: generated from a seed, calibrated, written to and read from Parquet.

Two tables (docs/microsim.md, "Schema"): `households.parquet`, one row per household (household_id 0..n−1 in order),
and `persons.parquet`, one row per person, sorted by household_id, the partners of a household before its children.
A user can bring their own microdata in this schema (for instance inside CBS's secure environment).
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import json
from pathlib import Path

import numpy as np

from werkzorg.input_errors import FieldError, InputError

HOUSEHOLD_TYPES = ("alleenstaand", "paar_zonder_kinderen", "overig", "paar_met_kinderen", "eenouder")
TENURES = ("koop", "sociale_huur", "vrije_huur")
ROLES = ("partner", "kind")
GENDERS = ("v", "m")
CHILDCARE = ("geen", "dagopvang", "buitenschoolse_opvang", "gastouderopvang")

#: Column → (kind, description). Kinds: int, float, category (values listed above), all required.
HOUSEHOLD_COLUMNS = {
    "household_id": ("int", "0..n−1, in order"),
    "weight": ("float", "calibration weight: how many Dutch households this one stands for"),
    "household_type": ("category", "one of " + ", ".join(HOUSEHOLD_TYPES)),
    "tenure": ("category", "one of " + ", ".join(TENURES)),
    "huur_per_maand": ("float", "rent per month in euro (0 for owners)"),
    "vermogen": ("float", "assets counted for the toeslagen (box 3 basis) in euro"),
    "woz_waarde": ("float", "WOZ value of the owner-occupied home in euro (0 for renters); optional, default 0"),
    "hypotheekrente": ("float", "mortgage interest a year in euro (0 without a mortgage); optional, default 0"),
    "ontvangt_bijstand": ("int", "1: the household receives algemene bijstand, whose amount the model computes (Participatiewet); optional, default 0"),
}
PERSON_COLUMNS = {
    "household_id": ("int", "the household this person belongs to; rows sorted by it"),
    "rol": ("category", "partner (aanvrager or toeslagpartner; at most 2) or kind (child living at home)"),
    "geslacht": ("category", "v (woman) or m (man)"),
    "leeftijd": ("int", "age in years on 1 January of the simulated year"),
    "uren_per_week": ("float", "contract hours a week (0: not working)"),
    "uurloon": ("float", "gross hourly wage without holiday pay (0 if not working)"),
    "loon": ("float", "fiscal wage per year including holiday pay"),
    "belastbare_uitkering": ("float", "other taxable benefits and pensions per year (AOW, pension, disability); not bijstand, which the model computes"),
    "ww_uitkering": ("float", "WW benefit (UWV) a year, gross; optional, default 0"),
    "winst_uit_onderneming": ("float", "profit from an own business a year, before deductions (0: none); optional, default 0"),
    "uren_onderneming": ("float", "hours a year in the own business, for the urencriterium; optional, default 0"),
    "kinderopvang_soort": ("category", "one of " + ", ".join(CHILDCARE)),
    "kinderopvang_uren_per_maand": ("float", "childcare hours a month (average over the year)"),
    "kinderopvang_uurprijs": ("float", "price per childcare hour in euro"),
}
#: Columns added with issue 16 (own home, own business): microdata without them read as 0 (renters, employees).
#: Issue 17 added bijstand (a household flag; the model computes the amount) and WW.
OPTIONAL_COLUMNS = ("woz_waarde", "hypotheekrente", "winst_uit_onderneming", "uren_onderneming", "ontvangt_bijstand", "ww_uitkering")
CATEGORIES = {
    "household_type": HOUSEHOLD_TYPES,
    "tenure": TENURES,
    "rol": ROLES,
    "geslacht": GENDERS,
    "kinderopvang_soort": CHILDCARE,
}


@dataclasses.dataclass
class Population:
    """Households and persons as NumPy columns; categories are held as small integer codes (see CATEGORIES)."""

    households: dict[str, np.ndarray]
    persons: dict[str, np.ndarray]
    year: int
    metadata: dict = dataclasses.field(default_factory=dict)
    #: Number of the first household in the whole population (a chunk made by `slice` starts later).
    offset: int = 0

    @property
    def n_households(self) -> int:
        return len(self.households["household_id"])

    @property
    def n_persons(self) -> int:
        return len(self.persons["household_id"])

    def person_bounds(self) -> np.ndarray:
        """Index of the first person of each household, plus the total (length n_households + 1)."""
        return np.searchsorted(self.persons["household_id"], np.arange(self.n_households + 1))

    def slice(self, start: int, stop: int) -> Population:
        """Households start..stop−1 and their persons, renumbered from 0."""
        bounds = np.searchsorted(self.persons["household_id"], [start, stop])
        households = {k: v[start:stop] for k, v in self.households.items()}
        persons = {k: v[bounds[0] : bounds[1]] for k, v in self.persons.items()}
        households["household_id"] = households["household_id"] - start
        persons["household_id"] = persons["household_id"] - start
        return Population(households, persons, self.year, self.metadata, self.offset + start)

    def digest(self) -> str:
        """SHA-256 of every column the model reads, in the wide dtypes (`widened`), so a compacted population has the
        same digest as the wide one: the key under which results for this population are cached."""
        h = hashlib.sha256(str(self.year).encode())
        for table, columns in ((self.households, HOUSEHOLD_COLUMNS), (self.persons, PERSON_COLUMNS)):
            for name in sorted(table):
                if name in UNUSED_BY_MODEL:
                    continue
                h.update(name.encode())
                h.update(np.ascontiguousarray(table[name], dtype=_wide_dtype(name, columns)).tobytes())
        return h.hexdigest()[:16]

    def compacted(self) -> Population:
        """The same population in compact dtypes (`compact_columns`): about half the memory, the same values."""
        return dataclasses.replace(self, households=compact_columns(self.households, HOUSEHOLD_COLUMNS), persons=compact_columns(self.persons, PERSON_COLUMNS))

    def widened(self) -> Population:
        """The same population in the wide dtypes the runs compute with (int64 ids and ages, float64 amounts), so
        that every sum and product gives exactly what it gives on a population that was never compacted."""
        return dataclasses.replace(self, households=widen_columns(self.households, HOUSEHOLD_COLUMNS), persons=widen_columns(self.persons, PERSON_COLUMNS))

    # Household facts used by the outputs.
    def youngest_child_age(self) -> np.ndarray:
        """Age of the youngest child per household; −1 without children."""
        p = self.persons
        is_child = p["rol"] == ROLES.index("kind")
        age = np.where(is_child, p["leeftijd"], 10_000)
        youngest = np.full(self.n_households, 10_000, dtype=np.int64)
        np.minimum.at(youngest, p["household_id"], age)
        return np.where(youngest == 10_000, -1, youngest)

    def count_per_household(self, mask: np.ndarray, values: np.ndarray | None = None) -> np.ndarray:
        values = mask.astype(np.float64) if values is None else np.where(mask, values, 0.0)
        return np.bincount(self.persons["household_id"], weights=values, minlength=self.n_households)


# ---------------------------------------------------------------------------------------------------------------------
# Compact dtypes: the full population (17.4 M persons) in half the memory, the same values

#: Columns in the schema that no run reads (the calibration does: the hourly wage targets); `read(model_only=True)`
#: leaves them out.
UNUSED_BY_MODEL = frozenset({"uurloon"})
#: Integer columns and the smallest dtype that holds their values (checked: a value out of range keeps int64).
COMPACT_INTS = {"household_id": np.int32, "leeftijd": np.int16, "ontvangt_bijstand": np.int8}


def _wide_dtype(name: str, columns: dict) -> np.dtype | None:
    if name in CATEGORIES:
        return np.dtype(np.int8)
    kind = columns.get(name, ("float", ""))[0]
    return np.dtype(np.int64 if kind == "int" else np.float64)


def _compact(values: np.ndarray, name: str, kind: str) -> np.ndarray:
    """`values` in a smaller dtype when every value survives the round trip exactly, else unchanged.

    Whole euros, hours and most amounts are exact in float32 (integers up to 2²⁴ are); amounts in cents (rents,
    childcare prices) and the calibrated weights are not, so they stay float64."""
    if kind == "int" and name in COMPACT_INTS:
        small = COMPACT_INTS[name]
        info = np.iinfo(small)
        if len(values) == 0 or (values.min() >= info.min and values.max() <= info.max):
            return values.astype(small)
        return values
    if kind == "float" and values.dtype == np.float64:
        small = values.astype(np.float32)
        if np.array_equal(small.astype(np.float64), values, equal_nan=True):
            return small
    return values


def compact_columns(table: dict[str, np.ndarray], columns: dict) -> dict[str, np.ndarray]:
    return {name: _compact(values, name, columns.get(name, ("float", ""))[0]) for name, values in table.items()}


def widen_columns(table: dict[str, np.ndarray], columns: dict) -> dict[str, np.ndarray]:
    return {name: values if values.dtype == _wide_dtype(name, columns) else values.astype(_wide_dtype(name, columns)) for name, values in table.items()}


# ---------------------------------------------------------------------------------------------------------------------
# Parquet


ROW_GROUP = 1_000_000


def write(population: Population, directory: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory.mkdir(parents=True, exist_ok=True)
    meta = {b"werkzorg": json.dumps({"year": population.year, **population.metadata}).encode()}
    for name, table in (("households", population.households), ("persons", population.persons)):
        columns = HOUSEHOLD_COLUMNS if name == "households" else PERSON_COLUMNS
        writer = None
        # One row group (a million rows) at a time: the full population as one Arrow table in the wide types took
        # 1.8 GiB next to the population itself.
        for start in range(0, max(len(table["household_id"]), 1), ROW_GROUP):
            arrays = []
            for column, values in table.items():
                part = values[start : start + ROW_GROUP]
                if column in CATEGORIES:
                    arrays.append(pa.DictionaryArray.from_arrays(pa.array(part.astype(np.int8)), pa.array(CATEGORIES[column], type=pa.string())))
                else:  # the schema's wide dtypes in the file, whatever the dtypes in memory
                    arrays.append(pa.array(np.asarray(part, dtype=_wide_dtype(column, columns))))
            pa_table = pa.Table.from_arrays(arrays, names=list(table)).replace_schema_metadata(meta)
            if writer is None:
                writer = pq.ParquetWriter(directory / f"{name}.parquet", pa_table.schema)
            writer.write_table(pa_table, row_group_size=ROW_GROUP)
        writer.close()


def read(directory: Path, year: int | None = None, *, model_only: bool = False) -> Population:
    """Read and check a population, in compact dtypes (`Population.compacted`); bad data raises InputError naming
    the file and column. With model_only, columns no run reads (UNUSED_BY_MODEL) are left out."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    tables, metadata = {}, {}
    for name, columns in (("households", HOUSEHOLD_COLUMNS), ("persons", PERSON_COLUMNS)):
        path = Path(directory) / f"{name}.parquet"
        if not path.exists():
            raise InputError([FieldError(str(path), "bestand ontbreekt", "file is missing")])
        table = pq.read_table(path)
        raw_meta = (table.schema.metadata or {}).get(b"werkzorg")
        if raw_meta:
            metadata = json.loads(raw_meta)
        data = {}
        errors = []
        for column, (kind, _description) in columns.items():
            field = f"{name}.parquet:{column}"
            if model_only and column in UNUSED_BY_MODEL:
                continue
            if column not in table.column_names:
                if column in OPTIONAL_COLUMNS:
                    data[column] = _compact(np.zeros(table.num_rows, dtype=np.int64 if kind == "int" else np.float64), column, kind)
                else:
                    errors.append(FieldError(field, "kolom ontbreekt", "column is missing"))
                continue
            values = table.column(column)
            if values.null_count:
                errors.append(FieldError(field, "lege waarden", "has missing values"))
                continue
            if kind == "category":
                allowed = CATEGORIES[column]
                try:
                    data[column] = _codes(values, allowed)
                except KeyError as error:
                    bad = error.args[0]
                    errors.append(FieldError(field, f"onbekende waarde {bad}; kies uit {', '.join(allowed)}", f"unknown value {bad}; choose one of {', '.join(allowed)}"))
            else:
                array = values.to_numpy()
                if array.dtype.kind not in "iuf":
                    errors.append(FieldError(field, "verwacht getallen", "expected numbers"))
                    continue
                data[column] = _compact(array.astype(np.int64 if kind == "int" else np.float64), column, kind)
                array = None
        if errors:
            raise InputError(errors)
        tables[name] = data
        table = values = array = None  # drop the Arrow buffers before giving them back below
    # The columns are NumPy copies; Arrow's allocator keeps the freed Parquet buffers (1.9 GiB for the full
    # population) unless told to give them back.
    pa.default_memory_pool().release_unused()
    population = Population(tables["households"], tables["persons"], year or int(metadata.get("year", 2026)), {k: v for k, v in metadata.items() if k != "year"})
    check(population)
    return population


def _codes(values, allowed: tuple[str, ...]) -> np.ndarray:
    """Category labels (a string or dictionary column) as codes into `allowed`; KeyError names an unknown label."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not pa.types.is_dictionary(values.type):
        values = pc.dictionary_encode(values.cast(pa.string()))
    lookup = {label: i for i, label in enumerate(allowed)}
    codes = []
    for chunk in values.chunks:
        labels = chunk.dictionary.cast(pa.string()).to_pylist()
        for label in labels:
            if label not in lookup:
                raise KeyError(repr(label))
        mapping = np.array([lookup[label] for label in labels] or [0], dtype=np.int8)
        codes.append(mapping[chunk.indices.to_numpy(zero_copy_only=False)])
    return np.concatenate(codes) if codes else np.zeros(0, np.int8)


def check(population: Population) -> None:
    """Structural checks: ids in order, at most two partners and at least one per household, sane numbers."""
    h, p = population.households, population.persons
    errors = []
    n = population.n_households
    if not np.array_equal(h["household_id"], np.arange(n)):
        errors.append(FieldError("households.parquet:household_id", "moet 0..n−1 op volgorde zijn", "must be 0..n−1 in order"))
    hid = p["household_id"]
    if len(hid) and (np.any(np.diff(hid) < 0) or hid.min() < 0 or hid.max() >= n):
        errors.append(FieldError("persons.parquet:household_id", "moet oplopend zijn en naar een bestaand huishouden wijzen", "must be sorted and refer to an existing household"))
    elif len(hid):
        partners = np.bincount(hid, weights=(p["rol"] == 0).astype(float), minlength=n)
        if np.any(partners < 1) or np.any(partners > 2):
            errors.append(FieldError("persons.parquet:rol", "elk huishouden heeft 1 of 2 partners", "every household has 1 or 2 partners"))
    for column in ("weight", "huur_per_maand", "vermogen", "woz_waarde", "hypotheekrente", "ontvangt_bijstand"):
        values = optional_column(h, column) if column in OPTIONAL_COLUMNS else h[column]
        if np.any(~np.isfinite(values)) or np.any(values < 0):
            errors.append(FieldError(f"households.parquet:{column}", "moet een getal ≥ 0 zijn", "must be a number ≥ 0"))
    for column in ("uren_per_week", *(["uurloon"] if "uurloon" in p else []), "loon", "belastbare_uitkering", "ww_uitkering", "winst_uit_onderneming", "uren_onderneming", "kinderopvang_uren_per_maand", "kinderopvang_uurprijs", "leeftijd"):
        values = optional_column(p, column) if column in OPTIONAL_COLUMNS else p[column]
        if np.any(~np.isfinite(values)) or np.any(values < 0):
            errors.append(FieldError(f"persons.parquet:{column}", "moet een getal ≥ 0 zijn", "must be a number ≥ 0"))
    if errors:
        raise InputError(errors)


# ---------------------------------------------------------------------------------------------------------------------
# Model inputs


def optional_column(table: dict[str, np.ndarray], name: str) -> np.ndarray:
    """An OPTIONAL_COLUMNS column, or zeros for a population built without it."""
    return table[name] if name in table else np.zeros(len(table["household_id"]))


def model_inputs(population: Population):
    """household_of_person, role, person inputs, household inputs for `simulation_from_arrays`."""
    p, h = population.persons, population.households
    profit = optional_column(p, "winst_uit_onderneming")
    year = population.year
    # Born on 2 July so that the age on 1 January of `year` is `leeftijd`.
    birth_year = year - p["leeftijd"] - 1
    birth = (birth_year - 1970).astype("datetime64[Y]").astype("datetime64[D]") + np.timedelta64(182, "D")
    soort = p["kinderopvang_soort"].astype(np.int16)  # CHILDCARE is in the order of SoortKinderopvang
    person_inputs = {
        "geboortedatum": birth,
        "loon": p["loon"],
        # Hours in a job: the self-employed (profit, no wage) have none, so their business hours meet the urencriterium.
        "uren_per_week": np.where((profit > 0) & (p["loon"] == 0), 0.0, p["uren_per_week"]),
        "belastbare_uitkering": p["belastbare_uitkering"],
        "ww_uitkering": optional_column(p, "ww_uitkering"),
        "winst_uit_onderneming": profit,
        "uren_onderneming": optional_column(p, "uren_onderneming"),
        "kinderopvang_soort": soort,
        "kinderopvang_uren_per_maand": p["kinderopvang_uren_per_maand"],
        "kinderopvang_uurprijs": p["kinderopvang_uurprijs"],
    }
    household_inputs = {"huur_per_maand": h["huur_per_maand"], "vermogen": h["vermogen"], "woz_waarde": optional_column(h, "woz_waarde"), "hypotheekrente": optional_column(h, "hypotheekrente")}
    return p["household_id"], p["rol"].astype(np.int16), person_inputs, household_inputs


# ---------------------------------------------------------------------------------------------------------------------
# Generation

#: Generator assumptions that no published table fixes (docs/microsim.md lists them). Not model parameters.
ASSUMPTIONS = {
    "share_youngest_6_11_12_17_18plus_if_not_0_5": (0.32, 0.36, 0.32),
    "aow_gross_per_year_single": 19_900.0,
    "aow_gross_per_year_couple_member": 13_600.0,
    "supplementary_pension_median": {"v": 5_000.0, "m": 11_000.0},
    "hourly_wage_median": {"v": 21.5, "m": 23.5},  # DERIVED in the calibration note (2019 medians uprated)
    "hourly_wage_mean": {"v": 27.15, "m": 30.32},  # CBS 2024; the raking then fixes the mean exactly
    "childcare_hours_month": {"dagopvang": 90.1, "buitenschoolse_opvang": 41.6, "gastouder_0_3": 69.8, "gastouder_4_11": 37.8},
    "childcare_price_over_maximum": {"dagopvang": 1.02, "buitenschoolse_opvang": 1.0, "gastouderopvang": 0.98},
    "social_rent_mean": 650.0,
    "private_rent_mean": 1150.0,
    # Issue 16. Self-employed as a share of the working (the calibration then fixes the count: CBS 85278NED).
    "self_employed_share": {"v": 0.125, "m": 0.19},
    # WOZ value of owner-occupied homes: log-normal around the CBS mean of all dwellings on 1-1-2024 (€ 379.000; owner-
    # occupied homes are worth more, 85036NED), σ 0,35.
    "owner_woz_mean": 379_000.0,
    # Owners with a mortgage and its size: below 65 most have one, above 65 half; debt about 0,45 × WOZ (CBS 85162NED
    # ratio hypotheekschuld / woningwaarde); interest 3,5 % a year (assumption).
    "owner_with_mortgage": {"below_65": 0.9, "from_65": 0.5},
    "mortgage_to_woz": 0.45,
    "mortgage_rate": 0.035,
    # Issue 17. Of the adults below AOW age who do not work, the share with a WW benefit before calibration (the raking
    # then fixes the count: UWV 167.800 WW benefits, June 2024).
    "ww_share_of_non_working": 0.15,
    # Of the households where no partner works, has WW or has reached the AOW age (partners 21 or older), the share on
    # bijstand before calibration (the raking fixes the count: CBS 406.000 persons, end of 2024); the others get a
    # stand-in for a disability or other benefit (WIA, Wajong: not drawn by kind, no published count per household type
    # was found).
    "bijstand_share_of_workless": 0.6,
    # Low-profit self-employed: CBS (2014, via de Volkskrant 27-1-2016) counted about 100 k zzp'ers with on average
    # € 6.600, 49 k with € 14.000 and 48 k with € 16.500 a year out of about 800 k: about a quarter below € 17.000.
    # PROVISIONAL (one old source): a quarter of the self-employed make a profit drawn between € 2.000 and € 17.000.
    "self_employed_low_profit_share": 0.25,
    "self_employed_low_profit_range": (2_000.0, 17_000.0),
}

#: WW: the benefit is 75 % of the dagloon in the first two months and 70 % after (Werkloosheidswet art. 47,
#: https://wetten.overheid.nl/BWBR0004045/2026-01-01); the dagloon is the yearly wage / 261 up to the maximumdagloon
#: (model parameters wet_financiering_sociale_verzekeringen.*). A person in the population is on WW for the whole
#: year from its start, so the yearly amount is (2 × 75 % + 10 × 70 %) / 12 of 261 daglonen. PROVISIONAL: the stored
#: sources did not hold the text of art. 47 (only UWV-based calculators give 75 % / 70 %).
WW_PERCENTAGES = (0.75, 0.70)
WW_FIRST_MONTHS = 2


#: Households drawn per block: each block has its own random stream (seed, block number), so memory stays bounded
#: and the population depends only on the seed and the number of households.
BLOCK = 500_000


def generate(n_households: int, seed: int = 2026, year: int = 2026, progress=None) -> Population:
    """A synthetic population of n households, drawn reproducibly from `seed`, with equal (uncalibrated) weights.

    `calibration.calibrated_population` draws and then calibrates; this module never imports the calibration or the
    runs, so the package has no import cycle (tests/microsim/test_import_graph.py)."""
    from werkzorg.model import tax_benefit_system

    params = tax_benefit_system().parameters(f"{year}-01-01")
    n = int(n_households)
    blocks = []
    task = progress.add_task("huishoudens trekken", total=n) if progress else None
    for number, start in enumerate(range(0, n, BLOCK)):
        size = min(BLOCK, n - start)
        households, persons = _generate_block(size, np.random.default_rng([seed, number]), params)
        households["household_id"] += start
        persons["household_id"] += start
        # Compact dtypes block by block (the same values): the full population is built in half the memory.
        blocks.append((compact_columns(households, HOUSEHOLD_COLUMNS), compact_columns(persons, PERSON_COLUMNS)))
        if progress:
            progress.advance(task, size)
    households = _concatenate([b[0] for b in blocks], HOUSEHOLD_COLUMNS)
    persons = _concatenate([b[1] for b in blocks], PERSON_COLUMNS)
    del blocks
    households["weight"] = np.full(n, HOUSEHOLDS_TOTAL_DEFAULT / n)
    return Population(households, persons, year, {"seed": seed, "generated": datetime.date.today().isoformat()})


def _concatenate(blocks: list[dict[str, np.ndarray]], columns: dict) -> dict[str, np.ndarray]:
    """Each column over the blocks, freeing the blocks' arrays as it goes. A column stays compact only when every
    block's part was (one block with amounts not exact in float32 makes the whole column float64)."""
    table = {}
    for name in list(blocks[0]):
        parts = [block.pop(name) for block in blocks]
        table[name] = np.concatenate(parts).astype(np.result_type(*parts), copy=False)
        del parts
    return table


def _generate_block(n: int, rng: np.random.Generator, params) -> tuple[dict, dict]:
    a = ASSUMPTIONS

    # Household type, number of children, age of the youngest child.
    type_counts = np.array([3_340_560, 2_338_858, 47_052, 2_029_878, 618_056], dtype=float)
    htype = rng.choice(5, n, p=type_counts / type_counts.sum())
    couple = htype == 3
    single_parent = htype == 4
    with_children = couple | single_parent
    n_children = np.zeros(n, dtype=np.int64)
    for kind, counts in ((couple, [778_946, 897_859, 0.75 * 353_073, 0.25 * 353_073]), (single_parent, [381_715, 177_232, 0.8 * 59_109, 0.2 * 59_109])):
        counts = np.asarray(counts) / np.sum(counts)
        n_children[kind] = rng.choice([1, 2, 3, 4], kind.sum(), p=counts)
    p_young = np.where(couple, 665_718 / 2_029_878, 94_367 / 618_056)
    young = rng.random(n) < p_young
    band = rng.choice(3, n, p=a["share_youngest_6_11_12_17_18plus_if_not_0_5"])
    youngest = np.where(young, rng.integers(0, 6, n), np.choose(band, [rng.integers(6, 12, n), rng.integers(12, 18, n), rng.integers(18, 25, n)]))
    youngest = np.where(with_children, youngest, -1)

    # Adults.
    n_adults = np.where((htype == 1) | couple, 2, 1)
    # Age of the (first) adult.
    age_single = np.choose(rng.choice(3, n, p=[0.30, 0.35, 0.35]), [rng.integers(20, 40, n), rng.integers(40, 67, n), rng.integers(67, 95, n)])
    age_couple = np.choose(rng.choice(3, n, p=[0.25, 0.30, 0.45]), [rng.integers(22, 40, n), rng.integers(40, 67, n), rng.integers(67, 90, n)])
    gaps = rng.integers(1, 4, (n, 4))
    oldest_child = youngest + np.where(n_children >= 2, gaps[:, 0], 0) + np.where(n_children >= 3, gaps[:, 1], 0) + np.where(n_children >= 4, gaps[:, 2], 0)
    mother_age = np.maximum(youngest + np.round(rng.normal(31.5, 4.5, n)).astype(int), oldest_child + 18)
    first_age = np.select([htype == 0, htype == 1, htype == 2], [age_single, age_couple, rng.integers(18, 35, n)], mother_age)
    second_age = np.clip(first_age + np.round(rng.normal(2.0, 3.0, n)).astype(int), 18, 99)
    first_gender = np.select([htype == 0, htype == 4], [(rng.random(n) < 0.47).astype(int), (rng.random(n) < 0.14).astype(int)], 0)  # 0 = v
    first_gender = np.where(htype == 2, rng.integers(0, 2, n), first_gender)

    # Persons table: per household the adults, then the children.
    size = n_adults + n_children
    hid = np.repeat(np.arange(n), size)
    first = np.concatenate([[0], np.cumsum(size)[:-1]])
    position = np.arange(len(hid)) - np.repeat(first, size)
    na = n_adults[hid]
    is_child = position >= na
    child_index = position - na  # 0 = youngest
    cum_gaps = np.concatenate([np.zeros((n, 1), int), np.cumsum(gaps[:, :3], axis=1)], axis=1)
    child_age = youngest[hid] + cum_gaps[hid, np.clip(child_index, 0, 3)]
    adult_age = np.where(position == 0, first_age[hid], second_age[hid])
    age = np.where(is_child, child_age, adult_age).astype(np.int64)
    gender = np.where(is_child, rng.integers(0, 2, len(hid)), np.where(position == 0, first_gender[hid], 1 - first_gender[hid]))
    persons_n = len(hid)
    aow_age = params.algemene_ouderdomswet.aow_leeftijd_in_maanden / 12

    # Work.
    adult = ~is_child
    working_age = adult & (age < aow_age)
    woman = gender == 0
    p_work = np.where(woman, 0.80, 0.88)
    p_work = np.where(age >= 60, p_work - 0.2, p_work)
    p_work = np.where(age < 23, 0.6, p_work)
    p_work = np.where(~working_age, 0.0, p_work)
    p_work = np.where(adult & (age >= aow_age) & (age < 75), 0.08, p_work)
    works = rng.random(persons_n) < p_work
    hours_women = ([6, 12, 16, 20, 24, 28, 32, 36, 38, 40, 45], [0.07, 0.05, 0.05, 0.11, 0.13, 0.12, 0.13, 0.15, 0.07, 0.10, 0.02])
    hours_men = ([6, 12, 16, 20, 24, 28, 32, 36, 38, 40, 45, 50], [0.03, 0.02, 0.02, 0.02, 0.03, 0.04, 0.08, 0.18, 0.12, 0.32, 0.09, 0.05])
    hours = np.where(
        woman,
        rng.choice(hours_women[0], persons_n, p=np.array(hours_women[1]) / sum(hours_women[1])),
        rng.choice(hours_men[0], persons_n, p=np.array(hours_men[1]) / sum(hours_men[1])),
    ).astype(float)
    hours = np.where(age >= aow_age, np.minimum(hours, 16), hours)
    hours_drawn = hours
    hours = np.where(works, hours, 0.0)
    median = np.where(woman, a["hourly_wage_median"]["v"], a["hourly_wage_median"]["m"])
    mean = np.where(woman, a["hourly_wage_mean"]["v"], a["hourly_wage_mean"]["m"])
    sigma = np.sqrt(2 * np.log(mean / median))
    age_factor = np.exp(0.012 * (np.clip(age, 18, 55) - 40))
    minimum = params.wet_minimumloon.minimumuurloon
    wage_drawn = np.round(np.maximum(median * age_factor * np.exp(sigma * rng.standard_normal(persons_n)), np.where(age >= 21, minimum, 0.6 * minimum)), 2)
    wage = np.where(works, wage_drawn, 0.0)
    holiday = 1 + params.wet_minimumloon.vakantiebijslag_percentage
    earnings = np.round(wage * hours * 52 * holiday, 0)
    # Issue 16: some of the working are self-employed; their earnings are profit (before ondernemersaftrek), their
    # hours count for the urencriterium. Not above AOW age (few, and the model halves the aftrek there).
    share = np.where(woman, a["self_employed_share"]["v"], a["self_employed_share"]["m"])
    self_employed = works & (age < aow_age) & (rng.random(persons_n) < share)
    # Issue 17: a quarter of them make a low profit (ASSUMPTIONS, provisional).
    low_profit = self_employed & (rng.random(persons_n) < a["self_employed_low_profit_share"])
    low, high = a["self_employed_low_profit_range"]
    profit_drawn = np.where(low_profit, np.round(rng.uniform(low, high, persons_n), 0), earnings)
    loon = np.where(self_employed, 0.0, earnings)
    profit = np.where(self_employed, profit_drawn, 0.0)
    business_hours = np.where(self_employed, hours * 52, 0.0)

    # Benefits: AOW and a supplementary pension above AOW age. Below it (issue 17), adults who do not work may have
    # WW (75 % / 70 % of their former dagloon, WW_PERCENTAGES); a household where no partner works or has WW or AOW
    # (partners 21 or older) is on bijstand, whose amount the model computes in every run (Participatiewet, see
    # microsim/bijstand.py), or else gets a stand-in for a disability or other benefit at the level of the bijstand norm.
    two_adults = n_adults[hid] == 2
    aow = np.where(two_adults, a["aow_gross_per_year_couple_member"], a["aow_gross_per_year_single"])
    pension_median = np.where(woman, a["supplementary_pension_median"]["v"], a["supplementary_pension_median"]["m"])
    pension = pension_median * np.exp(0.9 * rng.standard_normal(persons_n))
    below_aow = adult & (age < aow_age)
    sv = params.wet_financiering_sociale_verzekeringen
    dagloon = np.minimum(wage_drawn * hours_drawn * 52 * holiday / sv.dagen_per_jaar, sv.maximumdagloon)
    ww_rate = (WW_FIRST_MONTHS * WW_PERCENTAGES[0] + (12 - WW_FIRST_MONTHS) * WW_PERCENTAGES[1]) / 12
    on_ww = below_aow & ~works & (rng.random(persons_n) < a["ww_share_of_non_working"])
    ww = np.where(on_ww, np.round(dagloon * sv.dagen_per_jaar * ww_rate, 0), 0.0)
    workless = ~_any_per_household(hid, works | on_ww | (adult & (age >= aow_age)), n)
    all_partners_21 = ~_any_per_household(hid, adult & (age < 21), n)
    bijstand = workless & all_partners_21 & (rng.random(n) < a["bijstand_share_of_workless"])
    stand_in = 12 * np.where(two_adults, params.participatiewet.bijstandsnorm.gehuwden / 2, params.participatiewet.bijstandsnorm.alleenstaande)
    uitkering = np.select(
        [adult & (age >= aow_age), below_aow & workless[hid] & ~bijstand[hid] & (age >= 21)],
        [np.round(aow + pension, 0), np.round(stand_in, 0)],
        0.0,
    )

    # Childcare: only if every partner works (Wet kinderopvang art. 1.6).
    all_work = np.bincount(hid, weights=(adult & ~works).astype(float), minlength=n)[hid] == 0
    draw = rng.random(persons_n)
    zero_to_three = is_child & (age <= 3) & all_work
    four_to_eleven = is_child & (age >= 4) & (age <= 11) & all_work
    soort = np.select(
        [zero_to_three & (draw < 0.62), zero_to_three & (draw < 0.72), four_to_eleven & (draw < 0.45), four_to_eleven & (draw < 0.49)],
        [1, 3, 2, 3],
        0,
    ).astype(np.int8)
    hrs = a["childcare_hours_month"]
    mean_hours = np.select([soort == 1, soort == 2, (soort == 3) & (age <= 3), soort == 3], [hrs["dagopvang"], hrs["buitenschoolse_opvang"], hrs["gastouder_0_3"], hrs["gastouder_4_11"]], 0.0)
    co_hours = np.where(soort > 0, np.clip(np.round(mean_hours * np.exp(0.3 * rng.standard_normal(persons_n))), 8, 230), 0.0)
    maxima = params.wet_kinderopvang.kinderopvangtoeslag.maximum_uurprijs
    factor = a["childcare_price_over_maximum"]
    base_price = np.select(
        [soort == 1, soort == 2, soort == 3],
        [maxima.dagopvang * factor["dagopvang"], maxima.buitenschoolse_opvang * factor["buitenschoolse_opvang"], maxima.gastouderopvang * factor["gastouderopvang"]],
        0.0,
    )
    price = np.where(soort > 0, np.round(base_price * np.exp(0.07 * rng.standard_normal(persons_n)), 2), 0.0)

    # Housing: the lower the household's wage, the likelier it rents from a corporation.
    household_loon = np.bincount(hid, weights=earnings, minlength=n)
    rank = np.argsort(np.argsort(household_loon / np.sqrt(size), kind="stable"), kind="stable") / max(n - 1, 1)
    u = rng.random(n)
    p_social = 0.55 - 0.45 * rank
    p_private = 0.13
    tenure = np.where(u < p_social, 1, np.where(u < p_social + p_private, 2, 0)).astype(np.int8)
    rent = np.select(
        [tenure == 1, tenure == 2],
        [np.clip(rng.normal(a["social_rent_mean"], 120, n), 300, 930), np.clip(rng.normal(a["private_rent_mean"], 320, n), 700, 3000)],
        0.0,
    )
    vermogen = np.round(rng.exponential(np.where(tenure == 0, 45_000.0, 12_000.0)), 0)
    # Issue 16: the owners' home and mortgage (assumptions in ASSUMPTIONS; the owners' share is calibrated).
    owner = tenure == 0
    sigma_woz = 0.35
    woz = np.where(owner, np.round(a["owner_woz_mean"] * np.exp(sigma_woz * rng.standard_normal(n) - sigma_woz**2 / 2), -3), 0.0)
    oldest_adult = np.maximum(first_age, np.where(n_adults == 2, second_age, 0))
    p_mortgage = np.where(oldest_adult < 65, a["owner_with_mortgage"]["below_65"], a["owner_with_mortgage"]["from_65"])
    has_mortgage = owner & (rng.random(n) < p_mortgage)
    interest = np.where(has_mortgage, np.round(woz * a["mortgage_to_woz"] * a["mortgage_rate"], 0), 0.0)

    households = {
        "household_id": np.arange(n, dtype=np.int64),
        "household_type": htype.astype(np.int8),
        "tenure": tenure,
        "huur_per_maand": np.round(rent, 2),
        "vermogen": vermogen.astype(float),
        "woz_waarde": woz.astype(float),
        "hypotheekrente": interest.astype(float),
        "ontvangt_bijstand": bijstand.astype(np.int64),
    }
    persons = {
        "household_id": hid.astype(np.int64),
        "rol": is_child.astype(np.int8),
        "geslacht": gender.astype(np.int8),
        "leeftijd": age,
        "uren_per_week": hours,
        "uurloon": wage,
        "loon": loon,
        "belastbare_uitkering": uitkering.astype(float),
        "ww_uitkering": ww.astype(float),
        "winst_uit_onderneming": profit.astype(float),
        "uren_onderneming": business_hours.astype(float),
        "kinderopvang_soort": soort,
        "kinderopvang_uren_per_maand": co_hours,
        "kinderopvang_uurprijs": price,
    }
    return households, persons


def _any_per_household(household_of_person: np.ndarray, mask: np.ndarray, n: int) -> np.ndarray:
    """Per household: whether any of its persons is in `mask`."""
    return np.bincount(household_of_person, weights=mask.astype(float), minlength=n) > 0


HOUSEHOLDS_TOTAL_DEFAULT = 8_374_404
