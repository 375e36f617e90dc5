"""The eligibility checker as a customer meets it, in Chromium."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import Traffic

pytestmark = pytest.mark.browser

NUMBERS = [
    "+33 1 42 68 53 00",
    "0033 1 42 68 53 00",
    "+44 20 7946 0000",
    "+33 6 12 34 56 78",
    "+45 32 12 34 56",
    "+1 212 555 0100",
    "+52 55 1234 5678",
    "not a number",
    "+46 8 123 456 78",
    "<img src=x onerror=alert(1)>",
]
BOOT_TIMEOUT = 90_000  # ms: the runtime boots in a few seconds; the machine is shared


def cli_records(numbers: list[str], country: str | None = None) -> list[dict[str, object]]:
    argv = [sys.executable, "-m", "checks", "eligibility", "--json", "-"]
    if country:
        argv[4:4] = ["--country", country]
    proc = subprocess.run(
        argv, input="\n".join(numbers), capture_output=True, text=True, check=True
    )
    records: list[dict[str, object]] = json.loads(proc.stdout)
    return records


def paste(page: Page, text: str) -> None:
    """What a paste does (Playwright's fill types large texts slowly)."""
    page.get_by_label("Phone numbers").evaluate(
        "(box, text) => { box.value = text; box.dispatchEvent(new Event('input')); }", text
    )


def check(page: Page, numbers: list[str], country: str = "") -> None:
    page.get_by_label("Phone numbers").fill("\n".join(numbers))
    if country:
        page.get_by_label("Country of numbers written without a country code").select_option(
            country
        )
    page.get_by_role("button", name="Check numbers").click()
    page.locator("tr[data-verdict]").first.wait_for(timeout=BOOT_TIMEOUT)


def test_table_matches_the_cli(page: Page, base_url: str) -> None:
    page.goto(base_url + "eligibility/")
    check(page, NUMBERS)
    rows = page.locator("tr[data-verdict]")
    expected = cli_records(NUMBERS)
    expect(rows).to_have_count(len(expected))
    for i, record in enumerate(expected):
        row = rows.nth(i)
        assert row.get_attribute("data-verdict") == record["verdict"]
        assert row.get_attribute("data-e164") == (record["e164"] or "")
        cells = row.locator("td").all_inner_texts()
        assert cells[0] == record["input"]
        assert cells[1] == (record["e164"] or "—")
        assert cells[5] == record["message"]
        assert cells[6] == record["next_step"]
    # Typed markup is shown as text, never run.
    assert page.locator("td", has_text="<img src=x onerror=alert(1)>").count() == 1
    assert page.locator(".checker-results img").count() == 0
    # The person's input is kept.
    assert page.get_by_label("Phone numbers").input_value() == "\n".join(NUMBERS)


def test_results_are_announced_and_summarised(page: Page, base_url: str) -> None:
    page.goto(base_url + "eligibility/")
    assert page.locator(".checker-status[aria-live=polite]").count() == 1
    check(page, ["+33 1 42 68 53 00", "+33 6 12 34 56 78"])
    expect(page.locator(".checker-status")).to_have_text(
        "2 entries checked: 1 eligible, 1 type not portable"
    )


def test_default_country_for_national_numbers(page: Page, base_url: str) -> None:
    page.goto(base_url + "eligibility/")
    check(page, ["020 7946 0000", "0808 157 0000"], country="GB")
    got = page.locator("tr[data-verdict]").evaluate_all("rows => rows.map(r => r.dataset.e164)")
    assert got == [r["e164"] for r in cli_records(["020 7946 0000", "0808 157 0000"], "GB")]


def test_empty_and_oversized_input_get_messages_and_keep_the_text(
    page: Page, base_url: str
) -> None:
    page.goto(base_url + "eligibility/")
    page.get_by_role("button", name="Check numbers").click()
    expect(page.locator("#elig-numbers-error")).to_have_text("Enter at least one phone number.")
    too_many = "\n".join(["+33 1 42 68 53 00"] * 10_001)
    paste(page, too_many)
    page.get_by_role("button", name="Check numbers").click()
    expect(page.locator("#elig-numbers-error")).to_contain_text(
        "The list has 10,001 entries; at most 10,000 can be checked at once.",
        timeout=BOOT_TIMEOUT,
    )
    assert page.get_by_label("Phone numbers").input_value() == too_many


def test_survives_instant_navigation(page: Page, base_url: str) -> None:
    page.goto(base_url + "eligibility/")
    check(page, ["+33 1 42 68 53 00"])
    page.evaluate("window.__sameDocument = true")
    page.get_by_role("link", name="How to port").first.click()
    expect(page).to_have_url(base_url + "procedure/")
    page.get_by_role("link", name="Check your numbers").first.click()
    expect(page).to_have_url(base_url + "eligibility/")
    # Material swapped the content without reloading the page (instant navigation).
    assert page.evaluate("window.__sameDocument === true")
    check(page, ["+46 8 123 456 78"])
    expect(page.locator("tr[data-verdict]")).to_have_count(1)
    assert page.locator("tr[data-verdict]").get_attribute("data-e164") == "+46812345678"


def test_the_typed_list_survives_leaving_and_coming_back(page: Page, base_url: str) -> None:
    page.goto(base_url + "eligibility/")
    box = page.get_by_label("Phone numbers")
    box.fill("+33 1 42 68 53 00\n+49 30 901820")
    page.get_by_label("Country of numbers written without a country code").select_option("DE")
    page.evaluate("window.__sameDocument = true")
    # Away through the navigation, and back with the browser's Back button:
    # instant navigation swaps the content each time.
    page.get_by_role("link", name="Coverage").first.click()
    expect(page).to_have_url(base_url + "coverage/")
    page.go_back()
    expect(page).to_have_url(base_url + "eligibility/")
    assert page.evaluate("window.__sameDocument === true")
    expect(box).to_have_value("+33 1 42 68 53 00\n+49 30 901820")
    expect(page.get_by_label("Country of numbers written without a country code")).to_have_value(
        "DE"
    )
    # The section's own link (shown on hover), then Back.
    page.locator("#email-support").hover()
    page.locator("#email-support a.headerlink").click()
    expect(page).to_have_url(base_url + "eligibility/#email-support")
    page.go_back()
    expect(box).to_have_value("+33 1 42 68 53 00\n+49 30 901820")


STATUS_LOG = """
window.__statuses = [];
new MutationObserver(() => {
  const text = document.querySelector(".checker-status")?.textContent ?? "";
  if (text && window.__statuses.at(-1) !== text) window.__statuses.push(text);
}).observe(document, { childList: true, subtree: true, characterData: true });
"""


def test_a_long_list_shows_progress_and_pages_of_rows(page: Page, base_url: str) -> None:
    page.context.add_init_script(STATUS_LOG)
    numbers = [f"+33 1 42 68 {i // 100:02d} {i % 100:02d}" for i in range(1_200)]
    expected = cli_records(numbers)
    page.goto(base_url + "eligibility/")
    expect(page.locator("html")).to_have_attribute("data-runtime", "ready", timeout=BOOT_TIMEOUT)
    paste(page, "\n".join(numbers))
    page.get_by_role("button", name="Check numbers").click()
    expect(page.locator(".checker-status")).to_contain_text("1200 entries checked")
    statuses = page.evaluate("window.__statuses")
    assert "Checking… 500 of 1,200 entries done." in statuses
    assert "Checking… 1,000 of 1,200 entries done." in statuses
    rows = page.locator("tr[data-verdict]")
    pager = page.get_by_role("navigation", name="Pages of results")
    previous = pager.get_by_role("button", name="Previous rows")
    following = pager.get_by_role("button", name="Next rows")
    for start, count in ((0, 500), (500, 500), (1_000, 200)):
        expect(rows).to_have_count(count)
        expect(pager).to_contain_text(f"Rows {start + 1:,} to {start + count:,} of 1,200.")
        shown = rows.evaluate_all("rs => rs.map(r => r.dataset.e164)")
        assert shown == [r["e164"] for r in expected[start : start + count]]
        if start == 0:
            expect(previous).to_be_disabled()
        else:
            expect(previous).to_be_enabled()
        if start + count < 1_200:
            following.click()
    expect(following).to_be_disabled()
    previous.click()
    expect(pager).to_contain_text("Rows 501 to 1,000 of 1,200.")


def test_csv_download_and_email_text(page: Page, base_url: str) -> None:
    page.goto(base_url + "eligibility/")
    check(page, ["+33 1 42 68 53 00", "=cmd|' /C calc'!A0"])
    with page.expect_download() as info:
        page.get_by_role("button", name="Download CSV").click()
    path = info.value.path()
    content = path.read_text(encoding="utf-8-sig")
    lines = content.splitlines()
    assert lines[0] == "position,input,e164,region,type,verdict,reason,message,next_step"
    assert lines[2].startswith("2,'=cmd|")
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_role("button", name="Copy email text for support").click()
    expect(page.locator(".checker-copied")).to_have_text("Copied to the clipboard.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Porting: verification of 2 numbers")
    assert "+33142685300" in copied


RUNTIME_FILES = (
    "/assets/pyodide/",
    "/assets/runtime/",
    "/assets/wheels/",
    "/worker.mjs",
    "/preboot.js",
)


def test_every_page_loads_without_leaving_the_machine(
    page: Page, base_url: str, traffic: Traffic
) -> None:
    for path in ["", "coverage/", "procedure/", "forms/", "fees-and-sms/", "sources/"]:
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    # Guidance pages never download the runtime, nor the script that starts it.
    assert traffic.requests
    assert not [u for u in traffic.requests if any(f in u for f in RUNTIME_FILES)]


def test_a_checker_page_starts_one_worker(page: Page, base_url: str, traffic: Traffic) -> None:
    """One worker per tab, started on the first page with a checker."""
    page.goto(base_url + "eligibility/")
    expect(page.locator("html")).to_have_attribute("data-runtime", "ready", timeout=BOOT_TIMEOUT)
    assert sum(u.endswith("/assets/js/worker.mjs") for u in traffic.requests) == 1
    assert [w.url for w in page.workers if w.url.endswith("/worker.mjs")] == [
        base_url + "assets/js/worker.mjs"
    ]
    paste(page, "+33 1 42 68 53 00")
    page.get_by_role("button", name="Check numbers").click()
    expect(page.locator("tr[data-verdict]")).to_have_count(1)


def test_a_link_with_a_check_starts_the_runtime_from_the_head(
    page: Page, base_url: str, traffic: Traffic
) -> None:
    """preboot.js: a shared check starts the worker before the widgets load
    (here they never do); the same page opened plainly waits for them."""
    page.context.route("**/assets/js/app.mjs", lambda route: None)  # never answered
    page.goto(base_url + "eligibility/", wait_until="commit")  # it never loads
    page.wait_for_timeout(1500)
    assert not [u for u in traffic.requests if u.endswith("/worker.mjs")]

    link = base_url + "eligibility/#check=eligibility&numbers=%2B33%201%2042%2068%2053%2000"
    page.goto("about:blank")  # a new load, not a move to a fragment of the same page
    with page.expect_request("**/assets/js/worker.mjs"):
        page.goto(link, wait_until="commit")
    page.context.unroute("**/assets/js/app.mjs")
    page.reload()  # the widgets load now, take the early worker over, and check
    expect(page.locator("tr[data-verdict]")).to_have_count(1, timeout=BOOT_TIMEOUT)
    assert sum(u.endswith("/assets/js/worker.mjs") for u in traffic.requests) == 2  # one per load


def test_coverage_table_filters(page: Page, base_url: str) -> None:
    page.goto(base_url + "coverage/")
    rows = page.locator(".coverage-table tbody tr")
    total = rows.count()
    page.get_by_label("Region").select_option("LATAM")
    visible = page.locator(".coverage-table tbody tr:visible")
    assert 0 < visible.count() < total
    assert set(visible.evaluate_all("rs => rs.map(r => r.dataset.region)")) == {"LATAM"}
    page.get_by_label("Region").select_option("")
    page.get_by_label("Search by country").fill("fra")
    expect(visible).to_have_count(1)
    expect(visible.first).to_have_attribute("id", "country-fr")


def test_without_javascript_the_page_still_helps(browser: Browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "eligibility/")
    expect(page.locator("[data-checker]")).to_be_hidden()
    expect(page.locator("#email-support")).to_be_visible()
    page.goto(base_url + "coverage/")
    expect(page.locator("#country-fr")).to_be_visible()
    context.close()
