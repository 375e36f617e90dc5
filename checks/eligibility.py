"""Can these numbers be ported into Genesys Cloud Voice in EMEA or Latin America?

One frozen record per non-empty entry of the pasted text, in input order.
Never raises on user input: a number that cannot be ported is a result.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType, ValidationResult, re_util

from checks.messages import country_name, text
from checks.records import Coverage

__all__ = [
    "MAX_ENTRIES",
    "MAX_INPUT_CHARS",
    "EligibilityReport",
    "NumberResult",
    "Progress",
    "Reason",
    "Verdict",
    "check",
    "check_in_steps",
    "split_entries",
]

# Documented limits (README, page and CLI help): beyond them the whole input is
# refused with a message, instead of unbounded work.
MAX_ENTRIES = 10_000
MAX_INPUT_CHARS = 1_000_000

# Keep each numbering-plan pattern once compiled (phonenumbers' own cache,
# bounded by its metadata: ~1,200 patterns, ~1 MB). Without it, a list that
# spans many regions recompiles the patterns that fell out of the re module's
# cache of 512, and each compilation costs milliseconds, more under Pyodide.
re_util.enable_pattern_cache()

# Spreadsheet paste: one number per line, or cells separated by tab, comma, semicolon.
_SEPARATORS = re.compile(r"[\r\n\t,;\u2028\u2029\x85]+")


class Verdict(StrEnum):
    ELIGIBLE = "eligible"
    VERIFY = "verify"
    NOT_PORTABLE_TYPE = "not-portable-type"
    NOT_COVERED = "not-covered"
    OTHER_REGION = "other-region"
    INVALID = "invalid"
    DUPLICATE = "duplicate"


class Reason(StrEnum):
    PORTABLE_TYPE = "portable-type"
    VERIFY_TYPE = "verify-type"
    UNCONFIRMED_COUNTRY = "unconfirmed-country"
    TYPE_NOT_PORTABLE = "type-not-portable"
    COUNTRY_NOT_LISTED = "country-not-listed"
    NORTH_AMERICA = "north-america"
    OUTSIDE_REGIONS = "outside-regions"
    NON_GEOGRAPHIC = "non-geographic"
    NOT_A_NUMBER = "not-a-number"
    COUNTRY_CODE_MISSING = "country-code-missing"
    UNKNOWN_COUNTRY_CODE = "unknown-country-code"
    TOO_SHORT = "too-short"
    TOO_LONG = "too-long"
    INVALID_LENGTH = "invalid-length"
    NOT_IN_USE = "not-in-use"
    DUPLICATE_ENTRY = "duplicate-entry"
    # The input as a whole.
    INPUT_TOO_LARGE = "input-too-large"
    TOO_MANY_ENTRIES = "too-many-entries"
    UNKNOWN_DEFAULT_COUNTRY = "unknown-default-country"


@dataclass(frozen=True, slots=True, kw_only=True)
class NumberResult:
    position: int  # 1-based entry number in the input
    input: str  # as typed, surrounding spaces removed
    e164: str | None
    region: str | None  # ISO 3166-1 alpha-2 (or "001" for non-geographic numbers)
    type: str | None  # phonenumbers' type name, lowercased
    verdict: Verdict
    reason: Reason
    message: str
    next_step: str


@dataclass(frozen=True, slots=True, kw_only=True)
class EligibilityReport:
    results: tuple[NumberResult, ...]
    by_verdict: tuple[tuple[Verdict, int], ...]  # every verdict present, in Verdict order
    by_country: tuple[tuple[str, int], ...]  # region code ("" for none), most entries first
    refused: Reason | None = None  # set when the input as a whole was not checked
    refused_message: str = ""


@dataclass(frozen=True, slots=True)
class Progress:
    """How far check_in_steps has got: `done` of `total` entries."""

    done: int
    total: int


def split_entries(raw: str) -> list[str]:
    """The non-empty entries of pasted text, surrounding spaces removed."""
    return [entry for part in _SEPARATORS.split(raw) if (entry := part.strip())]


def check(raw: str, coverage: Coverage, default_country: str | None = None) -> EligibilityReport:
    """The report on every entry of `raw` (see check_in_steps)."""
    for step in check_in_steps(raw, coverage, default_country):
        if isinstance(step, EligibilityReport):
            return step
    raise AssertionError("check_in_steps ends with the report")  # pragma: no cover


def check_in_steps(
    raw: str, coverage: Coverage, default_country: str | None = None, *, step: int = 500
) -> Iterator[Progress | EligibilityReport]:
    """The check, `step` entries at a time: a Progress after each step but the
    last, then the report. The browser's worker shows the progress of a long
    list; check() takes the report alone. Same report either way."""
    if len(raw) > MAX_INPUT_CHARS:
        yield _refused(Reason.INPUT_TOO_LARGE, len(raw), MAX_INPUT_CHARS)
        return
    if default_country is not None and default_country not in phonenumbers.SUPPORTED_REGIONS:
        message = text("eligibility.unknown-default-country", code=default_country[:8])
        yield EligibilityReport(
            results=(),
            by_verdict=(),
            by_country=(),
            refused=Reason.UNKNOWN_DEFAULT_COUNTRY,
            refused_message=message,
        )
        return
    entries = split_entries(raw)
    if len(entries) > MAX_ENTRIES:
        yield _refused(Reason.TOO_MANY_ENTRIES, len(entries), MAX_ENTRIES)
        return

    results: list[NumberResult] = []
    first_seen: dict[str, int] = {}
    for position, entry in enumerate(entries, start=1):
        result = _check_one(position, entry, coverage, default_country)
        e164 = result.e164
        if e164 is not None:
            if e164 in first_seen:
                result = _duplicate(result, first_seen[e164])
            else:
                first_seen[e164] = position
        results.append(result)
        if position % step == 0 and position < len(entries):
            yield Progress(done=position, total=len(entries))
    yield _report(tuple(results))


def _refused(reason: Reason, size: int, limit: int) -> EligibilityReport:
    message = text(f"eligibility.{reason}", size=f"{size:,}", limit=f"{limit:,}")
    return EligibilityReport(
        results=(),
        by_verdict=(),
        by_country=(),
        refused=reason,
        refused_message=f"{message} {text('eligibility.refused.next')}",
    )


def _report(results: tuple[NumberResult, ...]) -> EligibilityReport:
    verdicts = Counter(r.verdict for r in results)
    countries = Counter(r.region or "" for r in results)
    return EligibilityReport(
        results=results,
        by_verdict=tuple((v, verdicts[v]) for v in Verdict if verdicts[v]),
        by_country=tuple(sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


def _clean(entry: str) -> str:
    """What phonenumbers should read: no invisible format characters (bidi marks,
    zero-width spaces, BOM) and no-break spaces made plain."""
    chars = (" " if unicodedata.category(c) == "Zs" else c for c in entry)
    return "".join(c for c in chars if unicodedata.category(c) not in ("Cf", "Cc"))


def _check_one(
    position: int, entry: str, coverage: Coverage, default_country: str | None
) -> NumberResult:
    def result(
        reason: Reason,
        verdict: Verdict,
        *,
        e164: str | None = None,
        region: str | None = None,
        kind: str | None = None,
        **fields: object,
    ) -> NumberResult:
        return NumberResult(
            position=position,
            input=entry,
            e164=e164,
            region=region,
            type=kind,
            verdict=verdict,
            reason=reason,
            message=text(f"eligibility.{reason}", **fields),
            next_step=text(f"eligibility.{reason}.next", **fields),
        )

    candidate = _clean(entry).strip()
    if default_country is None and candidate.startswith("00"):
        candidate = "+" + candidate[2:]  # 00 is the international prefix across EMEA and LATAM
    try:
        number = phonenumbers.parse(candidate, default_country)
    except NumberParseException as exc:
        return result(_parse_reason(exc, candidate, default_country), Verdict.INVALID)

    region: str = phonenumbers.region_code_for_number(number) or ""
    named = country_name(region) or f"+{number.country_code}"
    if not phonenumbers.is_valid_number(number):
        reason = _validity_reason(number)
        return result(reason, Verdict.INVALID, region=region or None, country=named)

    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    kind = _type_name(phonenumbers.number_type(number))
    found = {"e164": e164, "region": region or None, "kind": kind}

    if region == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY:
        return result(
            Reason.NON_GEOGRAPHIC, Verdict.OTHER_REGION, **found, code=number.country_code
        )
    country = coverage.country(region)
    if country is None:
        covered_region = coverage.region_of(region)
        if covered_region is not None:
            return result(
                Reason.COUNTRY_NOT_LISTED,
                Verdict.NOT_COVERED,
                **found,
                country=named,
                area=covered_region.name,
            )
        # NANP numbers (+1) go through the North America process.
        reason = Reason.NORTH_AMERICA if number.country_code == 1 else Reason.OUTSIDE_REGIONS
        return result(reason, Verdict.OTHER_REGION, **found, country=named)

    fields = {"country": country.name, "type": text(f"type.{kind}")}
    if kind in country.portable_types:
        if country.confirmed:
            return result(Reason.PORTABLE_TYPE, Verdict.ELIGIBLE, **found, **fields)
        return result(Reason.UNCONFIRMED_COUNTRY, Verdict.VERIFY, **found, **fields)
    if kind in country.verify_types:
        return result(Reason.VERIFY_TYPE, Verdict.VERIFY, **found, **fields)
    portable = " and ".join(text(f"type.{t}") for t in country.portable_types)
    return result(
        Reason.TYPE_NOT_PORTABLE, Verdict.NOT_PORTABLE_TYPE, **found, **fields, portable=portable
    )


def _parse_reason(exc: NumberParseException, candidate: str, default_country: str | None) -> Reason:
    kind = exc.error_type
    if kind == NumberParseException.INVALID_COUNTRY_CODE:
        if default_country is None and not candidate.lstrip("(").startswith("+"):
            return Reason.COUNTRY_CODE_MISSING
        return Reason.UNKNOWN_COUNTRY_CODE
    if kind in (NumberParseException.TOO_SHORT_NSN, NumberParseException.TOO_SHORT_AFTER_IDD):
        return Reason.TOO_SHORT
    if kind == NumberParseException.TOO_LONG:
        return Reason.TOO_LONG
    return Reason.NOT_A_NUMBER


def _validity_reason(number: phonenumbers.PhoneNumber) -> Reason:
    possible = phonenumbers.is_possible_number_with_reason(number)
    return {
        ValidationResult.TOO_SHORT: Reason.TOO_SHORT,
        ValidationResult.TOO_LONG: Reason.TOO_LONG,
        ValidationResult.INVALID_LENGTH: Reason.INVALID_LENGTH,
        ValidationResult.INVALID_COUNTRY_CODE: Reason.UNKNOWN_COUNTRY_CODE,
    }.get(possible, Reason.NOT_IN_USE)


def _type_name(value: int) -> str:
    for name in vars(PhoneNumberType):
        if name.isupper() and getattr(PhoneNumberType, name) == value:
            return name.lower()
    return "unknown"


def _duplicate(result: NumberResult, first: int) -> NumberResult:
    return NumberResult(
        position=result.position,
        input=result.input,
        e164=result.e164,
        region=result.region,
        type=result.type,
        verdict=Verdict.DUPLICATE,
        reason=Reason.DUPLICATE_ENTRY,
        message=text("eligibility.duplicate-entry", first=first, e164=result.e164),
        next_step=text("eligibility.duplicate-entry.next"),
    )
