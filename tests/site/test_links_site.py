"""The anchor registry against the built site: every published id is where
the record says, and every short link points there."""

from __future__ import annotations

import re

from checks.datafile import DEFAULT_LINKS, load_links
from checks.links import parse_published
from checks.records import Coverage
from macros.links import link_url, page_url
from tests.support.paths import SITE


def html_of(page: str) -> str:
    return (SITE / page_url(page) / "index.html").read_text(encoding="utf-8")


def test_every_published_id_resolves_in_the_built_site(coverage: Coverage) -> None:
    registry = load_links(coverage)
    published = parse_published(DEFAULT_LINKS.with_name("published-anchors.txt").read_text())
    assert published, "the record is empty"
    for link_id, page in published:
        target = registry.target(link_id)
        assert target is not None, link_id
        assert f'id="{target.id}"' in html_of(target.page), f"{link_id}: not on {target.page}"
        go = (SITE / "go" / link_id / "index.html").read_text(encoding="utf-8")
        assert f'url=../../{link_url(target)}"' in go
        assert f'<a href="../../{link_url(target)}">' in go


def test_steps_and_sections_carry_a_copy_button_hook(coverage: Coverage) -> None:
    for sec in coverage.sections:
        assert re.search(rf'<h[1-6][^>]*id="{sec.id}"[^>]*class="linkable"|<h[1-6][^>]*class="linkable"[^>]*id="{sec.id}"', html_of(sec.page)), sec.id


def test_support_page_lists_every_link(coverage: Coverage) -> None:
    registry = load_links(coverage)
    html = html_of("support-links.md")
    for link in registry.links:
        assert f'href="../go/{link.id}/"' in html, link.id
