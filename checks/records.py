"""The guide's data as frozen records, built from plain dicts.

`Coverage.from_dict` validates everything it is given and names the key path
of the first problem; `Coverage.to_dict` gives back the JSON the browser reads,
and `from_dict(to_dict(c)) == c`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import phonenumbers

from checks import _schema as s
from checks._schema import Context, DataError

__all__ = [
    "NUMBER_TYPES",
    "Country",
    "Coverage",
    "DataError",
    "Fee",
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


_TOP_KEYS = (
    "sources",
    "regions",
    "countries",
    "support",
    "fees",
    "sms_options",
    "steps",
    "sections",
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
