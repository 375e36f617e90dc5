"""Macros: small functions from the coverage records to Markdown or HTML.

Every id a page names must exist in the data, or the build fails; nothing
renders empty. All text from the data is HTML-escaped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from checks import eligibility
from checks.messages import country_name, text
from checks.records import Coverage, Section, Source, Step

MACROS: tuple[str, ...] = (
    "heading",
    "source",
    "coverage_table",
    "coverage_counts",
    "steps",
    "step_link",
    "support_hours",
    "fees_table",
    "sms_options",
    "eligibility_checker",
    "sources_list",
    "limits",
)

_DAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}


# The site links to Genesys articles only; other sources are cited as text.
_GENESYS_ARTICLE = re.compile(r"https://([a-z]{2}-)?help\.mypurecloud\.com/")


def page_url(page: str) -> str:
    """docs path -> site path with directory URLs: procedure.md -> procedure/."""
    stem = page.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


class UnknownId(LookupError):
    pass


def cite(src: Source, label: str | None = None) -> str:
    """A Genesys article as a link; any other source as text with its address."""
    title = escape(label or src.title)
    if _GENESYS_ARTICLE.match(src.url):
        return f'<a href="{_attr(src.url)}">{title}</a>'
    address = src.url.removeprefix("https://").removeprefix("www.").rstrip("/")
    return f'<cite>{title}</cite> (<span class="url">{escape(address)}</span>)'


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _one_line(html: str) -> str:
    """Raw HTML blocks must not contain blank lines, or Markdown splits them."""
    return "\n".join(line.strip() for line in html.splitlines() if line.strip())


class Pages:
    MACROS = MACROS

    def __init__(self, coverage: Coverage, current_page: Callable[[], str]) -> None:
        self.coverage = coverage
        self._current_page = current_page

    # Lookups -------------------------------------------------------------

    def _section(self, section_id: str) -> Section:
        for sec in self.coverage.sections:
            if sec.id == section_id:
                return sec
        raise UnknownId(f"Unknown section id {section_id!r} (see sections: in data/coverage.yaml)")

    def _step(self, step_id: str) -> tuple[str, Step]:
        for number, (label, st) in enumerate(self._numbered_steps(), start=1):
            del number
            if st.id == step_id:
                return label, st
        raise UnknownId(f"Unknown step id {step_id!r} (see steps: in data/coverage.yaml)")

    def _numbered_steps(self) -> list[tuple[str, Step]]:
        out: list[tuple[str, Step]] = []
        for i, st in enumerate(self.coverage.steps, start=1):
            out.append((f"Step {i}", st))
            out += [(f"Step {i}", sub) for sub in st.substeps]
        return out

    def _source(self, source_id: str) -> Source:
        for src in self.coverage.sources:
            if src.id == source_id:
                return src
        raise UnknownId(f"Unknown source id {source_id!r}")

    # Macros ----------------------------------------------------------------

    def _href(self, page: str, anchor: str) -> str:
        """An HTML href from the current page to `anchor` on `page`."""
        here = self._current_page()
        if page == here:
            return f"#{anchor}"
        return f"{'../' * page_url(here).count('/')}{page_url(page)}#{anchor}"

    def section_href(self, section_id: str) -> str:
        sec = self._section(section_id)
        return self._href(sec.page, sec.id)

    def step_href(self, step_id: str, page: str = "procedure.md") -> str:
        return self._href(page, self._step(step_id)[1].id)

    def heading(self, section_id: str, level: int = 2) -> str:
        """A section heading whose anchor comes from the data, not from its text."""
        sec = self._section(section_id)
        page = self._current_page()
        if sec.page != page:
            raise UnknownId(f"Section {section_id!r} belongs to {sec.page}, not to {page}")
        return f"{'#' * level} {sec.title} {{#{sec.id} .linkable}}"

    def source(self, source_id: str) -> str:
        """An inline citation; unverified sources say so."""
        src = self._source(source_id)
        badge = (
            ""
            if src.verified
            else ' <span class="badge badge--unverified" title="Not confirmed">unconfirmed</span>'
        )
        return f'<span class="source">Source: {cite(src)}{badge}</span>'

    def coverage_counts(self) -> str:
        total = len(self.coverage.countries)
        confirmed = sum(c.confirmed for c in self.coverage.countries)
        return (
            f"{total} countries are listed; {confirmed} of them are confirmed by a Genesys page,"
            f" the other {total - confirmed} are marked unconfirmed"
        )

    def coverage_table(self) -> str:
        regions = {r.id: r for r in self.coverage.regions}
        options = "".join(
            f'<option value="{_attr(r.id)}">{escape(r.name)}</option>'
            for r in self.coverage.regions
        )
        rows = []
        for c in sorted(self.coverage.countries, key=lambda c: (c.region, c.name)):
            status = (
                '<span class="badge badge--confirmed">confirmed</span>'
                if c.confirmed
                else '<span class="badge badge--unverified">unconfirmed: verify first</span>'
            )
            notes = "".join(self._note(n.text, self._source(n.source)) for n in c.notes)
            src = self._source(c.source)
            rows.append(
                f'<tr id="{c.anchor}" data-region="{_attr(c.region)}"'
                f' data-search="{_attr((c.name + " " + c.iso).lower())}">'
                f'<th scope="row">{escape(c.name)} <span class="iso">{c.iso}</span>'
                f'<br><span class="note-source">{cite(src, "source")}'
                f"{'' if src.verified else ' (unconfirmed)'}</span></th>"
                f"<td>{escape(regions[c.region].id)}</td>"
                f"<td>{escape(self._types(c.portable_types))}</td>"
                f"<td>{escape(self._types(c.verify_types)) or '—'}</td>"
                f"<td>{status}<br><small>checked {c.last_verified.isoformat()}</small></td>"
                f'<td><ul class="notes">{notes}</ul></td>'
                "</tr>"
            )
        return _one_line(f"""
            <div class="coverage" data-coverage-filter>
            <div class="coverage-controls">
            <label for="coverage-region">Region</label>
            <select id="coverage-region"><option value="">All regions</option>{options}</select>
            <label for="coverage-search">Search by country</label>
            <input id="coverage-search" type="search" autocomplete="off">
            <p class="coverage-count" role="status" aria-live="polite">
            {len(self.coverage.countries)} of {len(self.coverage.countries)} countries shown</p>
            </div>
            <div class="table-wrap">
            <table class="coverage-table">
            <caption>Countries with porting information. Coverage depends on carrier
            agreements and is not guaranteed.</caption>
            <thead><tr><th scope="col">Country</th><th scope="col">Region</th>
            <th scope="col">Portable types</th><th scope="col">Verify first</th>
            <th scope="col">Status</th><th scope="col">Notes</th></tr></thead>
            <tbody>{"".join(rows)}</tbody>
            </table>
            </div>
            <p class="coverage-empty" hidden>No country matches.</p>
            </div>
        """)

    @staticmethod
    def _note(note: str, src: Source) -> str:
        badge = "" if src.verified else ", unconfirmed"
        return f'<li>{escape(note)} <span class="note-source">[{cite(src)}{badge}]</span></li>'

    @staticmethod
    def _types(types: tuple[str, ...]) -> str:
        return ", ".join(text(f"type.{t}") for t in types)

    def steps(self) -> str:
        """The procedure as headings (deep-linkable), bodies and sources."""
        out: list[str] = []
        for i, st in enumerate(self.coverage.steps, start=1):
            optional = " (optional)" if st.optional else ""
            out += [f"### Step {i}: {st.title}{optional} {{#{st.id} .linkable}}", "", st.body, ""]
            for sub in st.substeps:
                out += [f"#### {sub.title} {{#{sub.id} .linkable}}", "", sub.body, ""]
        return "\n".join(out)

    def step_link(self, step_id: str, page: str = "procedure.md") -> str:
        label, st = self._step(step_id)
        prefix = "" if self._current_page() == page else page
        return f"[{label}: {st.title}]({prefix}#{st.id})"

    def support_hours(self) -> str:
        sup = self.coverage.support
        days = sup.business_days
        day_text = (
            f"{_DAY_NAMES[days[0]]} to {_DAY_NAMES[days[-1]]}"
            if len(days) > 1
            else _DAY_NAMES[days[0]]
        )
        closures = (
            ", ".join(d.isoformat() for d in sup.closures)
            if sup.closures
            else "none listed: public holidays are not taken into account"
        )
        rows = [
            ("Working days", day_text),
            (
                "Hours",
                f"{sup.opens:%H:%M} to {sup.closes:%H:%M} US Eastern time ({sup.timezone}):"
                " EST in winter, EDT in summer, whichever is in force",
            ),
            ("Your request is processed", f"within {sup.processing_hours} hours of receipt"),
            (
                "Exact port date confirmed",
                f"can take up to {sup.port_date_confirmation_days} days",
            ),
            ("Closure dates", closures),
        ]
        body = "".join(f"<tr><th scope='row'>{a}</th><td>{escape(b)}</td></tr>" for a, b in rows)
        return _one_line(
            f'<table class="support-hours"><caption>Support calendar</caption>'
            f"<tbody>{body}</tbody></table>"
        )

    def fees_table(self) -> str:
        rows = "".join(
            f'<tr id="{_attr(f.id)}"><th scope="row">{escape(f.name)}</th>'
            f"<td>{escape(f.charge)}</td></tr>"
            for f in self.coverage.fees
        )
        return _one_line(
            '<table class="fees"><caption>What porting costs</caption><thead><tr>'
            f'<th scope="col">Item</th><th scope="col">Charge</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>"
        )

    def sms_options(self) -> str:
        out: list[str] = []
        for opt in self.coverage.sms_options:
            out += [
                f"### {opt.title} {{#{opt.id}}}",
                "",
                f"**When:** {opt.when}.",
                "",
                opt.action,
                "",
            ]
        return "\n".join(out)

    def sources_list(self) -> str:
        out = []
        for src in self.coverage.sources:
            status = "" if src.verified else " *(unconfirmed)*"
            out.append(f"- {cite(src)}{status}: {escape(src.note)}")
        return "\n".join(out)

    def _region_country_options(self) -> str:
        """<option>s for every country of the regions, by name: the checkers' country lists."""
        members = sorted(
            {iso for r in self.coverage.regions for iso in r.members},
            key=lambda iso: country_name(iso),
        )
        return "".join(
            f'<option value="{iso}">{escape(country_name(iso))}</option>' for iso in members
        )

    def limits(self) -> str:
        return f"{eligibility.MAX_ENTRIES:,} numbers and {eligibility.MAX_INPUT_CHARS:,} characters"

    def eligibility_checker(self) -> str:
        options = self._region_country_options()
        hint = text("ui.numbers.hint", limit=f"{eligibility.MAX_ENTRIES:,}")
        return _one_line(f"""
            <div class="checker" data-checker="eligibility" hidden
             data-manual-link="{self.section_href("email-support")}"
             data-max-chars="{eligibility.MAX_INPUT_CHARS}"
             data-max-entries="{eligibility.MAX_ENTRIES}">
            <form class="checker-form" novalidate>
            <div class="field">
            <label for="elig-numbers">{escape(text("ui.numbers.label"))}</label>
            <p class="hint" id="elig-numbers-hint">{escape(hint)}</p>
            <p class="field-error" id="elig-numbers-error" hidden></p>
            <textarea id="elig-numbers" name="numbers" rows="8" spellcheck="false"
             autocomplete="off" aria-describedby="elig-numbers-hint"></textarea>
            </div>
            <div class="field">
            <label for="elig-country">{escape(text("ui.country.label"))}</label>
            <select id="elig-country" name="country">
            <option value="">{escape(text("ui.country.none"))}</option>{options}</select>
            </div>
            <div class="field">
            <label for="elig-file">{escape(text("ui.file.label"))}</label>
            <input type="file" id="elig-file" accept=".csv,.txt,.tsv,text/csv,text/plain">
            </div>
            <button type="submit" class="md-button md-button--primary">
            {escape(text("ui.submit"))}</button>
            </form>
            <p class="checker-status" role="status" aria-live="polite"></p>
            <div class="checker-results" aria-live="polite"></div>
            </div>
        """)
