"""axe (WCAG 2.1 A and AA) on every page, light and dark, with checker
results shown; the eligibility checker works by keyboard alone."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.support.paths import SITE

pytestmark = pytest.mark.browser

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
PAGES = sorted(
    str(p.parent.relative_to(SITE)).replace(".", "") + "/"
    for p in SITE.rglob("index.html")
    if p.relative_to(SITE).parts[0] != "go"
)
BOOT = 90_000
axe = Axe()


def violations(page: Page) -> list[str]:
    results = axe.run(page, options=WCAG_AA)
    return [
        f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_no_wcag_aa_violation(page: Page, base_url: str, path: str, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.goto(base_url + path.lstrip("/"))
    page.wait_for_load_state("networkidle")
    if path == "eligibility/":
        page.get_by_label("Phone numbers").fill(
            "+33 1 42 68 53 00\n+44 20 7946 0000\nhello\n+1 212 555 0100"
        )
        page.get_by_role("button", name="Check numbers").click()
        page.locator("tr[data-verdict]").first.wait_for(timeout=BOOT)
    assert violations(page) == []


def test_eligibility_by_keyboard_alone(page: Page, base_url: str) -> None:
    page.goto(base_url + "eligibility/")
    box = page.get_by_label("Phone numbers")
    # Tab from the top of the content to the text box.
    page.locator("#check-numbers").focus()
    for _ in range(40):
        page.keyboard.press("Tab")
        if box.evaluate("el => el === document.activeElement"):
            break
    assert box.evaluate("el => el === document.activeElement"), (
        "the text box is not reachable by Tab"
    )
    page.keyboard.type("+33 1 42 68 53 00")
    page.keyboard.press("Tab")  # country select
    page.keyboard.press("Tab")  # file input
    page.keyboard.press("Tab")  # the button
    expect(page.get_by_role("button", name="Check numbers")).to_be_focused()
    page.keyboard.press("Enter")
    row = page.locator("tr[data-verdict]")
    row.first.wait_for(timeout=BOOT)
    assert row.get_attribute("data-verdict") == "eligible"
