"""Short links, copy-link buttons and the support page, in Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from checks.datafile import load_links
from checks.records import Coverage
from macros.links import link_url

pytestmark = pytest.mark.browser


def test_every_short_link_lands_on_its_anchor(
    page: Page, base_url: str, coverage: Coverage
) -> None:
    registry = load_links(coverage)
    for link in registry.links:
        page.goto(f"{base_url}go/{link.id}/")
        page.wait_for_url(base_url + link_url(link))
        expect(page.locator(f"[id='{link.id}']")).to_be_attached()


def test_copy_link_writes_the_canonical_url_of_that_place(page: Page, base_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(base_url + "procedure/")
    button = page.get_by_role("button", name="Copy link to “Step 2: Send the completed forms back”")
    button.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#return-forms .copy-note")).to_have_text("Link copied")
    assert page.evaluate("navigator.clipboard.readText()") == base_url + "procedure/#return-forms"


def test_support_page_copies_short_links(page: Page, base_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(base_url + "support-links/")
    page.get_by_role("button", name="Copy short link: /go/return-forms/").click()
    assert page.evaluate("navigator.clipboard.readText()") == base_url + "go/return-forms/"
    page.get_by_role("button", name="Copy link: Send the completed forms back").click()
    assert page.evaluate("navigator.clipboard.readText()") == base_url + "procedure/#return-forms"
