"""The LOA page as built: the default form from the data, its guidance and the
command line's example, before any script runs."""

from __future__ import annotations

import html
import json
import re

from checks.messages import text
from checks.records import Coverage
from tests.site.test_built_site import page, text_of
from tests.support.paths import ROOT, SITE


def source() -> str:
    return (SITE / "loa" / "index.html").read_text(encoding="utf-8")


def test_the_default_fields_are_on_the_page(coverage: Coverage) -> None:
    built = source()
    ids = page("loa").ids
    for field in coverage.loa.fields:
        assert f"loa-in-{field.id}" in ids, field.id
        assert (f"csr-in-{field.id}" in ids) == field.csr, field.id
        assert f'<label for="loa-in-{field.id}">{html.escape(text(f"loa.field.{field.id}"))}' in (
            built
        )
    # A country's own fields come from the data, in the widget.
    assert "loa-in-rio" not in ids
    assert 'data-checker="loa"' in built
    assert re.search(r'<div class="checker loa-checker" data-checker="loa"[^>]* hidden>', built)


def test_the_guidance_links_to_the_rules() -> None:
    links = [url for tag, attr, url in page("loa").urls if tag == "a" and attr == "href"]
    assert "../forms/#loa-must-match" in links
    assert "../forms/#one-loa-per-location" in links
    assert "../forms/#csr" in links
    words = text_of("loa")
    assert "nothing you type leaves your browser" in words
    assert "Save in this browser" in words
    assert "The checker needs JavaScript" in source()  # in <noscript>


def test_the_command_line_input_is_documented_with_the_example() -> None:
    example = json.loads((ROOT / "data" / "examples" / "loa-example.json").read_text("utf-8"))
    block = re.search(r'<code class="language-json">(.*?)</code>', source(), re.S)
    assert block, "the example is not in a JSON code block"
    shown = html.unescape(re.sub(r"<[^>]+>", "", block.group(1)))
    assert json.loads(shown) == example
    words = text_of("loa")
    assert "python -m checks loa --json FILE" in words
    for key in ("country", "numbers", "loa", "csr", "left-on-account", "word-order"):
        assert key in words


def test_every_country_with_rules_has_its_section(coverage: Coverage) -> None:
    ids = page("loa").ids
    for country in coverage.loa.countries:
        assert f"loa-{country.iso.lower()}" in ids
