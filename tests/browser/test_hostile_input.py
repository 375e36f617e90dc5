"""Hostile input through the eligibility checker: nothing executes, the page
stays responsive, over-limit input is refused at once, input is never lost."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Route, expect

from checks.eligibility import split_entries

pytestmark = pytest.mark.browser
BOOT = 90_000

PAYLOADS = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(document.domain)>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    '=HYPERLINK("http://evil.example/","click")',
    "+33 1 42 68 53 00\u202e00 35 86 24 1 33+",
    "\u200f+33\u200e 1 42 68 53 01",
    "\x00\x07\x1b[31m+44 20 7946 0000",
    "{{ 7 * 7 }}",
]


def paste(page: Page, text: str) -> None:
    page.get_by_label("Phone numbers").evaluate(
        "(box, text) => { box.value = text; box.dispatchEvent(new Event('input')); }", text
    )


def test_payloads_render_as_inert_text(page: Page, base_url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(base_url + "eligibility/")
    paste(page, "\n".join(PAYLOADS))
    page.get_by_role("button", name="Check numbers").click()
    page.locator("tr[data-verdict]").first.wait_for(timeout=BOOT)
    cells = page.locator("tr[data-verdict] td:first-child").all_text_contents()
    assert cells == split_entries("\n".join(PAYLOADS))
    results = page.locator(".checker-results")
    assert results.locator("script, img, svg, iframe, a[href^='javascript']").count() == 0
    assert dialogs == []
    assert page.evaluate("1 + 1") == 2


def block_runtime(route: Route) -> None:
    route.abort()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("9" * 1_048_576, "The list is too long to check at once: 1,048,576 characters"),
        ("\n".join(["1"] * 100_000), "The list has 100,000 entries"),
    ],
)
def test_over_the_limit_is_refused_without_the_runtime(
    page: Page, base_url: str, text: str, message: str
) -> None:
    # The limit holds even before (or without) the runtime: block the worker.
    page.route("**/assets/js/worker.mjs", block_runtime)
    page.goto(base_url + "eligibility/")
    paste(page, text)
    page.get_by_role("button", name="Check numbers").click()
    expect(page.locator("#elig-numbers-error")).to_contain_text(message, timeout=5_000)
    assert page.get_by_label("Phone numbers").input_value() == text
    assert page.evaluate("1 + 1") == 2


def test_a_file_with_binary_junk_and_bad_utf8_is_read_and_checked(
    page: Page, base_url: str
) -> None:
    page.goto(base_url + "eligibility/")
    # The widget is shown once its handlers are bound.
    expect(page.locator('[data-checker="eligibility"]')).to_be_visible()
    content = b"+33 1 42 68 53 00\n\xff\xfe\x00\x01junk\n\xc3\x28+44 20 7946 0000\n"
    page.get_by_label("Or read the numbers from a file").set_input_files(
        {"name": "export.csv", "mimeType": "text/csv", "buffer": content}
    )
    box = page.get_by_label("Phone numbers")
    expect(box).to_have_value(content.decode("utf-8", errors="replace"))
    page.get_by_role("button", name="Check numbers").click()
    rows = page.locator("tr[data-verdict]")
    rows.first.wait_for(timeout=BOOT)
    assert rows.first.get_attribute("data-e164") == "+33142685300"
    assert rows.count() == 3
