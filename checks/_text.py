"""Text helpers for the checks: normalising what people type, and explaining in
people's terms how two texts that should be identical differ.

`difference` looks for the smallest set of harmless transformations (case,
spacing, punctuation, accents, abbreviations, word order) that makes the two
texts equal; failing that, it tells digits apart from anything else.
"""

from __future__ import annotations

import difflib
import itertools
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["DiffSpan", "Hint", "clean", "diff_spans", "difference", "join", "shorten", "visible"]


class Hint(StrEnum):
    CASE = "case"
    SPACING = "spacing"
    PUNCTUATION = "punctuation"
    ABBREVIATION = "abbreviation"
    ACCENTS = "accents"
    DIGITS = "digits"
    WORD_ORDER = "word-order"
    OTHER = "other"


@dataclass(frozen=True, slots=True, kw_only=True)
class DiffSpan:
    """A stretch of the two texts: `equal`, `replace`, `delete` (only in the LOA)
    or `insert` (only in the CSR). The spans, in order, spell out both texts."""

    op: str
    loa: str
    csr: str


# Invisible characters that copy and paste brings along: zero-width space, word
# joiner, byte order mark, bidirectional marks. (ZWJ and ZWNJ spell words in some
# scripts, so they stay.)
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)


def clean(value: str) -> str:
    """What the text says: NFC, without invisible characters or surrounding spaces."""
    return unicodedata.normalize("NFC", value.translate(_INVISIBLE)).strip()


def visible(value: str) -> str:
    """For phone number parsing: no format or control characters, and every kind
    of space (no-break, thin...) a plain one."""
    chars = (" " if unicodedata.category(c) == "Zs" else c for c in value)
    return "".join(c for c in chars if unicodedata.category(c) not in ("Cf", "Cc"))


def shorten(value: str, limit: int = 120) -> str:
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def join(parts: list[str], conjunction: str = "and") -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {conjunction} {parts[-1]}"


# Differences -----------------------------------------------------------

# The transformations, most harmless first: ties between equally small
# explanations go to the earlier ones ("St" and "st": case, not abbreviation).
_TRANSFORMS = (
    Hint.CASE,
    Hint.SPACING,
    Hint.PUNCTUATION,
    Hint.ACCENTS,
    Hint.ABBREVIATION,
    Hint.WORD_ORDER,
)
_COMBINATIONS = tuple(
    frozenset(combo)
    for size in range(1, len(_TRANSFORMS) + 1)
    for combo in itertools.combinations(_TRANSFORMS, size)
)
# The hint people see first is the most telling one of those needed.
_TELLING = tuple(reversed(_TRANSFORMS))
# Beyond this length, hints are not worth the work: the texts are just different.
_HINT_LIMIT = 300
_DIFF_LIMIT = 4_000

_SPACES = re.compile(r"(\s+)")
_DIGIT_RUNS = re.compile(r"[0-9]+")
_EDGES = re.compile(r"(\W*)(.*?)(\W*)", re.DOTALL)
# Letters that do not decompose into a base letter and an accent.
_LETTERS = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L"}
    | {"đ": "d", "Đ": "D", "\u0131": "i"}  # dotless i
)

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})

# Abbreviations in addresses and company names across EMEA and Latin America,
# with accents and full stops removed: each line is one word, the first form
# standing for all. Several words may share a short form (St: Street, Saint).
_ABBREVIATION_GROUPS = (
    ("st", "street", "saint", "str", "strasse"),
    ("ste", "sainte", "suite"),
    ("rd", "road"),
    ("av", "ave", "avenue", "avda", "avenida"),
    ("bd", "blvd", "bld", "boulevard"),
    ("dr", "drive", "doctor"),
    ("ln", "lane"),
    ("ct", "court"),
    ("pl", "place", "platz"),
    ("sq", "square"),
    ("hwy", "highway"),
    ("pkwy", "parkway"),
    ("mt", "mount"),
    ("apt", "apartment"),
    ("bldg", "building"),
    ("bat", "batiment"),
    ("fl", "floor"),
    ("no", "nr", "num", "number", "numero"),
    ("fg", "fbg", "faubourg"),
    ("rte", "route"),
    ("ch", "chem", "chemin"),
    ("imp", "impasse"),
    ("pza", "piazza"),
    ("vle", "viale"),
    ("c", "cl", "calle"),
    ("r", "rua"),
    ("co", "company", "cie", "compagnie"),
    ("corp", "corporation"),
    ("inc", "incorporated"),
    ("ltd", "limited"),
    ("ltda", "lda", "limitada"),
    ("plc", "public limited company"),
    ("llc", "limited liability company"),
    ("gmbh", "gesellschaft mit beschrankter haftung"),
    ("ag", "aktiengesellschaft"),
    ("sa", "societe anonyme", "sociedad anonima", "sociedade anonima"),
    ("sadecv", "sa de cv", "sociedad anonima de capital variable"),
    ("sarl", "societe a responsabilite limitee"),
    ("srl", "societa a responsabilita limitata", "sociedad de responsabilidad limitada"),
    ("spa", "societa per azioni"),
    ("sl", "sociedad limitada"),
    ("intl", "international"),
    ("dept", "department"),
    ("assoc", "associates"),
    ("mgmt", "management"),
    ("bros", "brothers"),
    ("ctr", "center", "centre"),
    ("&", "and", "et", "und"),
)
_ABBREVIATIONS: dict[tuple[str, ...], str] = {
    tuple(form.split()): group[0] for group in _ABBREVIATION_GROUPS for form in group
}
_LONGEST = max(len(words) for words in _ABBREVIATIONS)
# Word endings that are abbreviated inside compound words (Hauptstraße, Hauptstr.).
_SUFFIXES = (("strasse", "str"),)


def difference(loa: str, csr: str) -> tuple[Hint, ...]:
    """How two cleaned texts differ: the hints that together explain it, the most
    telling first; () when they are the same."""
    if loa == csr:
        return ()
    if max(len(loa), len(csr)) > _HINT_LIMIT:
        return (Hint.OTHER,)
    needed = _explain(loa, csr)
    if needed is not None:
        return tuple(h for h in _TELLING if h in needed)
    if _explain(_DIGIT_RUNS.sub("0", loa), _DIGIT_RUNS.sub("0", csr)) is not None:
        return (Hint.DIGITS,)
    return (Hint.OTHER,)


def _explain(loa: str, csr: str) -> frozenset[Hint] | None:
    """The smallest set of transformations that makes the texts equal, if any.
    (They do not compose monotonically, so every set is tried, smallest first.)"""
    return next((c for c in _COMBINATIONS if _same(loa, csr, c)), None)


def _same(loa: str, csr: str, transforms: frozenset[Hint]) -> bool:
    if _canonical(loa, transforms) == _canonical(csr, transforms):
        return True
    # German writes an umlaut out as a following e (Müller, Mueller): accents too.
    if Hint.ACCENTS not in transforms:
        return False
    return _canonical(loa, transforms, umlauts=True) == _canonical(csr, transforms, umlauts=True)


def diff_spans(loa: str, csr: str) -> tuple[DiffSpan, ...]:
    """Character-level differences, for highlighting."""
    if len(loa) + len(csr) > _DIFF_LIMIT:
        # Common start and end, and the middle as one change: no quadratic work.
        start = len(_common_prefix(loa, csr))
        end = len(_common_prefix(loa[start:][::-1], csr[start:][::-1]))
        spans = [
            DiffSpan(op="equal", loa=loa[:start], csr=csr[:start]),
            DiffSpan(
                op="replace", loa=loa[start : len(loa) - end], csr=csr[start : len(csr) - end]
            ),
            DiffSpan(op="equal", loa=loa[len(loa) - end :], csr=csr[len(csr) - end :]),
        ]
        return tuple(span for span in spans if span.loa or span.csr)
    matcher = difflib.SequenceMatcher(None, loa, csr, autojunk=False)
    return tuple(
        DiffSpan(op=op, loa=loa[i1:i2], csr=csr[j1:j2])
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
    )


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a[:n]


def _canonical(text: str, transforms: frozenset[Hint], *, umlauts: bool = False) -> str:
    if umlauts:
        text = text.translate(_UMLAUTS)
    parts = _SPACES.split(text)
    words, spaces = parts[0::2], parts[1::2]
    if Hint.ABBREVIATION in transforms:
        words, spaces = _abbreviate(words, spaces)
    if Hint.CASE in transforms:
        words = [w.casefold() for w in words]
    if Hint.ACCENTS in transforms:
        words = [_unaccent(w) for w in words]
    if Hint.PUNCTUATION in transforms:
        words = [
            "".join(c for c in w if not unicodedata.category(c).startswith("P")) for w in words
        ]
    if Hint.WORD_ORDER in transforms:
        words = sorted(words)
    if Hint.SPACING in transforms:
        return "".join(words)
    return "".join(w + s for w, s in itertools.zip_longest(words, spaces, fillvalue=""))


def _unaccent(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.translate(_LETTERS))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _abbreviate(words: list[str], spaces: list[str]) -> tuple[list[str], list[str]]:
    """Every known long or short form as its short form, whatever its case,
    accents and full stops."""
    edges = [_split_edges(w) for w in words]
    keys = [_key(core) for _, core, _ in edges]
    out_words: list[str] = []
    out_spaces: list[str] = []
    i = 0
    while i < len(words):
        size, short = 1, None
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            short = _ABBREVIATIONS.get(tuple(keys[i : i + n]))
            if short is not None:
                size = n
                break
        if short is None:
            short = _suffix(keys[i])
        if short is None:
            word = _abbreviate_parts(words[i])
        else:
            word = edges[i][0] + short + edges[i + size - 1][2].replace(".", "")
        if out_words:
            out_spaces.append(spaces[i - 1])
        out_words.append(word)
        i += size
    return out_words, out_spaces


def _abbreviate_parts(word: str) -> str:
    """A hyphenated name, part by part (Saint-Denis, St-Denis; Jean-Baptiste)."""
    if "-" not in word:
        return word
    out = []
    for part in word.split("-"):
        lead, core, trail = _split_edges(part)
        short = _ABBREVIATIONS.get((_key(core),)) if core else None
        out.append(part if short is None else lead + short + trail.replace(".", ""))
    return "-".join(out)


def _split_edges(word: str) -> tuple[str, str, str]:
    """Leading punctuation, the word, trailing punctuation ("(St.," is "(", "St", ".,")."""
    match = _EDGES.fullmatch(word)
    assert match is not None  # the pattern matches any text
    lead, core, trail = match.groups()
    if not core:  # only punctuation, such as "&"
        return "", word, ""
    return lead, core, trail


def _key(core: str) -> str:
    return _unaccent(core.replace(".", "").casefold())


def _suffix(key: str) -> str | None:
    for long, short in _SUFFIXES:
        for form in (long, short):
            if key.endswith(form) and len(key) > len(form):
                return key[: -len(form)] + short
    return None
