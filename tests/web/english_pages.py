"""A detector of Dutch sentences in English pages, letters and PDFs (used by tests/web/test_english_complete.py).

A sentence counts as Dutch when it holds at least two Dutch function words (words that are not English words too:
"de", "het", "een", "van", …), or one word that only Dutch uses and a short label can hold ("uw", "niet", "dagen",
"uur", "voorlopig", …). What stays Dutch on purpose is left out:
- a part of a page marked `lang="nl"` (as WCAG 3.1.2 asks: screen readers then pronounce it as Dutch): a citation of
  a Dutch source by its own title, the names of the gemeenten;
- web addresses;
- the legal names in ALLOWED, which a reader needs as they are to find the law or to talk to an employer.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Dutch function words that are not also common English words ("in", "is", "of", "over", "ten", "die" are left out).
DUTCH_WORDS = frozenset(
    "de het een van niet uw wordt worden bij ook naar heeft hebt kunt moet moeten geen en op voor met dat die zijn u te om "
    "als aan er maar dan wat wij ik je bent mag hoe uit tot door nog deze dit wie welke waar kunnen zal zou omdat hier "
    "daar nu nee meer minder hun wel zo zich krijgt houdt vraag".split()
) | frozenset("dagen weken maanden uur werkgever voorlopig".split())
#: Words that alone mark a Dutch text: short labels ("2 dagen per week", "Voorlopig:") have no two function words.
STRONG_WORDS = frozenset("uw niet geen dagen weken maanden uur wordt heeft hebt kunt bent werkgever voorlopig".split())

#: Dutch names that stay Dutch on English pages, because a reader needs them as they are (to find the law, to talk to
#: an employer, UWV or the gemeente). Taken out of a sentence before its Dutch words are counted.
ALLOWED = [
    # law names: the legal term, as the glossary (docs/glossary.md) keeps them
    "Wet arbeid en zorg", "Wet op de zorgtoeslag", "Wet op het kindgebonden budget", "Wet op de huurtoeslag",
    "Wet minimumloon en minimumvakantiebijslag", "Algemene wet gelijke behandeling", "Wet op de loonbelasting",
    "Wet op de collectieve arbeidsovereenkomst", "Wet op de ondernemingsraden", "Wet inkomstenbelasting",
    "Besluit kinderopvangtoeslag", "Algemene Kinderbijslagwet", "Wet kinderopvang", "Wet flexibel werken",
    "Wet gemeentelijke antidiscriminatievoorzieningen",
    # an institution's name, given with its English name ("the Netherlands Institute for Human Rights (College …)")
    "College voor de Rechten van de Mens",
    # authors' names in a citation (the CPB study behind the microsimulation's behaviour)
    "De Mooij", "Van Vuuren",
    # leave names as the law calls them (glossary)
    "calamiteiten- en ander kort verzuimverlof", "Calamiteiten- en ander kort verzuimverlof",
]

BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "div", "br", "caption", "label", "option",
          "button", "legend", "title", "summary", "section", "article", "header", "footer", "nav", "main", "figcaption",
          "text", "tspan", "tr", "table", "ul", "ol", "dl", "form", "fieldset", "pre", "blockquote", "details", "select", "textarea"}
ATTRIBUTES = ("aria-label", "alt", "title", "placeholder")


VOID = {"br", "input", "img", "meta", "link", "hr", "source", "wbr", "area", "base", "col", "embed", "param", "track"}


class _Text(HTMLParser):
    """The text of a page in blocks, without scripts, styles and the parts marked as Dutch (lang="nl")."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = [""]
        self.skip = 0
        self.open: list[tuple[str, bool]] = []  # per open element: its tag, and whether it starts a skipped part

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            self._attributes(tag, attrs)
            return
        skipped = tag in ("script", "style") or dict(attrs).get("lang", "").startswith("nl")
        self.open.append((tag, skipped))
        self.skip += skipped
        self._attributes(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._attributes(tag, attrs)

    def _attributes(self, tag, attrs):
        if self.skip:
            return
        if tag in BLOCKS:
            self.blocks.append("")
        for name, value in attrs:
            if name in ATTRIBUTES and value:
                self.blocks.append(value)
                self.blocks.append("")
        if tag == "input" and dict(attrs).get("type") in ("submit", "button") and dict(attrs).get("value"):
            self.blocks.append(dict(attrs)["value"])
            self.blocks.append("")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if any(name == tag for name, _ in self.open):  # close it, and what was left open inside it (<li>, <p>)
            while self.open:
                name, skipped = self.open.pop()
                self.skip -= skipped
                if name == tag:
                    break
        if tag in BLOCKS:
            self.blocks.append("")

    def handle_data(self, data):
        if not self.skip:
            self.blocks[-1] += data


def text_blocks(html: str) -> list[str]:
    parser = _Text()
    parser.feed(html)
    return [" ".join(block.split()) for block in parser.blocks if block.strip()]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?:;])\s+|\s+[–—•·]\s+", text) if s.strip()]


def dutch_words(sentence: str) -> list[str]:
    sentence = re.sub(r"\S*(?:https?://|www\.)\S*|\S+\.(?:nl|com|org)\S*", " ", sentence)
    for name in ALLOWED:
        sentence = sentence.replace(name, " ")
    return [word for word in re.findall(r"[a-zà-ÿ]+", sentence.lower()) if word in DUTCH_WORDS]


def dutch_sentences(html_or_text: str, is_html: bool = True) -> list[str]:
    blocks = text_blocks(html_or_text) if is_html else html_or_text.splitlines()
    return [s for block in blocks for s in sentences(block) if is_dutch(s)]


def is_dutch(sentence: str) -> bool:
    words = dutch_words(sentence)
    return len(words) >= 2 or bool(STRONG_WORDS.intersection(words))
