"""Macros of the LOA page: the checker's form (the default fields, rendered from
the data; the widget adds a country's own fields), the requirements by country,
and the command line's example input.

Texts come from checks.messages; everything from the data is HTML-escaped.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from checks import loa
from checks.messages import country_name, table, text
from checks.records import LoaField, LoaRule
from macros.render import Pages, UnknownId, _attr, _one_line, cite

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"


def field_ids(field: LoaField) -> tuple[str, str]:
    """The ids of a field's LOA and CSR inputs (the widget uses the same)."""
    return f"loa-in-{field.id}", f"csr-in-{field.id}"


def _optional_text(key: str, **fields: object) -> str:
    """A text that only some fields have: "" when the table has none."""
    return text(key, **fields) if key in table() else ""


def _control(field: LoaField, side: str, control_id: str, described: str) -> str:
    name = f"{side}.{field.id}"
    common = f'id="{control_id}" name="{_attr(name)}" autocomplete="off" spellcheck="false"'
    if described:
        common += f' aria-describedby="{_attr(described)}"'

    if field.kind == "numbers":
        return f'<textarea {common} rows="4"></textarea>'
    kind = "tel" if field.kind == "phone" else "text"
    return f'<input type="{kind}" {common}>'


def field_row(field: LoaField) -> str:
    """One field: the LOA's input, and beside it the CSR's (when the CSR has it)."""
    loa_id, csr_id = field_ids(field)
    label = escape(text(f"loa.field.{field.id}"))
    hints = [
        _optional_text(f"ui.loa.hint.{field.id}"),
        text("ui.loa.hint.length", length=field.length) if field.length else "",
    ]
    hint = " ".join(h for h in hints if h)
    status = (
        f'<span class="badge badge--{field.status}" id="{loa_id}-status">'
        f"{escape(text(f'ui.loa.badge.{field.status}'))}</span>"
    )
    described = " ".join([f"{loa_id}-status", *([f"{loa_id}-hint"] if hint else [])])
    loa_cell = (
        f'<div class="loa-cell loa-cell--loa">'
        f'<label for="{loa_id}">{label}</label> {status}'
        + (f'<p class="hint" id="{loa_id}-hint">{escape(hint)}</p>' if hint else "")
        + f'<div class="field-error" id="{loa_id}-error" hidden></div>'
        + _control(field, "loa", loa_id, described)
        + '<div class="loa-diff" hidden></div></div>'
    )
    if field.csr:
        csr_hint = _optional_text(f"ui.loa.hint.csr.{field.id}")
        csr_cell = (
            f'<div class="loa-cell loa-cell--csr">'
            f'<label for="{csr_id}"><span class="visually-hidden">{label} </span>'
            f"{escape(text('ui.loa.csr.label'))}</label>"
            + (f'<p class="hint" id="{csr_id}-hint">{escape(csr_hint)}</p>' if csr_hint else "")
            + f'<div class="field-error" id="{csr_id}-error" hidden></div>'
            + _control(field, "csr", csr_id, f"{csr_id}-hint" if csr_hint else "")
            + "</div>"
        )
    else:
        csr_cell = (
            '<div class="loa-cell loa-cell--csr loa-cell--none">'
            f"{escape(text('ui.loa.csr.none'))}</div>"
        )
    return (
        f'<div class="loa-row" data-field="{_attr(field.id)}" data-kind="{_attr(field.kind)}">'
        f"{loa_cell}{csr_cell}</div>"
    )


class LoaPages(Pages):
    MACROS = ("loa_checker", "loa_requirements", "loa_example", "loa_limit")

    def loa_limit(self) -> str:
        return f"{loa.MAX_NUMBERS:,}"

    def loa_checker(self) -> str:
        """The form, with the default fields; `hidden` until the widget binds it."""
        options = self._region_country_options()
        fields = self.coverage.loa.fields
        # Numbers last: a country's own fields go before them (the widget inserts them there).
        rows = [field_row(f) for f in fields if f.kind != "numbers"]
        rows += [field_row(f) for f in fields if f.kind == "numbers"]
        limit = self.loa_limit()
        # Lines are joined without spaces: no line break inside a tag.
        most = loa.MAX_NUMBERS
        root = f'class="checker loa-checker" data-checker="loa" data-max-numbers="{most}"'
        root += f' data-manual-link="{self.step_href("return-forms")}"'
        summary = 'class="error-summary" role="alert" tabindex="-1"'
        order = 'id="loa-in-order" name="numbers" rows="6" spellcheck="false" autocomplete="off"'
        return _one_line(f"""
            <div {root} hidden>
            <div {summary} aria-labelledby="loa-summary-title" hidden>
            <h2 id="loa-summary-title">{escape(text("ui.loa.summary.title"))}</h2>
            <ul class="error-summary__list"></ul>
            </div>
            <form class="checker-form loa-form" novalidate>
            <div class="field">
            <label for="loa-in-country">{escape(text("ui.loa.country.label"))}</label>
            <p class="hint" id="loa-in-country-hint">{escape(text("ui.loa.country.hint"))}</p>
            <div class="field-error" id="loa-in-country-error" hidden></div>
            <select id="loa-in-country" name="country" aria-describedby="loa-in-country-hint">
            <option value="">{escape(text("ui.loa.country.none"))}</option>{options}</select>
            </div>
            <div class="field">
            <label for="loa-in-order">{escape(text("ui.loa.order.label"))}</label>
            <p class="hint" id="loa-in-order-hint">{escape(text("ui.loa.order.hint", limit=limit))}
            <br> <code>{escape(text("ui.loa.order.example"))}</code></p>
            <div class="field-error" id="loa-in-order-error" hidden></div>
            <textarea {order} aria-describedby="loa-in-order-hint"></textarea>
            </div>
            <fieldset class="loa-fields" aria-describedby="loa-fields-hint">
            <legend>{escape(text("ui.loa.form.title"))}</legend>
            <p class="hint" id="loa-fields-hint">{escape(text("ui.loa.form.hint"))}</p>
            <div class="loa-grid">
            <div class="loa-head" aria-hidden="true">
            <span>{escape(text("ui.loa.col.loa"))}</span>
            <span>{escape(text("ui.loa.col.csr"))}</span>
            </div>
            {"".join(rows)}
            </div>
            </fieldset>
            <div class="checker-actions">
            <button type="submit" class="md-button md-button--primary">
            {escape(text("ui.loa.submit"))}</button>
            <button type="button" class="md-button" data-action="save">
            {escape(text("ui.loa.save"))}</button>
            <button type="button" class="md-button" data-action="clear">
            {escape(text("ui.loa.clear"))}</button>
            </div>
            </form>
            <p class="checker-status" role="status" aria-live="polite"></p>
            <div class="checker-results loa-results"></div>
            </div>
        """)

    def _rule(self, rule: LoaRule) -> str:
        src = self._source(rule.source)
        return (
            f'<li id="{_attr(rule.id)}"><span class="badge badge--{rule.status}">'
            f"{escape(text(f'ui.loa.badge.{rule.status}'))}</span> {escape(rule.text)}"
            f' <span class="note-source">[{cite(src)}]</span></li>'
        )

    def _fields(self, fields: tuple[LoaField, ...]) -> str:
        return ", ".join(
            f"{escape(text(f'loa.field.{f.id}'))} ({escape(text(f'ui.loa.status.{f.status}'))})"
            for f in fields
        )

    def loa_requirements(self) -> str:
        """What every LOA needs, then what each country adds, each with its source."""
        data = self.coverage.loa
        age = data.signature_max_age
        out = [
            f'<h3 id="loa-everywhere">{escape(text("ui.loa.rules.everywhere"))}</h3>',
            f"<p>{escape(text('ui.loa.rules.fields'))} {self._fields(data.fields)}.</p>",
            '<ul class="loa-rules">',
            *(self._rule(r) for r in data.rules),
            self._age(age.days, age.status, age.source, "loa-signature-age"),
            "</ul>",
        ]
        for country in sorted(data.countries, key=lambda c: country_name(c.iso)):
            name = country_name(country.iso)
            if name == country.iso:
                raise UnknownId(f"No country name for {country.iso!r} (loa.countries)")
            out.append(f'<h3 id="loa-{country.iso.lower()}">{escape(name)}</h3>')
            if country.fields:
                also = escape(text("ui.loa.rules.also"))
                out.append(f"<p>{also} {self._fields(country.fields)}.</p>")
            items = [self._rule(r) for r in country.rules]
            if country.signature_max_age is not None:
                a = country.signature_max_age
                items.append(
                    self._age(a.days, a.status, a.source, f"loa-{country.iso.lower()}-age")
                )
            if country.separate is not None:
                sep = country.separate
                parts = _join_labels([text(f"loa.separate.{g.id}") for g in sep.groups])
                src = self._source(sep.source)
                items.append(
                    f'<li><span class="badge badge--{sep.status}">'
                    f"{escape(text(f'ui.loa.badge.{sep.status}'))}</span>"
                    f" {escape(text('ui.loa.rule.separate', parts=parts))}"
                    f' <span class="note-source">[{cite(src)}]</span></li>'
                )
            out += ['<ul class="loa-rules">', *items, "</ul>"]
        return _one_line("\n".join(out))

    def _age(self, days: int, status: str, source: str, anchor: str) -> str:
        src = self._source(source)
        return (
            f'<li id="{anchor}"><span class="badge badge--{status}">'
            f"{escape(text(f'ui.loa.badge.{status}'))}</span>"
            f" {escape(text('ui.loa.rule.age', days=days))}"
            f' <span class="note-source">[{cite(src)}]</span></li>'
        )

    def loa_example(self, name: str = "loa-example.json") -> str:
        """An example input file of `python -m checks loa`, read at build time."""
        path = EXAMPLES / name
        if not path.is_file():
            raise UnknownId(f"No example file {name!r} in data/examples/")
        content = path.read_text(encoding="utf-8")
        json.loads(content)  # a broken example fails the build
        if "```" in content:
            raise UnknownId(f"data/examples/{name} must not contain a code fence")
        return f"```json\n{content.rstrip()}\n```"


def _join_labels(labels: list[str]) -> str:
    return " and ".join(label.lower() if i else label for i, label in enumerate(labels))
