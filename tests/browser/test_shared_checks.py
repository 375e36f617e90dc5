"""Shareable checks: inputs in the URL fragment round-trip; hostile ones are inert."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser
BOOT = 90_000


def test_eligibility_link_round_trips(page: Page, base_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(base_url + "eligibility/")
    page.get_by_label("Phone numbers").fill("020 7946 0000\n+33 1 42 68 53 00")
    page.get_by_label("Country of numbers written without a country code").select_option("GB")
    page.get_by_role("button", name="Check numbers").click()
    page.locator("tr[data-verdict]").first.wait_for(timeout=BOOT)
    page.get_by_role("button", name="Copy link to this check").click()
    link = page.evaluate("navigator.clipboard.readText()")
    assert urlsplit(link).fragment.startswith("check=eligibility&")
    assert page.url == link

    other = page.context.new_page()
    other.goto(link)
    rows = other.locator("tr[data-verdict]")
    rows.first.wait_for(timeout=BOOT)
    assert rows.evaluate_all("rs => rs.map(r => r.dataset.e164)") == [
        "+442079460000",
        "+33142685300",
    ]
    assert other.get_by_label("Phone numbers").input_value() == "020 7946 0000\n+33 1 42 68 53 00"
    other.close()

    page.get_by_role("button", name="Remove the link from the address bar").click()
    assert urlsplit(page.url).fragment == ""


@pytest.mark.parametrize(
    "fragment",
    [
        "check=eligibility&numbers=%2B33142685300&run=alert(1)",
        "check=eligibility&country=%3Cscript%3E&numbers=1",
        "check=eligibility&numbers=1&numbers=2",
        "check=eligibility&country=ZZ&numbers=%2B33142685300",
    ],
)
def test_hostile_fragments_run_nothing(page: Page, base_url: str, fragment: str) -> None:
    page.goto(f"{base_url}eligibility/#{fragment}")
    expect(page.locator(".checker-status")).to_contain_text(
        "This link to a check could not be used", timeout=BOOT
    )
    page.wait_for_timeout(500)
    assert page.locator("tr[data-verdict]").count() == 0
    assert page.get_by_label("Phone numbers").input_value() == ""


def test_markup_in_a_shared_list_stays_text(page: Page, base_url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(
        f"{base_url}eligibility/#check=eligibility&numbers=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"
    )
    page.locator("tr[data-verdict]").first.wait_for(timeout=BOOT)
    assert page.locator(".checker-results img").count() == 0
    assert dialogs == []


def test_an_ordinary_anchor_is_not_a_shared_check(page: Page, base_url: str) -> None:
    page.goto(base_url + "eligibility/#email-support")
    page.wait_for_timeout(500)
    assert "could not be used" not in page.locator(".checker-status").inner_text()


def test_loa_link_round_trips(page: Page, base_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(base_url + "loa/")
    page.get_by_label("Country of the numbers").select_option("GB")
    page.get_by_label("Your order").fill("+44 20 7946 0000\tLondon\tBT")
    page.get_by_role("button", name="Check the LOA").click()
    expect(page.locator(".checker-status")).to_contain_text("Checked:", timeout=BOOT)
    problems = page.locator(".error-summary__list li").all_inner_texts()
    page.get_by_role("button", name="Copy link to this check").click()
    link = page.evaluate("navigator.clipboard.readText()")
    assert urlsplit(link).fragment.startswith("check=loa&state=")

    other = page.context.new_page()
    other.goto(link)
    expect(other.locator(".checker-status")).to_contain_text("Checked:", timeout=BOOT)
    assert other.get_by_label("Your order").input_value() == "+44 20 7946 0000\tLondon\tBT"
    assert other.locator(".error-summary__list li").all_inner_texts() == problems
    other.close()


@pytest.mark.parametrize(
    "fragment",
    ["check=loa&state=%7Bnope", "check=loa&state=%5B1%5D", "check=loa&state=1&x=2"],
)
def test_hostile_loa_fragments_run_nothing(page: Page, base_url: str, fragment: str) -> None:
    page.goto(f"{base_url}loa/#{fragment}")
    expect(page.locator(".checker-status")).to_contain_text(
        "This link to a check could not be used"
    )
    page.wait_for_timeout(500)
    assert page.locator(".error-summary__list li").count() == 0


def test_timeline_link_can_be_removed_from_the_address_bar(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}timeline/#received=2026-12-04T16:30&tz=Europe/Madrid&sms=none")
    expect(page.locator(".checker-results li").first).to_be_visible(timeout=BOOT)
    assert urlsplit(page.url).fragment.startswith("received=")
    page.get_by_role("button", name="Remove the link from the address bar").click()
    assert urlsplit(page.url).fragment == ""
    expect(page.locator(".checker-results li").first).to_be_visible()
