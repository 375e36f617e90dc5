"""Does this LOA match the carrier's records, and how many LOAs does the order need?

The input (the contract support tools and tests rely on: keys are added, never
renamed):

- `country`: ISO 3166-1 alpha-2 code of the numbers' country;
- `numbers`: the whole order, each `{"number", "location", "carrier"}`, or
  the order as pasted from a spreadsheet (text: see parse_order);
- `loa`: `end_user_name`, `service_address`, `billing_number`, `account_number`,
  `pin`, `carrier`, `signer_name`, `signer_title`, `signature_date` (ISO date),
  `numbers` (the numbers this LOA lists), plus the country's own fields from
  the data (for example `rio` in France);
- `csr` (optional): `end_user_name`, `service_address`, `billing_number`,
  `account_number`, `pin`, `carrier`, `numbers` (every number on the account at
  that location), as the carrier has them.

Every problem is reported at once, each tied to its field. Phone numbers are
compared as numbers; everything else exactly. Never raises on user input: input
that cannot be checked at all is refused with a message naming what is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from checks import _text
from checks._text import DiffSpan, Hint
from checks.eligibility import MAX_ENTRIES, split_entries
from checks.messages import text
from checks.records import NUMBER_TYPES, Coverage, LoaField, LoaTypeGroup
from checks.serialize import plain

__all__ = [
    "MAX_NUMBERS",
    "Code",
    "DiffSpan",
    "Group",
    "Hint",
    "LoaReport",
    "Problem",
    "Refusal",
    "TypePart",
    "check",
    "iso_date",
    "pair_label",
    "parse_order",
    "report_to_dict",
]

# Documented limit (CLI help and page), per list of numbers: the same as the
# eligibility check's.
MAX_NUMBERS = MAX_ENTRIES


class Code(StrEnum):
    MISSING = "missing"
    MISMATCH = "mismatch"
    NOT_ON_CSR = "not-on-csr"  # an LOA number the CSR lacks
    LEFT_ON_ACCOUNT = "left-on-account"  # a CSR number the LOA leaves behind
    DATE_FUTURE = "date-future"
    DATE_TOO_OLD = "date-too-old"
    MIXED_GROUP = "mixed-group"  # the LOA lists numbers of several location/carrier groups
    FORMAT = "format"  # a value that cannot be read: not text, not a date, not a number
    DUPLICATE = "duplicate"  # an order number listed again, with another location or carrier
    NOT_IN_ORDER = "not-in-order"  # an LOA number the order lacks
    NOT_ON_LOA = "not-on-loa"  # an order number of the LOA's group that the LOA lacks


class Refusal(StrEnum):
    NOT_AN_OBJECT = "not-an-object"
    COUNTRY_MISSING = "country-missing"
    UNKNOWN_COUNTRY = "unknown-country"
    LOA_MISSING = "loa-missing"
    NOT_A_MAPPING = "not-a-mapping"
    NOT_A_LIST = "not-a-list"
    TOO_MANY_NUMBERS = "too-many-numbers"


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    field: str  # the input's field name: `end_user_name`, `numbers`, `rio`...
    code: Code
    hint: Hint | None  # for `mismatch`: the most telling of `hints`
    message: str
    path: str  # where in the input: `loa.service_address`, `csr.numbers[2]`, `numbers[0].carrier`
    hints: tuple[Hint, ...] = ()  # for `mismatch`: every kind of difference found
    diff: tuple[DiffSpan, ...] = ()  # for `mismatch`: where the LOA and the CSR differ
    number: str | None = None  # E.164, for problems about one number


@dataclass(frozen=True, slots=True, kw_only=True)
class TypePart:
    """The numbers of a group that go on one LOA where the country separates
    number types (a typical rule: see the data)."""

    id: str  # the data's type group id, or "other"
    label: str
    numbers: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Group:
    """One LOA to prepare: a location and a current carrier, with its numbers."""

    location: str
    carrier: str
    numbers: tuple[str, ...]  # E.164, in the order's order
    typed: tuple[str, ...]  # the same numbers as typed
    this_loa: bool  # the checked LOA lists numbers of this group
    separate: tuple[TypePart, ...]  # () unless the country separates the types it mixes


@dataclass(frozen=True, slots=True, kw_only=True)
class LoaReport:
    problems: tuple[Problem, ...]
    groups: tuple[Group, ...]
    refused: Refusal | None = None  # set when the input as a whole was not checked
    refused_message: str = ""


def report_to_dict(report: LoaReport) -> dict[str, Any]:
    """The CLI's --json output and the browser's report."""
    return {"problems": plain(report.problems), "groups": plain(report.groups)}


def pair_label(location: str, carrier: str) -> str:
    """How a group is named to people: "Paris with Orange"."""
    return text(
        "loa.pair",
        location=location or text("loa.pair.no-location"),
        carrier=carrier or text("loa.pair.no-carrier"),
    )


def iso_date(value: object) -> dt.date | None:
    """A YYYY-MM-DD date, or None."""
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def check(request: object, coverage: Coverage, *, today: dt.date | None = None) -> LoaReport:
    """Check one LOA (and the CSR, when given) against the order."""
    parsed = _Input.read(request)
    if isinstance(parsed, LoaReport):
        return parsed
    return _Check(parsed, coverage, today if today is not None else dt.date.today()).run()


# Reading the input -----------------------------------------------------

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DAY_FIRST = re.compile(r"([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{4})")
# ISO 3166-1 exceptionally reserves UK for the United Kingdom, whose code is GB.
_ALIASES = {"UK": "GB"}
_TYPE_NAMES = {getattr(PhoneNumberType, name.upper()): name for name in NUMBER_TYPES}


def _refuse(reason: Refusal, **fields: object) -> LoaReport:
    return LoaReport(
        problems=(),
        groups=(),
        refused=reason,
        refused_message=text(f"loa.refused.{reason}", **fields),
    )


_LINES = re.compile(r"\r\n|[\n\r\u2028\u2029\x85]")
_DIGIT = re.compile(r"[0-9]")


def parse_order(pasted: str) -> list[dict[str, str]]:
    """The order as pasted: one number per line, then its location and
    carrier, separated by tabs (a spreadsheet), semicolons or commas. With
    semicolons or commas the location is everything between the first and
    the last separator, so "020 7946 0000, London, Baker Street, BT" keeps
    "London, Baker Street". A first line whose first column has no digit is
    a heading, and skipped; empty lines are skipped."""
    entries: list[dict[str, str]] = []
    first = True
    for line in _LINES.split(pasted):
        if not line.strip():
            continue
        location = carrier = ""
        if "\t" in line:
            number, *rest = line.split("\t")
            location = rest[0] if rest else ""
            carrier = rest[1] if len(rest) > 1 else ""
        else:
            sep = ";" if ";" in line else ","
            start, end = line.find(sep), line.rfind(sep)
            if start == -1:
                number = line
            elif start == end:
                number, location = line[:start], line[start + 1 :]
            else:
                number, location, carrier = line[:start], line[start + 1 : end], line[end + 1 :]
        heading = first and number != line and not _DIGIT.search(number)
        first = False
        if not heading:
            entries.append(
                {"number": number.strip(), "location": location.strip(), "carrier": carrier.strip()}
            )
    return entries


def _entries(value: object) -> list[object] | None:
    """A list of numbers: a JSON list, or pasted text; None when it is neither."""
    if value is None:
        return []
    if isinstance(value, str):
        return list(split_entries(value))
    if isinstance(value, list):
        return value
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class _Input:
    country: str
    order: list[object]
    loa: Mapping[str, object]
    csr: Mapping[str, object]
    loa_numbers: list[object] | None  # None: not a list
    csr_numbers: list[object] | None

    @classmethod
    def read(cls, request: object) -> _Input | LoaReport:
        if not isinstance(request, Mapping):
            return _refuse(Refusal.NOT_AN_OBJECT)
        country = request.get("country")
        if not isinstance(country, str) or not country.strip():
            return _refuse(Refusal.COUNTRY_MISSING)
        iso = country.strip().upper()
        iso = _ALIASES.get(iso, iso)
        if iso not in phonenumbers.SUPPORTED_REGIONS:
            return _refuse(Refusal.UNKNOWN_COUNTRY, code=_text.shorten(country.strip(), 8))
        loa = request.get("loa")
        if loa is None:
            return _refuse(Refusal.LOA_MISSING)
        if not isinstance(loa, Mapping):
            return _refuse(Refusal.NOT_A_MAPPING, key="loa")
        csr = request.get("csr")
        if csr is None:
            csr = {}
        if not isinstance(csr, Mapping):
            return _refuse(Refusal.NOT_A_MAPPING, key="csr")
        order = request.get("numbers")
        if order is None:
            order = []
        if isinstance(order, str):
            order = parse_order(order)
        if not isinstance(order, list):
            return _refuse(Refusal.NOT_A_LIST)
        loa_numbers, csr_numbers = _entries(loa.get("numbers")), _entries(csr.get("numbers"))
        for key, entries in (
            ("numbers", order),
            ("loa.numbers", loa_numbers),
            ("csr.numbers", csr_numbers),
        ):
            if entries is not None and len(entries) > MAX_NUMBERS:
                return _refuse(
                    Refusal.TOO_MANY_NUMBERS,
                    key=key,
                    size=f"{len(entries):,}",
                    limit=f"{MAX_NUMBERS:,}",
                )
        return cls(
            country=iso,
            order=order,
            loa=loa,
            csr=csr,
            loa_numbers=loa_numbers,
            csr_numbers=csr_numbers,
        )


def _scalar(value: object) -> str | None:
    """The text of a field: "" when absent, None when it is not text. Whole
    numbers are taken as their digits (JSON writers turn account numbers into them)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _text.clean(value)
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() < 128:
        return str(value)
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class _Number:
    e164: str
    typed: str
    shown: str  # international format, for messages
    parsed: phonenumbers.PhoneNumber


def _number(typed: str, country: str) -> _Number | None:
    """A phone number as a number, written in any of the usual ways; None when it
    cannot be one (no digits, too few or too many for any number)."""
    try:
        parsed = phonenumbers.parse(_text.visible(typed), country)
    except NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return _Number(
        e164=phonenumbers.format_number(parsed, PhoneNumberFormat.E164),
        typed=typed,
        shown=phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL),
        parsed=parsed,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class _Entry:
    """A number of the order."""

    position: int  # 0-based, as in the path
    number: _Number
    location: str
    carrier: str


# The check -----------------------------------------------------------------


class _Check:
    def __init__(self, given: _Input, coverage: Coverage, today: dt.date) -> None:
        self.given = given
        self.country = given.country
        self.loa = coverage.loa
        self.today = today
        self.problems: list[Problem] = []
        example = phonenumbers.example_number_for_type(given.country, PhoneNumberType.FIXED_LINE)
        assert example is not None  # phonenumbers has one for every region (see the tests)
        self.example = phonenumbers.format_number(example, PhoneNumberFormat.INTERNATIONAL)

    def add(
        self,
        field: str,
        path: str,
        code: Code,
        key: str,
        /,
        *,
        hints: tuple[Hint, ...] = (),
        diff: tuple[DiffSpan, ...] = (),
        number: str | None = None,
        **fields: object,
    ) -> None:
        self.problems.append(
            Problem(
                field=field,
                code=code,
                hint=hints[0] if hints else None,
                message=text(key, **fields),
                path=path,
                hints=hints,
                diff=diff,
                number=number,
            )
        )

    def run(self) -> LoaReport:
        order = self._order()
        numbers_field = next(f for f in self.loa.fields if f.kind == "numbers")
        for field in self.loa.fields_for(self.country):
            if field is not numbers_field:
                self._field(field)
        loa_numbers = self._numbers(numbers_field, "loa")
        csr_numbers = self._numbers(numbers_field, "csr") if numbers_field.csr else {}
        if not loa_numbers and not _has_entries(self.given.loa_numbers):
            self._missing(numbers_field, bool(csr_numbers), "loa.missing.numbers")
        groups, touched = self._groups(order, loa_numbers)
        self._compare_numbers(order, touched, loa_numbers, csr_numbers)
        return LoaReport(problems=tuple(self.problems), groups=groups)

    # Fields ------------------------------------------------------------

    def _field(self, field: LoaField) -> None:
        value = _scalar(self.given.loa.get(field.id))
        csr = _scalar(self.given.csr.get(field.id)) if field.csr else ""
        if value is None:
            self._not_text(field, "loa")
        elif not value:
            self._missing(field, bool(csr), "loa.missing")
        elif field.kind == "phone":
            self._phone(field, value, csr or "")
        elif field.kind == "date":
            self._date(field, value)
        else:
            self._text(field, value, csr or "")
        if csr is None:
            self._not_text(field, "csr")

    def _missing(self, field: LoaField, on_csr: bool, key: str) -> None:
        name = text(f"loa.name.{field.id}")
        if field.status == "required":
            self.add(field.id, f"loa.{field.id}", Code.MISSING, key, name=name)
        elif on_csr:
            # Seed: the LOA must match the carrier's record, so what the CSR has, the LOA needs.
            self.add(field.id, f"loa.{field.id}", Code.MISSING, f"{key}.csr", name=name)

    def _not_text(self, field: LoaField, side: str) -> None:
        name = text(f"loa.name.{field.id}")
        self.add(field.id, f"{side}.{field.id}", Code.FORMAT, f"loa.format.text.{side}", name=name)

    def _text(self, field: LoaField, value: str, csr: str) -> None:
        if field.length is not None:
            count = len(re.sub(r"\s", "", value))
            if count != field.length:
                self.add(
                    field.id,
                    f"loa.{field.id}",
                    Code.FORMAT,
                    "loa.format.length",
                    label=text(f"loa.field.{field.id}"),
                    length=field.length,
                    count=count,
                )
        if csr and value != csr:
            self._mismatch(field, _text.difference(value, csr), value, csr, csr)

    def _mismatch(
        self, field: LoaField, hints: tuple[Hint, ...], loa: str, csr: str, shown: str
    ) -> None:
        key = (
            f"loa.mismatch.{hints[0]}" if hints[0] in (Hint.OTHER, Hint.DIGITS) else "loa.mismatch"
        )
        self.add(
            field.id,
            f"loa.{field.id}",
            Code.MISMATCH,
            key,
            hints=hints,
            diff=_text.diff_spans(loa, csr),
            label=text(f"loa.field.{field.id}"),
            hints_text=_text.join([text(f"loa.hint.{h}") for h in hints]),
            csr=_text.shorten(shown),
        )

    def _phone(self, field: LoaField, value: str, csr: str) -> None:
        name = text(f"loa.name.{field.id}")
        number = _number(value, self.country)
        if number is None:
            self.add(
                field.id,
                f"loa.{field.id}",
                Code.FORMAT,
                "loa.format.phone",
                name=name,
                example=self.example,
            )
        other = _number(csr, self.country) if csr else None
        if csr and other is None:
            self.add(
                field.id,
                f"csr.{field.id}",
                Code.FORMAT,
                "loa.format.phone.csr",
                name=name,
                example=self.example,
            )
        # Phone numbers are compared as numbers: the same number written differently matches.
        if number is not None and other is not None and number.e164 != other.e164:
            national = PhoneNumberFormat.NATIONAL
            self._mismatch(
                field,
                (Hint.DIGITS,),
                phonenumbers.format_number(number.parsed, national),
                phonenumbers.format_number(other.parsed, national),
                csr,
            )

    def _date(self, field: LoaField, value: str) -> None:
        path = f"loa.{field.id}"
        signed = iso_date(value)
        if signed is None:
            day_first = _day_first(value)
            if day_first is not None:
                self.add(
                    field.id,
                    path,
                    Code.FORMAT,
                    "loa.format.date.day-first",
                    iso=day_first.isoformat(),
                    typed=value,
                )
            else:
                self.add(
                    field.id, path, Code.FORMAT, "loa.format.date", example=self.today.isoformat()
                )
            return
        if signed > self.today:
            self.add(field.id, path, Code.DATE_FUTURE, "loa.date-future", date=signed.isoformat())
            return
        limit = self.loa.signature_max_age_for(self.country)
        age = (self.today - signed).days
        if age > limit.days:
            self.add(
                field.id,
                path,
                Code.DATE_TOO_OLD,
                f"loa.date-too-old.{limit.status}",
                date=signed.isoformat(),
                days=age,
                limit=limit.days,
            )

    # Numbers -----------------------------------------------------------

    def _order(self) -> list[_Entry]:
        """The order's numbers, each once; problems for what cannot be read."""
        entries: list[_Entry] = []
        first: dict[str, _Entry] = {}
        for i, item in enumerate(self.given.order):
            path = f"numbers[{i}]"
            if not isinstance(item, Mapping):
                self.add("numbers", path, Code.FORMAT, "loa.format.entry", position=i + 1)
                continue
            number = self._entry_number(item.get("number"), i)
            shown = number.shown if number else text("loa.entry", position=i + 1)
            where: dict[str, str] = {}
            for key in ("location", "carrier"):
                value = _scalar(item.get(key))
                if value is None:
                    self.add("numbers", f"{path}.{key}", Code.FORMAT, f"loa.format.entry-{key}")
                elif not value:
                    self.add(
                        "numbers",
                        f"{path}.{key}",
                        Code.MISSING,
                        f"loa.missing.entry-{key}",
                        number=number.e164 if number else None,
                        shown=shown,
                    )
                where[key] = value or ""
            if number is None:
                continue
            entry = _Entry(position=i, number=number, **where)
            seen = first.get(number.e164)
            if seen is None:
                first[number.e164] = entry
                entries.append(entry)
            elif (seen.location, seen.carrier) != (entry.location, entry.carrier):
                self.add(
                    "numbers",
                    f"{path}.number",
                    Code.DUPLICATE,
                    "loa.duplicate",
                    number=number.e164,
                    shown=number.shown,
                    first=seen.position + 1,
                    pair=pair_label(seen.location, seen.carrier),
                )
        return entries

    def _entry_number(self, value: object, i: int) -> _Number | None:
        path = f"numbers[{i}].number"
        typed = _scalar(value)
        if typed is None:
            self.add("numbers", path, Code.FORMAT, "loa.format.entry-number")
            return None
        if not typed:
            self.add("numbers", path, Code.MISSING, "loa.missing.entry-number", position=i + 1)
            return None
        return self._read_number(typed, "numbers", path)

    def _read_number(self, typed: str, field: str, path: str) -> _Number | None:
        number = _number(typed, self.country)
        if number is None:
            self.add(
                field,
                path,
                Code.FORMAT,
                "loa.format.number",
                typed=_text.shorten(typed, 40),
                example=self.example,
            )
        return number

    def _numbers(self, field: LoaField, side: str) -> dict[str, tuple[int, _Number]]:
        """The LOA's or the CSR's numbers by E.164, first position kept."""
        path = f"{side}.{field.id}"
        entries = self.given.loa_numbers if side == "loa" else self.given.csr_numbers
        if entries is None:
            name = text(f"loa.name.{field.id}")
            self.add(field.id, path, Code.FORMAT, f"loa.format.list.{side}", name=name)
            return {}
        found: dict[str, tuple[int, _Number]] = {}
        for i, item in enumerate(entries):
            if isinstance(item, Mapping):  # {"number": ...}, as in the order
                item = item.get("number")
            typed = _scalar(item)
            if typed is None:
                self.add(field.id, f"{path}[{i}]", Code.FORMAT, "loa.format.entry-number")
            elif typed:
                number = self._read_number(typed, field.id, f"{path}[{i}]")
                if number is not None:
                    found.setdefault(number.e164, (i, number))
        return found

    def _groups(
        self, order: list[_Entry], loa_numbers: Mapping[str, object]
    ) -> tuple[tuple[Group, ...], list[tuple[str, str]]]:
        """The LOAs to prepare, and the (location, carrier) pairs this LOA lists numbers of."""
        # Seed: one LOA per location or carrier.
        by_pair: dict[tuple[str, str], list[_Entry]] = {}
        for entry in order:
            by_pair.setdefault((entry.location, entry.carrier), []).append(entry)
        pair_of = {entry.number.e164: (entry.location, entry.carrier) for entry in order}
        touched = list(dict.fromkeys(pair_of[e] for e in loa_numbers if e in pair_of))
        if len(touched) > 1:
            self.add(
                "numbers",
                "loa.numbers",
                Code.MIXED_GROUP,
                "loa.mixed-group",
                count=len(touched),
                pairs=_text.join([pair_label(*pair) for pair in touched]),
            )
        separation = self.loa.separate_for(self.country)
        groups = tuple(
            Group(
                location=location,
                carrier=carrier,
                numbers=tuple(e.number.e164 for e in entries),
                typed=tuple(e.number.typed for e in entries),
                this_loa=(location, carrier) in touched,
                separate=self._separate(entries, separation.groups) if separation else (),
            )
            for (location, carrier), entries in by_pair.items()
        )
        return groups, touched

    def _separate(
        self, entries: list[_Entry], type_groups: tuple[LoaTypeGroup, ...]
    ) -> tuple[TypePart, ...]:
        # Teams: separate LOAs for geographic and toll-free (DE) or non-geographic (GB) numbers.
        by_part: dict[str, list[str]] = {}
        for entry in entries:
            kind = _TYPE_NAMES.get(phonenumbers.number_type(entry.number.parsed), "unknown")
            part = next((g.id for g in type_groups if kind in g.types), "other")
            by_part.setdefault(part, []).append(entry.number.e164)
        if len(by_part) < 2:
            return ()
        ordered = [*(g.id for g in type_groups), "other"]
        return tuple(
            TypePart(id=part, label=text(f"loa.separate.{part}"), numbers=tuple(by_part[part]))
            for part in ordered
            if part in by_part
        )

    def _compare_numbers(
        self,
        order: list[_Entry],
        touched: list[tuple[str, str]],
        loa_numbers: dict[str, tuple[int, _Number]],
        csr_numbers: dict[str, tuple[int, _Number]],
    ) -> None:
        in_order = {entry.number.e164 for entry in order}
        for e164, (i, number) in loa_numbers.items():
            path = f"loa.numbers[{i}]"
            if order and e164 not in in_order:
                self.add(
                    "numbers",
                    path,
                    Code.NOT_IN_ORDER,
                    "loa.not-in-order",
                    number=e164,
                    shown=number.shown,
                )
            if csr_numbers and e164 not in csr_numbers:
                self.add(
                    "numbers",
                    path,
                    Code.NOT_ON_CSR,
                    "loa.not-on-csr",
                    number=e164,
                    shown=number.shown,
                )
        for entry in order:
            e164 = entry.number.e164
            pair = (entry.location, entry.carrier)
            # Seed: the group's LOA lists all its numbers (those on the CSR are reported below;
            # an LOA that mixes groups is to be split first, see mixed-group).
            if touched == [pair] and e164 not in loa_numbers and e164 not in csr_numbers:
                self.add(
                    "numbers",
                    f"numbers[{entry.position}].number",
                    Code.NOT_ON_LOA,
                    "loa.not-on-loa",
                    number=e164,
                    shown=entry.number.shown,
                    pair=pair_label(*pair),
                )
        carrier = (
            _scalar(self.given.csr.get("carrier"))
            or _scalar(self.given.loa.get("carrier"))
            or text("loa.carrier.unknown")
        )
        for e164, (j, number) in csr_numbers.items():
            if e164 not in loa_numbers:
                # A partial port: the numbers left off stay on the account with the carrier.
                in_order_too = e164 in in_order
                key = "loa.left-on-account.in-order" if in_order_too else "loa.left-on-account"
                self.add(
                    "numbers",
                    f"csr.numbers[{j}]",
                    Code.LEFT_ON_ACCOUNT,
                    key,
                    number=e164,
                    shown=number.shown,
                    carrier=carrier,
                )


def _has_entries(entries: list[object] | None) -> bool:
    """Whether a list of numbers has anything in it (readable or not)."""
    return entries is None or any(_scalar(e) != "" for e in entries)


def _day_first(value: str) -> dt.date | None:
    """30/11/2026 or 30.11.2026, the way dates are written across EMEA and Latin America."""
    match = _DAY_FIRST.fullmatch(value)
    if match is None:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
