"""Where each parameter value comes from, and whether an official source confirms it.

A value that no official source confirms carries `metadata: {provisional: <why>}` on the dated value; a whole scale
(such as the kinderopvangtoeslag table) carries `metadata: {provisional: {<date>: <why or null>}}`. Results that use
such a value are marked provisional by `werkzorg.model.explain`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator

from openfisca_core.parameters import Parameter, ParameterNode, ParameterScale

from werkzorg.model import tax_benefit_system


@dataclasses.dataclass(frozen=True)
class Source:
    title: str
    href: str | None = None

    def __str__(self) -> str:
        return f"{self.title} — {self.href}" if self.href else self.title


@dataclasses.dataclass(frozen=True)
class ProvisionalValue:
    parameter: str
    start: str
    reason: str
    reason_en: str | None = None


def find_parameter(name: str) -> Parameter | ParameterNode | ParameterScale:
    """The parameter (or scale, or node) with this dotted name; bracket suffixes like `[0]` select a scale bracket."""
    node = tax_benefit_system().parameters
    for part in name.split("."):
        match = re.fullmatch(r"(\w+)((?:\[\d+\])*)", part)
        if match is None:
            raise KeyError(name)
        node = node.children[match.group(1)] if isinstance(node, ParameterNode) else getattr(node, match.group(1))
        for index in re.findall(r"\[(\d+)\]", match.group(2)):
            node = node.brackets[int(index)]
    return node


@functools.lru_cache(maxsize=4096)
def _metadata_value(name: str, key: str) -> str | None:
    """`key` from the parameter's metadata, or from its scale's for a bracket (`…[0].amount`), or None."""
    for candidate in dict.fromkeys([name, re.sub(r"(\[\d+\])?(\.(amount|threshold|rate))?$", "", name)]):
        try:
            node = find_parameter(candidate)
        except (KeyError, AttributeError):
            continue
        value = (getattr(node, "metadata", None) or {}).get(key)
        if value:
            return str(value).strip()
    return None


def label_en(name: str) -> str | None:
    """The parameter's English label (`label_en` in its metadata, or its scale's for a bracket), or None."""
    return _metadata_value(name, "label_en")


def is_amount_in_euros(name: str) -> bool:
    """Whether the parameter is an amount in euros (`unit: currency-EUR`), so that it is shown as "€ 298,40"."""
    return _metadata_value(name, "unit") == "currency-EUR"


def _ancestors(name: str) -> Iterator[ParameterNode]:
    """Enclosing nodes, nearest first; a scale bracket `x[2]` has the scale `x` as its parent."""
    parts = name.split(".")
    for depth in range(len(parts) - 1, 0, -1):
        prefix = ".".join(parts[:depth])
        for candidate in dict.fromkeys([prefix, re.sub(r"\[\d+\]$", "", prefix)]):
            try:
                yield find_parameter(candidate)
            except (KeyError, AttributeError):
                continue


def _value_at(parameter: Parameter, instant: str):
    for value in parameter.values_list:  # newest first
        if value.instant_str <= instant:
            return value
    return None


def _as_sources(reference) -> list[Source]:
    if not reference:
        return []
    if isinstance(reference, str):
        return [Source(reference)]
    if isinstance(reference, dict):
        return [Source(reference.get("title", ""), reference.get("href"))]
    return [source for item in reference for source in _as_sources(item)]


def sources(name: str, instant: str) -> list[Source]:
    """The references of a parameter value: the value's own first, then the parameter's, then its law's."""
    found: list[Source] = []
    try:
        parameter = find_parameter(name)
    except (KeyError, AttributeError):
        return found
    if isinstance(parameter, Parameter):
        value = _value_at(parameter, instant)
        if value is not None:
            found += _as_sources(value.metadata.get("reference"))
    found += _as_sources(parameter.metadata.get("reference"))
    for ancestor in _ancestors(name):
        found += _as_sources(ancestor.metadata.get("reference"))
    return _for_year(list(dict.fromkeys(found)), instant[:4])


def _for_year(found: list[Source], year: str) -> list[Source]:
    """A reference titled "2025: ..." belongs to that year only; it goes first for that year and is left out for others."""
    dated = [source for source in found if re.match(r"\d{4}:", source.title)]
    own = [source for source in dated if source.title.startswith(f"{year}:")]
    return own + [source for source in found if source not in dated]


def _key(lang: str) -> str:
    """The metadata key of a provisional note in a language: `provisional` (Dutch) or `provisional_en` next to it."""
    return "provisional_en" if lang == "en" else "provisional"


def _scale_provisional(metadata: dict, instant: str, lang: str = "nl") -> str | None:
    """A node-level `provisional` mapping: the reason in force at the instant (null ends a provisional period)."""
    dated = metadata.get(_key(lang))
    if not isinstance(dated, dict):
        return None
    in_force = [(str(start), reason) for start, reason in dated.items() if str(start) <= instant]
    return max(in_force)[1] if in_force else None


def provisional_reason(name: str, instant: str, lang: str = "nl") -> str | None:
    """Why the value of this parameter at this instant is provisional, or None when an official source confirms it.

    In Dutch (`provisional` in the metadata) or English (`provisional_en`, lang="en"). As users see it: remarks naming a
    third-party source are cut (`for_users`); docs/parameters.md keeps them."""
    reason = _provisional_reason(name, instant, lang)
    return for_users(reason) if reason else reason


def _provisional_reason(name: str, instant: str, lang: str = "nl") -> str | None:
    try:
        parameter = find_parameter(name)
    except (KeyError, AttributeError):
        return None
    if isinstance(parameter, Parameter):
        value = _value_at(parameter, instant)
        reason = value.metadata.get(_key(lang)) if value is not None else None
        if reason:
            return reason
    for node in [parameter, *_ancestors(name)]:
        reason = _scale_provisional(getattr(node, "metadata", {}) or {}, instant, lang)
        if reason:
            return reason
    from werkzorg.model.years import july_reason  # years reads the parameter tree too; imported late to stay acyclic

    return july_reason(name, instant, lang)


def provisional_values() -> list[ProvisionalValue]:
    """Every provisional parameter value in the model, for docs/parameters.md and the UI, with its English."""
    found: list[ProvisionalValue] = []

    def walk(node, name: str) -> None:
        metadata = getattr(node, "metadata", {}) or {}
        dated = metadata.get("provisional")
        if isinstance(dated, dict):
            english = metadata.get("provisional_en") if isinstance(metadata.get("provisional_en"), dict) else {}
            found.extend(ProvisionalValue(name, str(start), reason, english.get(start)) for start, reason in dated.items() if reason)
        if isinstance(node, Parameter):
            found.extend(
                ProvisionalValue(name, value.instant_str, value.metadata["provisional"], value.metadata.get("provisional_en"))
                for value in node.values_list
                if value.metadata.get("provisional")
            )
        elif isinstance(node, ParameterNode):
            for key, child in node.children.items():
                walk(child, f"{name}.{key}" if name else key)

    walk(tax_benefit_system().parameters, "")
    return sorted(found, key=lambda item: (item.parameter, item.start))


@functools.cache
def _english_notes() -> dict[str, str]:
    """Every provisional note as users see it, Dutch → English."""
    return {for_users(item.reason): for_users(item.reason_en) for item in provisional_values() if item.reason_en}


def in_english(note: str) -> str:
    """A provisional note made in Dutch (by the engines, from the metadata) in English, like gettext does for the .po:
    the metadata's `provisional_en`, or the English of a note about a 1 July amount. Unknown notes stay as they are."""
    from werkzorg.model.years import july_reason_in_english

    return _english_notes().get(note) or july_reason_in_english(note) or note


# --- What users see: the law and official publications only -------------------------------------------------------
#
# Parameter references also name third-party corroboration (code repositories, blogs, advisers' pages, copies of the
# law and internal research notes). That stays in the parameter metadata and docs/parameters.md; the pages, print view
# and PDF show only the sources below (`official_sources`).

#: Hosts of the law and of official publishers (a subdomain of one of these counts too).
OFFICIAL_HOSTS = (
    "wetten.overheid.nl", "overheid.nl", "officielebekendmakingen.nl", "rijksoverheid.nl", "belastingdienst.nl",
    "toeslagen.nl", "uwv.nl", "svb.nl", "cbs.nl", "ondernemersplein.kvk.nl", "regelhulp.nl",
)

#: How a citation of the law or of an official publisher begins (a part of a title-only reference).
OFFICIAL_PREFIXES = (
    "Wet ", "Wet,", "Algemene ", "Awir", "AOW", "Wazo", "Wfw", "Wfsv", "Participatiewet", "Besluit ", "Regeling ",
    "Dagloonbesluit", "Stcrt.", "Staatscourant", "Stb.", "Kamerstukken", "Belastingdienst", "Dienst Toeslagen", "UWV",
    "SVB", "Rijksoverheid", "rijksoverheid.nl", "CBS", "KVK Ondernemersplein", "Fiscaal maximum", "Afgeleid volgens de CBS",
)

#: Marks of a source a family should not be pointed to: copies of the law in code repositories, internal paths, blogs.
_UNOFFICIAL = re.compile(
    r"github|gitlab|regelrecht|shared/reference|§|\bvia\b|overgenomen|kopie|broncode|transcriptie|\.js\b",
    re.IGNORECASE,
)
#: A code repository named as owner/name ("MinBZK/regelrecht-corpus"), not a web address's path.
_REPOSITORY = re.compile(r"(?<![.\w/:])[A-Za-z][\w-]*/[A-Za-z][\w.-]+")
_DOMAIN = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:nl|com|org|io|net|eu)\b(?:/[^\s,;)]*)?", re.IGNORECASE)


def is_official_host(host: str | None) -> bool:
    host = (host or "").lower()
    return any(host == official or host.endswith("." + official) for official in OFFICIAL_HOSTS)


def _official_domains(text: str) -> bool:
    """Every web address named in the text belongs to an official host."""
    return all(is_official_host(match.group(0).split("/")[0]) for match in _DOMAIN.finditer(text))


def _top_level_parts(text: str) -> list[str]:
    """The text split at ";" outside parentheses."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == ";" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [part.strip() for part in [*parts, current] if part.strip()]


def _without_unofficial_remarks(part: str) -> str:
    """A citation without the parenthesised remarks that name copies, repositories or other web sites."""
    cleaned = re.sub(r"\s*\([^()]*\)", lambda m: m.group(0) if _official_remark(m.group(0)) else "", part)
    return re.sub(r"\s+", " ", cleaned).strip(" ,;")


def _official_remark(remark: str) -> bool:
    return not _UNOFFICIAL.search(remark) and not _REPOSITORY.search(remark) and _official_domains(remark)


@functools.lru_cache(maxsize=4096)
def official_title(title: str) -> str | None:
    """The official part of a reference's title ("Wazo art. 3:1; UWV; verlofregelaar.nl" → "Wazo art. 3:1; UWV"), or None."""
    year = re.match(r"(\d{4}:\s*)", title)
    prefix, body = (year.group(1), title[year.end():]) if year else ("", title)
    kept = []
    for part in _top_level_parts(body):
        part = _without_unofficial_remarks(re.split(r",? (?:via|overgenomen in|zoals in|kopie) |\.\s+Overgenomen", part, flags=re.IGNORECASE)[0])
        if part.startswith(OFFICIAL_PREFIXES) and _official_remark(part):
            kept.append(part)
    return prefix + "; ".join(kept) if kept else None


def is_official(source: Source) -> bool:
    """A source a family can be shown: an official web address, or a title citing only the law or an official publisher."""
    from urllib.parse import urlparse

    if source.href and not is_official_host(urlparse(source.href).hostname):
        return False
    return official_title(source.title) == source.title


def official_sources(found: list[Source] | tuple[Source, ...]) -> list[Source]:
    """What users see of a parameter's sources: official ones, with third-party remarks cut from their titles."""
    return list(_official_sources(tuple(found)))


@functools.lru_cache(maxsize=4096)
def _official_sources(found: tuple[Source, ...]) -> tuple[Source, ...]:
    """official_sources, once per set of sources (a result page shows some 300 parameters)."""
    from urllib.parse import urlparse

    shown: list[Source] = []
    for source in found:
        if source.href and not is_official_host(urlparse(source.href).hostname):
            continue
        title = official_title(source.title)
        if title is None and source.href:
            title = urlparse(source.href).hostname or ""
        if title:
            shown.append(Source(title, source.href))
    return tuple(dict.fromkeys(shown))


def for_users(text: str) -> str:
    """A note without the parenthesised remarks that name a non-official web site, a code repository or an internal path."""
    return _without_unofficial_remarks(text)
