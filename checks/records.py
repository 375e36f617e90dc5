"""The guide's data as frozen records, built from plain dicts.

`Coverage.from_dict` validates everything it is given and names the key path
of the first problem; `Coverage.to_dict` gives back the JSON the browser reads,
and `from_dict(to_dict(c)) == c`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import phonenumbers

from checks import _schema as s
from checks._schema import Context, DataError

T = TypeVar("T")

__all__ = [
    "LOA_FIELD_KINDS",
    "LOA_INPUT_FIELDS",
    "LOA_STATUSES",
    "NUMBER_TYPES",
    "Country",
    "Coverage",
    "DataError",
    "Fee",
    "Loa",
    "LoaCountry",
    "LoaField",
    "LoaRule",
    "LoaSeparation",
    "LoaSignatureAge",
    "LoaTypeGroup",
    "Note",
    "Region",
    "Section",
    "SmsOption",
    "Source",
    "Step",
    "SupportCalendar",
]

# phonenumbers' PhoneNumberType names, lowercased: the vocabulary of the data.
NUMBER_TYPES: tuple[str, ...] = tuple(
    sorted(
        name.lower()
        for name in vars(phonenumbers.PhoneNumberType)
        if name.isupper() and isinstance(getattr(phonenumbers.PhoneNumberType, name), int)
    )
)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ANCHOR = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
_FIELD_ID = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")

# `required`: a Genesys page or a regulator says so. `typical`: only peer
# providers say so (or nobody does): shown as what carriers usually ask for.
LOA_STATUSES = ("required", "typical")
# How the LOA checker reads a field: text (compared exactly, with hints), a phone
# number (compared as a number), the signature date, the list of numbers.
LOA_FIELD_KINDS = ("text", "phone", "date", "numbers")
# The LOA checker's input contract (issue 3): `loa.fields` must declare each of them.
LOA_INPUT_FIELDS = (
    "end_user_name",
    "service_address",
    "billing_number",
    "account_number",
    "pin",
    "carrier",
    "signer_name",
    "signer_title",
    "signature_date",
    "numbers",
)
# Fields whose kind is fixed by the checker: nothing else may take these kinds.
_RESERVED_KINDS = {"signature_date": "date", "numbers": "numbers"}


def _anchor(ctx: Context, value: object, path: str) -> str:
    text = s.string(ctx, value, path)
    if not _ANCHOR.fullmatch(text):
        raise ctx.error(path, f"{text!r} is not an anchor id (lowercase words joined by '-')")
    return text


def _iso(ctx: Context, value: object, path: str) -> str:
    code = s.string(ctx, value, path)
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise ctx.error(path, f"{code!r} is not an ISO 3166-1 alpha-2 code")
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ctx.error(path, f"{code!r} is not a region known to phonenumbers")
    return code


def _number_types(ctx: Context, value: object, path: str) -> tuple[str, ...]:
    names = s.strings(ctx, value, path)
    for i, name in enumerate(names):
        if name not in NUMBER_TYPES:
            raise ctx.error(
                s.child(path, i), f"{name!r} is not a number type ({', '.join(NUMBER_TYPES)})"
            )
    s.unique(ctx, ((n, s.child(path, i)) for i, n in enumerate(names)), "number type")
    return names


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    id: str
    title: str
    url: str
    verified: bool
    note: str

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> Source:
        m = s.mapping(ctx, d, path, ("id", "title", "url", "verified", "note"))
        url = s.string(ctx, m["url"], s.child(path, "url"))
        if not url.startswith("https://"):
            raise ctx.error(s.child(path, "url"), f"{url!r} is not an https:// URL")
        return cls(
            id=_anchor(ctx, m["id"], s.child(path, "id")),
            title=s.string(ctx, m["title"], s.child(path, "title")),
            url=url,
            verified=s.boolean(ctx, m["verified"], s.child(path, "verified")),
            note=s.string(ctx, m["note"], s.child(path, "note")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Region:
    id: str
    name: str
    members: tuple[str, ...]
    source: str

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> Region:
        m = s.mapping(ctx, d, path, ("id", "name", "members", "source"))
        members = s.items(ctx, m["members"], s.child(path, "members"), lambda v, p: _iso(ctx, v, p))
        return cls(
            id=s.string(ctx, m["id"], s.child(path, "id")),
            name=s.string(ctx, m["name"], s.child(path, "name")),
            members=members,
            source=s.string(ctx, m["source"], s.child(path, "source")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Note:
    text: str
    source: str

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> Note:
        m = s.mapping(ctx, d, path, ("text", "source"))
        return cls(
            text=s.string(ctx, m["text"], s.child(path, "text")),
            source=s.string(ctx, m["source"], s.child(path, "source")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    iso: str
    name: str
    region: str
    portable_types: tuple[str, ...]
    verify_types: tuple[str, ...]
    confirmed: bool
    source: str
    last_verified: dt.date
    notes: tuple[Note, ...]

    @property
    def anchor(self) -> str:
        return f"country-{self.iso.lower()}"

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> Country:
        keys = (
            "iso",
            "name",
            "region",
            "portable_types",
            "verify_types",
            "confirmed",
            "source",
            "last_verified",
            "notes",
        )
        m = s.mapping(ctx, d, path, keys)
        portable = _number_types(ctx, m["portable_types"], s.child(path, "portable_types"))
        verify = _number_types(ctx, m["verify_types"], s.child(path, "verify_types"))
        for i, name in enumerate(verify):
            if name in portable:
                raise ctx.error(
                    s.child(s.child(path, "verify_types"), i),
                    f"{name!r} is already in portable_types",
                )
        return cls(
            iso=_iso(ctx, m["iso"], s.child(path, "iso")),
            name=s.string(ctx, m["name"], s.child(path, "name")),
            region=s.string(ctx, m["region"], s.child(path, "region")),
            portable_types=portable,
            verify_types=verify,
            confirmed=s.boolean(ctx, m["confirmed"], s.child(path, "confirmed")),
            source=s.string(ctx, m["source"], s.child(path, "source")),
            last_verified=s.date(ctx, m["last_verified"], s.child(path, "last_verified")),
            notes=s.items(
                ctx, m["notes"], s.child(path, "notes"), lambda v, p: Note.from_dict(ctx, v, p)
            ),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class SupportCalendar:
    timezone: str
    business_days: tuple[str, ...]
    opens: dt.time
    closes: dt.time
    processing_hours: int
    port_date_confirmation_days: int
    closures: tuple[dt.date, ...]
    source: str

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> SupportCalendar:
        keys = (
            "timezone",
            "business_days",
            "opens",
            "closes",
            "processing_hours",
            "port_date_confirmation_days",
            "closures",
            "source",
        )
        m = s.mapping(ctx, d, path, keys)
        days_path = s.child(path, "business_days")
        days = s.strings(ctx, m["business_days"], days_path)
        for i, day in enumerate(days):
            if day not in WEEKDAYS:
                raise ctx.error(
                    s.child(days_path, i), f"{day!r} is not one of {', '.join(WEEKDAYS)}"
                )
        opens = s.clock(ctx, m["opens"], s.child(path, "opens"))
        closes = s.clock(ctx, m["closes"], s.child(path, "closes"))
        if closes <= opens:
            raise ctx.error(s.child(path, "closes"), "must be later than opens")
        return cls(
            timezone=s.string(ctx, m["timezone"], s.child(path, "timezone")),
            business_days=days,
            opens=opens,
            closes=closes,
            processing_hours=s.integer(
                ctx, m["processing_hours"], s.child(path, "processing_hours"), minimum=1
            ),
            port_date_confirmation_days=s.integer(
                ctx,
                m["port_date_confirmation_days"],
                s.child(path, "port_date_confirmation_days"),
                minimum=1,
            ),
            closures=s.items(
                ctx, m["closures"], s.child(path, "closures"), lambda v, p: s.date(ctx, v, p)
            ),
            source=s.string(ctx, m["source"], s.child(path, "source")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Fee:
    id: str
    name: str
    charge: str
    source: str

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> Fee:
        m = s.mapping(ctx, d, path, ("id", "name", "charge", "source"))
        return cls(
            id=_anchor(ctx, m["id"], s.child(path, "id")),
            name=s.string(ctx, m["name"], s.child(path, "name")),
            charge=s.string(ctx, m["charge"], s.child(path, "charge")),
            source=s.string(ctx, m["source"], s.child(path, "source")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class SmsOption:
    id: str
    title: str
    when: str
    action: str
    source: str

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> SmsOption:
        m = s.mapping(ctx, d, path, ("id", "title", "when", "action", "source"))
        return cls(
            id=_anchor(ctx, m["id"], s.child(path, "id")),
            title=s.string(ctx, m["title"], s.child(path, "title")),
            when=s.string(ctx, m["when"], s.child(path, "when")),
            action=s.string(ctx, m["action"], s.child(path, "action")),
            source=s.string(ctx, m["source"], s.child(path, "source")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    id: str
    title: str
    body: str
    optional: bool
    source: str
    substeps: tuple[Step, ...]

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> Step:
        m = s.mapping(ctx, d, path, ("id", "title", "body", "optional", "source", "substeps"))
        return cls(
            id=_anchor(ctx, m["id"], s.child(path, "id")),
            title=s.string(ctx, m["title"], s.child(path, "title")),
            body=s.string(ctx, m["body"], s.child(path, "body")),
            optional=s.boolean(ctx, m["optional"], s.child(path, "optional")),
            source=s.string(ctx, m["source"], s.child(path, "source")),
            substeps=s.items(
                ctx,
                m["substeps"],
                s.child(path, "substeps"),
                lambda v, p: Step.from_dict(ctx, v, p),
            ),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    id: str
    title: str
    page: str
    source: str

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> Section:
        m = s.mapping(ctx, d, path, ("id", "title", "page", "source"))
        page = s.string(ctx, m["page"], s.child(path, "page"))
        if not page.endswith(".md"):
            raise ctx.error(s.child(path, "page"), f"{page!r} is not a Markdown page (*.md)")
        return cls(
            id=_anchor(ctx, m["id"], s.child(path, "id")),
            title=s.string(ctx, m["title"], s.child(path, "title")),
            page=page,
            source=s.string(ctx, m["source"], s.child(path, "source")),
        )


def _status(ctx: Context, value: object, path: str) -> str:
    status = s.string(ctx, value, path)
    if status not in LOA_STATUSES:
        raise ctx.error(path, f"{status!r} is not one of {', '.join(LOA_STATUSES)}")
    return status


def _optional(
    ctx: Context, m: Mapping[str, Any], key: str, path: str, build: Callable[[object, str], T]
) -> T | None:
    """An optional key: absent or null is None."""
    value = m.get(key)
    return None if value is None else build(value, s.child(path, key))


@dataclass(frozen=True, slots=True, kw_only=True)
class LoaField:
    """A field of the LOA form."""

    id: str  # the key in the checker's input (`loa.<id>`, `csr.<id>`)
    kind: str  # one of LOA_FIELD_KINDS
    status: str  # one of LOA_STATUSES
    csr: bool  # the carrier's CSR carries it: compared with the CSR
    length: int | None  # characters it must have, spaces not counted
    source: str

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> LoaField:
        m = s.mapping(ctx, d, path, ("id", "kind", "status", "csr", "source"), ("length",))
        field_id = s.string(ctx, m["id"], s.child(path, "id"))
        if not _FIELD_ID.fullmatch(field_id):
            raise ctx.error(
                s.child(path, "id"),
                f"{field_id!r} is not a field id (lowercase words joined by '_')",
            )
        kind = s.string(ctx, m["kind"], s.child(path, "kind"))
        if kind not in LOA_FIELD_KINDS:
            raise ctx.error(
                s.child(path, "kind"), f"{kind!r} is not one of {', '.join(LOA_FIELD_KINDS)}"
            )
        reserved = _RESERVED_KINDS.get(field_id)
        if reserved is not None and kind != reserved:
            raise ctx.error(s.child(path, "kind"), f"{field_id!r} must be of kind {reserved!r}")
        if reserved is None and kind in _RESERVED_KINDS.values():
            owner = next(k for k, v in _RESERVED_KINDS.items() if v == kind)
            raise ctx.error(s.child(path, "kind"), f"{kind!r} is only for the field {owner!r}")
        return cls(
            id=field_id,
            kind=kind,
            status=_status(ctx, m["status"], s.child(path, "status")),
            csr=s.boolean(ctx, m["csr"], s.child(path, "csr")),
            length=_optional(ctx, m, "length", path, lambda v, p: s.integer(ctx, v, p, minimum=1)),
            source=s.string(ctx, m["source"], s.child(path, "source")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class LoaRule:
    """Something the LOA must be or come with, shown to people as text."""

    id: str
    text: str
    status: str
    source: str

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> LoaRule:
        m = s.mapping(ctx, d, path, ("id", "text", "status", "source"))
        return cls(
            id=_anchor(ctx, m["id"], s.child(path, "id")),
            text=s.string(ctx, m["text"], s.child(path, "text")),
            status=_status(ctx, m["status"], s.child(path, "status")),
            source=s.string(ctx, m["source"], s.child(path, "source")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class LoaSignatureAge:
    """How old the signature on the LOA may be when the LOA is sent."""

    days: int
    status: str
    source: str

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> LoaSignatureAge:
        m = s.mapping(ctx, d, path, ("days", "status", "source"))
        return cls(
            days=s.integer(ctx, m["days"], s.child(path, "days"), minimum=1),
            status=_status(ctx, m["status"], s.child(path, "status")),
            source=s.string(ctx, m["source"], s.child(path, "source")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class LoaTypeGroup:
    """Number types that go on the same LOA where a country separates them."""

    id: str
    types: tuple[str, ...]

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> LoaTypeGroup:
        m = s.mapping(ctx, d, path, ("id", "types"))
        group_id = _anchor(ctx, m["id"], s.child(path, "id"))
        if group_id == "other":
            raise ctx.error(s.child(path, "id"), "'other' is reserved for the types not listed")
        return cls(id=group_id, types=_number_types(ctx, m["types"], s.child(path, "types")))


@dataclass(frozen=True, slots=True, kw_only=True)
class LoaSeparation:
    """Separate LOAs by number type (for example geographic and toll-free)."""

    groups: tuple[LoaTypeGroup, ...]
    status: str
    source: str

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> LoaSeparation:
        m = s.mapping(ctx, d, path, ("groups", "status", "source"))
        groups_path = s.child(path, "groups")
        groups = s.items(
            ctx, m["groups"], groups_path, lambda v, p: LoaTypeGroup.from_dict(ctx, v, p)
        )
        if len(groups) < 2:
            raise ctx.error(groups_path, "needs at least two groups")
        s.unique(ctx, ((g.id, s.child(groups_path, i)) for i, g in enumerate(groups)), "group")
        s.unique(
            ctx,
            (
                (t, s.child(s.child(s.child(groups_path, i), "types"), j))
                for i, g in enumerate(groups)
                for j, t in enumerate(g.types)
            ),
            "number type",
        )
        return cls(
            groups=groups,
            status=_status(ctx, m["status"], s.child(path, "status")),
            source=s.string(ctx, m["source"], s.child(path, "source")),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class LoaCountry:
    """What a country adds to the default LOA."""

    iso: str
    fields: tuple[LoaField, ...]
    rules: tuple[LoaRule, ...]
    signature_max_age: LoaSignatureAge | None  # None: the default applies
    separate: LoaSeparation | None

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> LoaCountry:
        m = s.mapping(ctx, d, path, ("iso", "fields", "rules"), ("signature_max_age", "separate"))
        return cls(
            iso=_iso(ctx, m["iso"], s.child(path, "iso")),
            fields=s.items(
                ctx,
                m["fields"],
                s.child(path, "fields"),
                lambda v, p: LoaField.from_dict(ctx, v, p),
            ),
            rules=s.items(
                ctx, m["rules"], s.child(path, "rules"), lambda v, p: LoaRule.from_dict(ctx, v, p)
            ),
            signature_max_age=_optional(
                ctx, m, "signature_max_age", path, lambda v, p: LoaSignatureAge.from_dict(ctx, v, p)
            ),
            separate=_optional(
                ctx, m, "separate", path, lambda v, p: LoaSeparation.from_dict(ctx, v, p)
            ),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Loa:
    """The LOA requirements: the default form, plus what each country adds."""

    peer_sources: tuple[str, ...]  # sources that are peer providers: never "required"
    fields: tuple[LoaField, ...]
    rules: tuple[LoaRule, ...]
    signature_max_age: LoaSignatureAge
    countries: tuple[LoaCountry, ...]

    def country(self, iso: str) -> LoaCountry | None:
        return next((c for c in self.countries if c.iso == iso), None)

    def fields_for(self, iso: str) -> tuple[LoaField, ...]:
        """The default fields, then the country's own."""
        own = self.country(iso)
        return self.fields + (own.fields if own else ())

    def rules_for(self, iso: str) -> tuple[LoaRule, ...]:
        own = self.country(iso)
        return self.rules + (own.rules if own else ())

    def signature_max_age_for(self, iso: str) -> LoaSignatureAge:
        own = self.country(iso)
        return (own.signature_max_age if own else None) or self.signature_max_age

    def separate_for(self, iso: str) -> LoaSeparation | None:
        own = self.country(iso)
        return own.separate if own else None

    @classmethod
    def from_dict(cls, ctx: Context, d: object, path: str) -> Loa:
        keys = ("peer_sources", "fields", "rules", "signature_max_age", "countries")
        m = s.mapping(ctx, d, path, keys)
        fields_path = s.child(path, "fields")
        fields = s.items(ctx, m["fields"], fields_path, lambda v, p: LoaField.from_dict(ctx, v, p))
        s.unique(ctx, ((f.id, f"{fields_path}[{i}].id") for i, f in enumerate(fields)), "field")
        ids = {f.id for f in fields}
        for name in LOA_INPUT_FIELDS:
            if name not in ids:
                raise ctx.error(
                    fields_path, f"{name!r} is missing (the LOA checker's input needs it)"
                )
        return cls(
            peer_sources=s.strings(ctx, m["peer_sources"], s.child(path, "peer_sources")),
            fields=fields,
            rules=s.items(
                ctx, m["rules"], s.child(path, "rules"), lambda v, p: LoaRule.from_dict(ctx, v, p)
            ),
            signature_max_age=LoaSignatureAge.from_dict(
                ctx, m["signature_max_age"], s.child(path, "signature_max_age")
            ),
            countries=s.items(
                ctx,
                m["countries"],
                s.child(path, "countries"),
                lambda v, p: LoaCountry.from_dict(ctx, v, p),
            ),
        )

    def sourced(self) -> list[tuple[str, str, str]]:
        """(path, status, source) of everything that carries a status."""
        out: list[tuple[str, str, str]] = []

        def add(path: str, fields: tuple[LoaField, ...], rules: tuple[LoaRule, ...]) -> None:
            out.extend((f"{path}.fields[{i}]", f.status, f.source) for i, f in enumerate(fields))
            out.extend((f"{path}.rules[{i}]", r.status, r.source) for i, r in enumerate(rules))

        add("loa", self.fields, self.rules)
        age = self.signature_max_age
        out.append(("loa.signature_max_age", age.status, age.source))
        for i, c in enumerate(self.countries):
            path = f"loa.countries[{i}]"
            add(path, c.fields, c.rules)
            if c.signature_max_age is not None:
                age = c.signature_max_age
                out.append((f"{path}.signature_max_age", age.status, age.source))
            if c.separate is not None:
                out.append((f"{path}.separate", c.separate.status, c.separate.source))
        return out


_TOP_KEYS = (
    "sources",
    "regions",
    "countries",
    "support",
    "fees",
    "sms_options",
    "steps",
    "sections",
    "loa",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Coverage:
    sources: tuple[Source, ...]
    regions: tuple[Region, ...]
    countries: tuple[Country, ...]
    support: SupportCalendar
    fees: tuple[Fee, ...]
    sms_options: tuple[SmsOption, ...]
    steps: tuple[Step, ...]
    sections: tuple[Section, ...]
    loa: Loa

    # Lookups -----------------------------------------------------------

    def country(self, iso: str) -> Country | None:
        return next((c for c in self.countries if c.iso == iso), None)

    def region_of(self, iso: str) -> Region | None:
        return next((r for r in self.regions if iso in r.members), None)

    def source(self, source_id: str) -> Source:
        return next(src for src in self.sources if src.id == source_id)

    def all_steps(self) -> tuple[Step, ...]:
        """Steps and sub-steps, depth first, in reading order."""

        def walk(steps: tuple[Step, ...]) -> tuple[Step, ...]:
            return tuple(x for st in steps for x in (st, *walk(st.substeps)))

        return walk(self.steps)

    def anchors(self) -> tuple[str, ...]:
        """Every linkable id the data declares."""
        return (
            *(sec.id for sec in self.sections),
            *(st.id for st in self.all_steps()),
            *(f.id for f in self.fees),
            *(o.id for o in self.sms_options),
            *(c.anchor for c in self.countries),
        )

    # Building ----------------------------------------------------------

    @classmethod
    def from_dict(
        cls, d: object, *, file: str = "data/coverage.yaml", lines: Mapping[str, int] | None = None
    ) -> Coverage:
        ctx = Context(file, lines)
        m = s.mapping(ctx, d, "", _TOP_KEYS)
        coverage = cls(
            sources=s.items(ctx, m["sources"], "sources", lambda v, p: Source.from_dict(ctx, v, p)),
            regions=s.items(ctx, m["regions"], "regions", lambda v, p: Region.from_dict(ctx, v, p)),
            countries=s.items(
                ctx, m["countries"], "countries", lambda v, p: Country.from_dict(ctx, v, p)
            ),
            support=SupportCalendar.from_dict(ctx, m["support"], "support"),
            fees=s.items(ctx, m["fees"], "fees", lambda v, p: Fee.from_dict(ctx, v, p)),
            sms_options=s.items(
                ctx, m["sms_options"], "sms_options", lambda v, p: SmsOption.from_dict(ctx, v, p)
            ),
            steps=s.items(ctx, m["steps"], "steps", lambda v, p: Step.from_dict(ctx, v, p)),
            sections=s.items(
                ctx, m["sections"], "sections", lambda v, p: Section.from_dict(ctx, v, p)
            ),
            loa=Loa.from_dict(ctx, m["loa"], "loa"),
        )
        coverage._check_references(ctx)
        return coverage

    def _check_references(self, ctx: Context) -> None:
        s.unique(
            ctx, ((src.id, f"sources[{i}].id") for i, src in enumerate(self.sources)), "source"
        )
        s.unique(ctx, ((r.id, f"regions[{i}].id") for i, r in enumerate(self.regions)), "region")
        s.unique(
            ctx,
            (
                (iso, f"regions[{i}].members[{j}]")
                for i, r in enumerate(self.regions)
                for j, iso in enumerate(r.members)
            ),
            "region member",
        )
        s.unique(
            ctx, ((c.iso, f"countries[{i}].iso") for i, c in enumerate(self.countries)), "country"
        )
        source_ids = {src.id for src in self.sources}
        for path, source_id in self._source_refs():
            if source_id not in source_ids:
                raise ctx.error(path, f"{source_id!r} is not a source id (see sources)")
        region_ids = {r.id for r in self.regions}
        for i, c in enumerate(self.countries):
            if c.region not in region_ids:
                raise ctx.error(f"countries[{i}].region", f"{c.region!r} is not a region id")
            member_of = self.region_of(c.iso)
            if member_of is None or member_of.id != c.region:
                raise ctx.error(
                    f"countries[{i}].iso", f"{c.iso!r} is not a member of region {c.region!r}"
                )
        self._check_anchors(ctx)
        self._check_loa(ctx)

    def _source_refs(self) -> list[tuple[str, str]]:
        refs = [(f"regions[{i}].source", r.source) for i, r in enumerate(self.regions)]
        for i, c in enumerate(self.countries):
            refs.append((f"countries[{i}].source", c.source))
            refs += [(f"countries[{i}].notes[{j}].source", n.source) for j, n in enumerate(c.notes)]
        refs.append(("support.source", self.support.source))
        refs += [(f"fees[{i}].source", f.source) for i, f in enumerate(self.fees)]
        refs += [(f"sms_options[{i}].source", o.source) for i, o in enumerate(self.sms_options)]
        refs += [(f"sections[{i}].source", sec.source) for i, sec in enumerate(self.sections)]

        def walk(steps: tuple[Step, ...], path: str) -> None:
            for i, st in enumerate(steps):
                refs.append((f"{path}[{i}].source", st.source))
                walk(st.substeps, f"{path}[{i}].substeps")

        walk(self.steps, "steps")
        refs += [(f"loa.peer_sources[{i}]", sid) for i, sid in enumerate(self.loa.peer_sources)]
        refs += [(f"{path}.source", source) for path, _, source in self.loa.sourced()]
        return refs

    def _check_anchors(self, ctx: Context) -> None:
        paths: list[tuple[str, str]] = [
            (sec.id, f"sections[{i}].id") for i, sec in enumerate(self.sections)
        ]

        def walk(steps: tuple[Step, ...], path: str) -> None:
            for i, st in enumerate(steps):
                paths.append((st.id, f"{path}[{i}].id"))
                walk(st.substeps, f"{path}[{i}].substeps")

        walk(self.steps, "steps")
        paths += [(f.id, f"fees[{i}].id") for i, f in enumerate(self.fees)]
        paths += [(o.id, f"sms_options[{i}].id") for i, o in enumerate(self.sms_options)]
        paths += [(c.anchor, f"countries[{i}].iso") for i, c in enumerate(self.countries)]
        s.unique(ctx, paths, "anchor id")

    def _check_loa(self, ctx: Context) -> None:
        loa = self.loa
        s.unique(
            ctx,
            ((sid, f"loa.peer_sources[{i}]") for i, sid in enumerate(loa.peer_sources)),
            "peer source",
        )
        # Peer providers' rules are what carriers typically ask, never a requirement here.
        peers = set(loa.peer_sources)
        for path, status, source in loa.sourced():
            if status == "required" and source in peers:
                raise ctx.error(
                    f"{path}.status",
                    f"must be 'typical': {source!r} is a peer provider (see loa.peer_sources)",
                )
        s.unique(ctx, ((r.id, f"loa.rules[{i}].id") for i, r in enumerate(loa.rules)), "rule")
        s.unique(
            ctx,
            ((c.iso, f"loa.countries[{i}].iso") for i, c in enumerate(loa.countries)),
            "country",
        )
        for i, c in enumerate(loa.countries):
            path = f"loa.countries[{i}]"
            if self.country(c.iso) is None:
                raise ctx.error(f"{path}.iso", f"{c.iso!r} is not a country (see countries)")
            s.unique(
                ctx,
                (
                    *((f.id, f"loa.fields[{j}].id") for j, f in enumerate(loa.fields)),
                    *((f.id, f"{path}.fields[{j}].id") for j, f in enumerate(c.fields)),
                ),
                "field",
            )
            s.unique(
                ctx,
                (
                    *((r.id, f"loa.rules[{j}].id") for j, r in enumerate(loa.rules)),
                    *((r.id, f"{path}.rules[{j}].id") for j, r in enumerate(c.rules)),
                ),
                "rule",
            )

    # Serialising -------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = _plain(self)  # type: ignore[assignment]
        return out


def _plain(value: object) -> object:
    """Records to JSON-able values, keeping the YAML's key names."""
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def coverage_from_json_text(text: str, *, file: str = "coverage.json") -> Coverage:
    """For the browser: the build's JSON back into records."""
    import json

    try:
        data = json.loads(text)
    except ValueError as exc:
        raise DataError(file, "", f"not valid JSON ({exc})") from None
    return Coverage.from_dict(data, file=file)
