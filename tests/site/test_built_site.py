"""The built site, read as files: facts, anchors, origins, runtime files."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import phonenumbers
import pytest

from checks.records import Coverage

from tests.support.paths import ROOT, SITE
# Links may go to Genesys articles (the source page and its siblings) only.
GENESYS = re.compile(r"^https://([a-z]{2}-)?help\.mypurecloud\.com/")
SITE_URL = "http://127.0.0.1:8000/"


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.urls: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.text: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        for name in ("href", "src", "action", "poster", "data"):
            if values.get(name):
                self.urls.append((tag, name, values[name] or ""))
        if tag == "script":
            self.scripts.append(values)
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def page(name: str) -> Page:
    path = SITE / name / "index.html" if name else SITE / "index.html"
    assert path.is_file(), f"{path} is missing: build the site first (make build)"
    parsed = Page()
    parsed.feed(path.read_text(encoding="utf-8"))
    return parsed


def text_of(name: str) -> str:
    return re.sub(r"\s+", " ", " ".join(page(name).text))


PAGES = ["", "eligibility", "coverage", "procedure", "forms", "fees-and-sms", "sources"]


def all_text() -> str:
    return " ".join(text_of(p) for p in PAGES)


# Every fact of the source page (../shared/seed), as the site words it.
FACTS = {
    "coverage depends on carrier agreements": ["agreements Genesys has with carriers"],
    "not guaranteed": ["no port is guaranteed"],
    "listed countries should be able to port DID and toll-free": [
        "EMEA or Latin America part of the Genesys Cloud Voice global coverage article",
        "DID and toll-free numbers",
    ],
    "submit the list for verification first": ["ask them to verify it before you request the port"],
    "porting form and LOA from support": [
        "Genesys Cloud Voice Number Porting form",
        "Letter of Authorization (LOA)",
    ],
    "LOA must match exactly, per location": ["identical", "for that location"],
    "CSR, aka Services and Equipment list, as the official record": [
        "Customer Service Record (CSR)",
        "Services and Equipment",
        "official record",
    ],
    "one LOA per location or carrier": ["one LOA per location", "one per carrier"],
    "no porting fee": ["Porting itself is free", "No fee"],
    "NRC, MRC and usage once ported": [
        "non-recurring charge (NRC)",
        "monthly recurring charge (MRC)",
        "usage fees",
    ],
    "pricing article": ["Genesys Cloud Voice pricing"],
    "SMS not transferred and likely disrupted": ["is not moved with them", "probably interrupt"],
    "SMS port: reply all to the confirmation": ["Reply All", "port submission confirmation email"],
    "SMS keep: carrier reconnects after the voice port": [
        "After the voice port is complete",
        "reconnect the SMS service",
    ],
    "step 1: request the forms by email": ["Step 1: Ask support for the forms"],
    "step 2: send the forms back": ["Step 2: Send the completed forms back"],
    "ticket created automatically": ["automatically opens a support ticket"],
    "business hours M-F 8-5 Eastern": ["Monday to Friday", "08:00 to 17:00 US Eastern time"],
    "processed within 24 hours of receipt": ["within 24 hours of receipt"],
    "up to 10 days to confirm the port date": ["can take up to 10 days"],
    "step 3: forwarding, optional": ["Step 3: Set up and remove call forwarding (optional)"],
    "forward after provisioning": [
        "provisioned numbers from Genesys Cloud Voice",
        "forward the numbers you are porting",
    ],
    "remove forwarding after the port": ["unassign and disconnect the forwarding"],
}


@pytest.mark.parametrize("fact", FACTS)
def test_every_source_fact_is_on_the_site(fact: str) -> None:
    text = all_text()
    for phrase in FACTS[fact]:
        assert phrase in text, f"{fact}: {phrase!r} is not on the site"


def test_every_anchor_from_the_data_is_on_its_page(coverage: Coverage) -> None:
    expected: dict[str, set[str]] = {}
    for sec in coverage.sections:
        expected.setdefault(sec.page, set()).add(sec.id)
    expected.setdefault("procedure.md", set()).update(st.id for st in coverage.all_steps())
    expected.setdefault("fees-and-sms.md", set()).update(f.id for f in coverage.fees)
    expected["fees-and-sms.md"].update(o.id for o in coverage.sms_options)
    expected.setdefault("coverage.md", set()).update(c.anchor for c in coverage.countries)
    for md, ids in expected.items():
        name = "" if md == "index.md" else md.removesuffix(".md")
        missing = ids - page(name).ids
        assert not missing, f"{md}: anchors {sorted(missing)} missing"


def test_no_url_to_another_origin() -> None:
    offenders = []
    for html in SITE.rglob("*.html"):
        parsed = Page()
        parsed.feed(html.read_text(encoding="utf-8"))
        for tag, attr, url in parsed.urls:
            if not re.match(r"^[a-z][a-z0-9+.-]*:", url) or url.startswith(SITE_URL):
                continue  # relative to the site, or the canonical address
            if tag == "a" and attr == "href" and (GENESYS.match(url) or url.startswith("mailto:")):
                continue
            offenders.append(f"{html.relative_to(SITE)}: <{tag} {attr}={url}>")
    for css in SITE.rglob("*.css"):
        for url in re.findall(r"url\(\s*['\"]?(https?:[^'\")]+)", css.read_text(encoding="utf-8")):
            offenders.append(f"{css.relative_to(SITE)}: url({url})")
    assert not offenders


def test_no_inline_scripts_so_the_strict_csp_holds() -> None:
    for html in SITE.rglob("*.html"):
        parsed = Page()
        source = html.read_text(encoding="utf-8")
        parsed.feed(source)
        for script in parsed.scripts:
            executable = script.get("type") in (None, "module", "text/javascript")
            assert not executable or script.get("src"), f"{html}: inline script"
        assert " style=" not in source, f"{html}: inline style attribute"
        assert not re.search(r" on[a-z]+=", source), f"{html}: inline event handler"


def themed_pages() -> Iterator[tuple[Path, str]]:
    """Every page the theme renders, with its HTML (not the short links'
    redirect stubs)."""
    for html in SITE.rglob("*.html"):
        source = html.read_text(encoding="utf-8")
        if "<header" in source:
            yield html, source


def test_every_page_has_our_scheme_toggle_not_the_themes() -> None:
    """The theme's bundle would mount its own palette (three restyles of the
    whole page on every load); palette.js runs ours, before the first paint."""
    for html, source in themed_pages():
        assert 'data-md-component="palette"' not in source, html
        toggle = source.index("<form class=\"md-header__option\" data-palette>")
        script = re.search(r'<script src="[^"]*assets/js/palette\.js"></script>', source)
        assert script and script.start() > toggle, f"{html}: palette.js must follow the toggle"


def test_every_page_starts_the_theme_after_its_first_paint() -> None:
    """Material's bundle is started by theme-late.js, never as a script of the
    page (a deferred one ran before the article's first paint)."""
    for html, source in themed_pages():
        loader = re.findall(r'<script src="[^"]*assets/js/theme-late\.js" data-bundle="([^"]+)" defer>', source)
        assert len(loader) == 1, f"{html}: theme-late.js once"
        src = loader[0]  # the 404 page's addresses are from the root
        bundle = (SITE / src.lstrip("/") if src.startswith("/") else html.parent / src).resolve()
        assert bundle.is_file() and bundle.name.startswith("bundle."), f"{html}: {bundle}"
        assert not re.search(r'<script src="[^"]*assets/javascripts/bundle\.', source), html


def test_unconfirmed_countries_are_shown_as_such(coverage: Coverage) -> None:
    html = (SITE / "coverage" / "index.html").read_text(encoding="utf-8")
    for c in coverage.countries:
        row = re.search(rf'<tr id="{c.anchor}".*?</tr>', html, re.S)
        assert row, c.iso
        assert ("unconfirmed: verify first" in row.group(0)) == (not c.confirmed), c.iso


def test_the_site_never_promises_a_port() -> None:
    text = all_text().lower()
    for match in re.finditer(r"guarantee", text):
        before = text[max(0, match.start() - 20) : match.start()]
        assert re.search(r"\b(not|no|never)\b", before), text[match.start() - 40 : match.end()]
    assert "will be ported" not in text


def test_the_runtime_is_self_hosted() -> None:
    assets = SITE / "assets"
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"):
        assert (assets / "pyodide" / name).is_file()
    wheels = sorted(p.name for p in (assets / "wheels").rglob("*.whl"))
    assert [w.split("-")[0] for w in wheels] == ["phonenumbers", "porting_checks", "tzdata"]
    assert (assets / "data" / "coverage.json").is_file()


def test_the_worker_warms_up_on_every_region_the_guides_countries_first(
    coverage: Coverage,
) -> None:
    """runtime.json `warm_up`: the numbers the worker checks in the background,
    so that no region's patterns are compiled on a customer's first check."""
    warm_up = json.loads((SITE / "assets" / "data" / "runtime.json").read_text("utf-8"))["warm_up"]
    regions = [phonenumbers.region_code_for_number(phonenumbers.parse(n)) for n in warm_up]
    ours = [country.iso for country in coverage.countries]
    assert list(dict.fromkeys(regions))[: len(ours)] == ours
    fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL
    for region in phonenumbers.SUPPORTED_REGIONS:
        example = phonenumbers.example_number(region)
        assert example is None or phonenumbers.format_number(example, fmt) in warm_up, region
    assert len(warm_up) == len(set(warm_up))


def test_guidance_pages_do_not_reference_the_runtime() -> None:
    for name in ("", "procedure", "forms", "fees-and-sms", "coverage", "sources"):
        html = (SITE / name / "index.html").read_text(encoding="utf-8")
        assert "pyodide" not in html.lower()
        assert "data-checker" not in html


def test_checker_page_works_without_javascript_as_a_page() -> None:
    text = text_of("eligibility")
    assert "Send the list to support instead" in text
    assert "coverage table" in text


@pytest.mark.parametrize(
    ("name", "checker"),
    [("eligibility", "eligibility"), ("loa", "loa"), ("timeline", "timeline")],
)
def test_each_checker_links_to_its_manual_route(name: str, checker: str) -> None:
    """The failure panel's link (data-manual-link) reaches an anchor that exists."""
    html = (SITE / name / "index.html").read_text(encoding="utf-8")
    found = re.search(rf'data-checker="{checker}"[^>]*data-manual-link="([^"]+)"', html)
    assert found, f"{name}: no data-manual-link on the checker"
    path, _, anchor = found.group(1).partition("#")
    target = (SITE / name / path).resolve().relative_to(SITE.resolve())
    assert anchor in page(str(target).removeprefix(".")).ids
