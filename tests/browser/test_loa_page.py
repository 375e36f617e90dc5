"""The LOA checker as a customer meets it, in Chromium: the form by its labels,
the error summary and its links, the messages beside the fields, the
highlighted differences, the LOAs to prepare, the checklist, saving and
clearing, and the same problems as the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Locator, Page, expect

from checks.messages import text
from tests.support.pasting import paste

pytestmark = pytest.mark.browser

BOOT_TIMEOUT = 90_000  # ms: the runtime boots in a few seconds; the machine is shared
STORAGE_KEY = "porting-guide:loa-checker:v1"
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}

# A two-location order with a partial port and the rejection reasons providers
# publish: an abbreviated name, an abbreviated street, a reformatted account
# number, another PIN, an LOA that mixes locations, a number left on the account.
ORDER = [
    ("020 7946 0000", "London, Baker Street", "BT"),
    ("020 7946 0001", "London, Baker Street", "BT"),
    ("0808 157 0000", "London, Baker Street", "BT"),
    ("0113 496 0000", "Leeds, Park Row", "Virgin Media"),
    ("0113 496 0001", "Leeds, Park Row", "Virgin Media"),
]
LOA = {
    "end_user_name": "Example Trading Ltd",
    "service_address": "14 Baker St, London NW1 6XE",
    "billing_number": "020 7946 0000",
    "account_number": "AC-55501",
    "pin": "1234",
    "carrier": "BT",
    "signer_name": "Sam Taylor",
    "signer_title": "Director",
    "numbers": "020 7946 0000\n020 7946 0001\n0808 157 0000\n0113 496 0000",
}
CSR = {
    "end_user_name": "Example Trading Limited",
    "service_address": "14 Baker Street, London NW1 6XE",
    "billing_number": "+44 20 7946 0000",
    "account_number": "AC55501",
    "pin": "4321",
    "carrier": "BT",
    "numbers": "+44 20 7946 0000\n+44 20 7946 0001\n+44 20 7946 0002\n+44 808 157 0000",
}


def label(field: str) -> str:
    return text(f"loa.field.{field}")


def loa_input(page: Page, field: str) -> Locator:
    return page.get_by_label(label(field), exact=True)


def csr_input(page: Page, field: str) -> Locator:
    return page.get_by_label(f"{label(field)} On the CSR", exact=True)


def browser_today(page: Page) -> str:
    today: str = page.evaluate(
        "(() => { const d = new Date(), p = (n) => String(n).padStart(2, '0');"
        " return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`; })()"
    )
    return today


def days_before(today: str, days: int) -> str:
    import datetime as dt

    return (dt.date.fromisoformat(today) - dt.timedelta(days=days)).isoformat()


def open_checker(page: Page, base_url: str) -> None:
    page.goto(base_url + "loa/")
    expect(page.locator('[data-checker="loa"]')).to_be_visible()


def fill(
    page: Page,
    country: str,
    order: list[tuple[str, str, str]],
    loa: dict[str, str],
    csr: dict[str, str],
) -> None:
    page.get_by_label("Country of the numbers").select_option(country)
    paste(page.get_by_label("Your order"), "\n".join("\t".join(row) for row in order))
    for field, value in loa.items():
        box = loa_input(page, field)
        if "\n" in value:
            paste(box, value)
        else:
            box.fill(value)
    for field, value in csr.items():
        box = csr_input(page, field)
        if "\n" in value:
            paste(box, value)
        else:
            box.fill(value)


def submit(page: Page) -> None:
    page.get_by_role("button", name="Check the LOA").click()
    expect(page.locator(".checker-status")).to_contain_text("Checked:", timeout=BOOT_TIMEOUT)


def cli(tmp_path: Path, request: dict[str, Any], today: str) -> dict[str, Any]:
    path = tmp_path / "loa.json"
    path.write_text(json.dumps(request), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "checks", "loa", "--json", "--today", today, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    report: dict[str, Any] = json.loads(proc.stdout)
    return report


def as_request(
    country: str, order: list[tuple[str, str, str]], loa: dict[str, str], csr: dict[str, str]
) -> dict[str, Any]:
    return {
        "country": country,
        "numbers": [{"number": n, "location": loc, "carrier": c} for n, loc, c in order],
        "loa": loa,
        "csr": csr or None,
    }


def summary_entries(page: Page) -> list[dict[str, str]]:
    entries: list[dict[str, str]] = page.locator(".error-summary__list li").evaluate_all(
        """items => items.map(li => ({field: li.dataset.field, code: li.dataset.code,
            hint: li.dataset.hint, message: li.textContent, href: li.querySelector('a').hash}))"""
    )
    return entries


def target_of(problem: dict[str, Any]) -> str:
    if problem["path"].startswith("csr."):
        return f"csr-in-{problem['field']}"
    if problem["path"].startswith("loa."):
        return f"loa-in-{problem['field']}"
    return "loa-in-order"


def test_the_summary_the_fields_and_the_groups_agree_with_the_cli(
    page: Page, base_url: str, tmp_path: Path
) -> None:
    open_checker(page, base_url)
    today = browser_today(page)
    loa = {**LOA, "signature_date": days_before(today, 10)}
    fill(page, "GB", ORDER, loa, CSR)
    submit(page)

    summary = page.get_by_role("alert")
    expect(summary).to_be_visible()
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(summary).to_be_focused()

    expected = cli(tmp_path, as_request("GB", ORDER, loa, CSR), today)
    got = summary_entries(page)
    assert [(e["field"], e["code"], e["hint"], e["message"]) for e in got] == [
        (p["field"], p["code"], p["hint"] or "", p["message"]) for p in expected["problems"]
    ]
    codes = {(p["field"], p["code"], p["hint"]) for p in expected["problems"]}
    assert {
        ("end_user_name", "mismatch", "abbreviation"),
        ("service_address", "mismatch", "abbreviation"),
        ("account_number", "mismatch", "punctuation"),
        ("pin", "mismatch", "digits"),
        ("numbers", "mixed-group", None),
        ("numbers", "not-on-csr", None),
        ("numbers", "left-on-account", None),
    } <= codes
    # Each message is beside its field too, word for word, and the field says it is wrong.
    for entry, problem in zip(got, expected["problems"], strict=True):
        target = target_of(problem)
        assert entry["href"] == f"#{target}"
        expect(page.locator(f"#{target}-error")).to_contain_text(problem["message"])
        expect(page.locator(f"#{target}")).to_have_attribute("aria-invalid", "true")

    # Following a summary link, with the keyboard, puts the cursor in the field.
    link = summary.get_by_role("link", name=expected["problems"][1]["message"])
    link.focus()
    page.keyboard.press("Enter")
    expect(loa_input(page, "service_address")).to_be_focused()
    summary.get_by_role("link").first.click()
    expect(loa_input(page, "end_user_name")).to_be_focused()

    # Where the LOA and the CSR differ, character by character.
    row = page.locator('.loa-row[data-field="service_address"]')
    expect(row.locator('dd[data-side="loa"]')).to_have_text(loa["service_address"])
    expect(row.locator('dd[data-side="csr"]')).to_have_text(CSR["service_address"])
    assert row.locator("del, mark").count() == 0
    account = page.locator('.loa-row[data-field="account_number"]')
    assert account.locator("del").all_inner_texts() == ["-"]
    for problem in expected["problems"]:
        if problem["code"] != "mismatch":
            continue
        field = problem["field"]
        diff = page.locator(f'.loa-row[data-field="{field}"] .loa-diff')
        spans = problem["diff"]
        assert diff.locator('[data-side="loa"] del').all_inner_texts() == [
            s["loa"] for s in spans if s["op"] == "delete"
        ]
        assert diff.locator('[data-side="csr"] ins').all_inner_texts() == [
            s["csr"] for s in spans if s["op"] == "insert"
        ]
        for side in ("loa", "csr"):
            assert diff.locator(f'[data-side="{side}"] mark').all_inner_texts() == [
                s[side] for s in spans if s["op"] == "replace"
            ]
    assert page.locator('.loa-row[data-field="carrier"] .loa-diff').is_hidden()

    # The LOAs to prepare, one per location and carrier, with their numbers.
    groups = page.locator(".loa-group")
    expect(groups).to_have_count(len(expected["groups"]))
    for i, group in enumerate(expected["groups"]):
        item = groups.nth(i)
        assert item.get_attribute("data-location") == group["location"]
        assert item.get_attribute("data-carrier") == group["carrier"]
        numbers = item.locator(".loa-numbers li").evaluate_all("li => li.map(x => x.dataset.e164)")
        assert numbers == group["numbers"]
    assert groups.nth(0).locator("[data-part]").count() == 2  # geographic, non-geographic

    # What was typed is all still there.
    assert loa_input(page, "end_user_name").input_value() == loa["end_user_name"]
    assert csr_input(page, "numbers").input_value() == CSR["numbers"]


def test_a_matching_loa_has_no_problems_and_a_checklist(page: Page, base_url: str) -> None:
    open_checker(page, base_url)
    today = browser_today(page)
    order = ORDER[:2]
    loa = {
        **{k: CSR[k] for k in ("end_user_name", "service_address", "account_number", "pin")},
        "billing_number": "020 7946 0000",
        "carrier": "BT",
        "signer_name": "Sam Taylor",
        "signer_title": "Director",
        "signature_date": days_before(today, 1),
        "numbers": "020 7946 0000, 020 7946 0001",
    }
    csr = {**CSR, "numbers": "+44 20 7946 0000; +44 20 7946 0001"}
    fill(page, "GB", order, loa, csr)
    loa_input(page, "signer_name").press("Enter")  # Enter submits, as in any form
    expect(page.locator(".checker-status")).to_have_text(
        "Checked: no problems found.", timeout=BOOT_TIMEOUT
    )
    expect(page.locator(".error-summary")).to_be_hidden()
    expect(page.locator(".loa-ok")).to_contain_text("No problems found")
    checklist = page.locator(".loa-print")
    expect(checklist.get_by_role("heading")).to_have_text("Checklist: what to send to support")
    expect(checklist.locator(".loa-checklist__loa")).to_have_count(1)
    expect(checklist).to_contain_text("An LOA for London, Baker Street with BT, listing 2 numbers:")
    expect(checklist.locator('[data-rule="loa-gb-separate"]')).to_have_count(1)

    page.evaluate(
        "() => { window.print = () => { window.__printed = 1 + (window.__printed || 0); }; }"
    )
    checklist.get_by_role("button", name="Print checklist").click()
    assert page.evaluate("window.__printed") == 1
    page.emulate_media(media="print")
    expect(checklist).to_be_visible()
    expect(page.locator(".loa-form")).to_be_hidden()
    expect(page.locator("#what-to-enter")).to_be_hidden()
    expect(checklist.get_by_role("button", name="Print checklist")).to_be_hidden()


def test_the_country_brings_its_own_fields(page: Page, base_url: str, tmp_path: Path) -> None:
    open_checker(page, base_url)
    expect(page.get_by_label("RIO code", exact=True)).to_have_count(0)
    page.get_by_label("Country of the numbers").select_option("FR")
    rio = page.get_by_label("RIO code", exact=True)
    expect(rio).to_be_visible()
    expect(page.locator("#loa-in-rio-hint")).to_have_text(
        "Call 3179 from the line to get it. 12 characters, spaces not counted."
    )
    rio.fill("0123")
    page.get_by_label("Country of the numbers").select_option("BR")
    expect(rio).to_have_count(0)
    expect(page.get_by_label("Company's CNPJ", exact=True)).to_be_visible()
    page.get_by_label("Country of the numbers").select_option("FR")
    assert page.get_by_label("RIO code", exact=True).input_value() == "0123"  # kept

    today = browser_today(page)
    order = [("01 42 68 53 00", "Paris", "Orange")]
    loa = {"end_user_name": "Exemple SARL", "signature_date": "20/11/2026", "numbers": ""}
    fill(page, "FR", order, loa, {})
    submit(page)
    expected = cli(
        tmp_path,
        as_request("FR", order, {**loa, "rio": "0123"}, {}),
        today,
    )
    got = summary_entries(page)
    assert [(e["field"], e["code"], e["message"]) for e in got] == [
        (p["field"], p["code"], p["message"]) for p in expected["problems"]
    ]
    assert ("rio", "format") in {(e["field"], e["code"]) for e in got}
    expect(page.locator("#loa-in-signature_date-error")).to_have_text(
        "Enter the date of signature as year-month-day: 2026-11-20, not 20/11/2026."
    )


def test_mistakes_get_messages_and_keep_what_was_typed(page: Page, base_url: str) -> None:
    open_checker(page, base_url)
    name = loa_input(page, "end_user_name")
    name.fill("<img src=x onerror=alert(1)>")
    page.get_by_role("button", name="Check the LOA").click()
    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    summary.get_by_role("link", name="Choose the country of the numbers.").click()
    expect(page.get_by_label("Country of the numbers")).to_be_focused()

    page.get_by_label("Country of the numbers").select_option("GB")
    too_many = "\n".join(["020 7946 0000\tLondon\tBT"] * 10_001)
    paste(page.get_by_label("Your order"), too_many)
    page.get_by_role("button", name="Check the LOA").click()
    expect(page.locator("#loa-in-order-error")).to_have_text(
        "Your order has 10,001 numbers; at most 10,000 can be checked at once. Check the order"
        " one location at a time."
    )
    assert page.get_by_label("Your order").input_value() == too_many

    paste(page.get_by_label("Your order"), "Number\tLocation\tCarrier\n+44 20 7946 0000\t\tBT")
    submit(page)
    expect(page.locator("#loa-in-order-error")).to_contain_text(
        "Enter the location of +44 20 7946 0000"
    )
    # Typed markup is shown as text, never run.
    assert page.locator('[data-checker="loa"] img').count() == 0
    assert name.input_value() == "<img src=x onerror=alert(1)>"


def test_a_long_difference_shows_its_ends_and_what_it_leaves_out(page: Page, base_url: str) -> None:
    """Long runs of a mismatch are shown by their ends (a megabyte would take
    the page seconds to lay out); the difference itself stays in view."""
    open_checker(page, base_url)
    same = "Example Trading Limited " * 400  # 9,600 characters
    on_loa, on_csr = same + "Ltd", same + "Limited"
    fill(page, "GB", ORDER[:1], {**LOA, "end_user_name": on_loa}, {**CSR, "end_user_name": on_csr})
    submit(page)
    diff = page.locator('.loa-row[data-field="end_user_name"] .loa-diff')
    loa_side = diff.locator('[data-side="loa"]')
    # The run before the difference: its last 40 characters, and the count of the rest.
    common = next(i for i, (a, b) in enumerate(zip(on_loa, on_csr, strict=False)) if a != b)
    expect(loa_side.locator(".loa-diff__elided")).to_have_text(
        text("ui.loa.diff.elided", count=f"{common - 40:,}")
    )
    for side in ("loa", "csr"):
        shown = diff.locator(f'[data-side="{side}"]').text_content() or ""
        assert len(shown) < 150, shown
        assert shown.endswith(on_loa[common - 40 :] if side == "loa" else on_csr[common - 40 :])
    assert diff.locator("mark, del, ins").count() >= 1
    expect(loa_input(page, "end_user_name")).to_have_value(on_loa)  # kept whole


def test_nothing_is_stored_unless_asked_and_clear_removes_it(page: Page, base_url: str) -> None:
    open_checker(page, base_url)
    loa_input(page, "end_user_name").fill("Example Trading Limited")
    page.reload()
    expect(page.locator('[data-checker="loa"]')).to_be_visible()
    assert loa_input(page, "end_user_name").input_value() == ""
    assert STORAGE_KEY not in page.evaluate("Object.keys(localStorage)")

    page.get_by_label("Country of the numbers").select_option("FR")
    loa_input(page, "end_user_name").fill("Exemple SARL")
    page.get_by_label("RIO code", exact=True).fill("012345678901")
    page.get_by_role("button", name="Save in this browser").click()
    expect(page.locator(".checker-status")).to_have_text(
        "Saved in this browser only, on this device. Use Clear to remove it from the browser."
    )
    assert STORAGE_KEY in page.evaluate("Object.keys(localStorage)")
    page.reload()
    expect(page.locator(".checker-status")).to_contain_text(
        "The form is filled in with what you saved in this browser on"
    )
    assert page.get_by_label("Country of the numbers").input_value() == "FR"
    assert loa_input(page, "end_user_name").input_value() == "Exemple SARL"
    assert page.get_by_label("RIO code", exact=True).input_value() == "012345678901"

    page.locator('[data-checker="loa"]').get_by_role("button", name="Clear").click()
    expect(page.locator(".checker-status")).to_have_text(
        "The form is empty, and nothing is saved in this browser."
    )
    assert loa_input(page, "end_user_name").input_value() == ""
    assert page.get_by_label("Country of the numbers").input_value() == ""
    assert STORAGE_KEY not in page.evaluate("Object.keys(localStorage)")
    page.reload()
    expect(page.locator('[data-checker="loa"]')).to_be_visible()
    assert loa_input(page, "end_user_name").input_value() == ""


def test_leaving_the_page_and_coming_back(page: Page, base_url: str) -> None:
    """Instant navigation keeps what was typed in memory; a full load starts
    empty, since nothing was saved. (Material navigates instantly only on the
    site_url's origin, which a test server on a free port is not.)"""
    open_checker(page, base_url)
    page.evaluate("() => { window.__same_document = true; }")
    loa_input(page, "signer_name").fill("Sam Taylor")
    page.get_by_role("link", name="Forms and the LOA").first.click()
    expect(page).to_have_url(base_url + "forms/")
    page.get_by_role("link", name="Check your LOA").first.click()
    expect(page).to_have_url(base_url + "loa/")
    expect(page.locator('[data-checker="loa"]')).to_be_visible()
    instant = page.evaluate("window.__same_document === true")
    expect(loa_input(page, "signer_name")).to_have_value("Sam Taylor" if instant else "")
    assert STORAGE_KEY not in page.evaluate("Object.keys(localStorage)")


def test_without_javascript_the_page_still_helps(browser: Browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "loa/")
    expect(page.locator("[data-checker]")).to_be_hidden()
    expect(page.locator("#country-rules")).to_be_visible()
    expect(page.locator("#loa-fr")).to_be_visible()
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_results_meet_wcag_aa(page: Page, base_url: str, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    open_checker(page, base_url)
    fill(page, "GB", ORDER, {**LOA, "signature_date": "2020-01-01"}, CSR)
    submit(page)
    expect(page.locator(".loa-diff").first).to_be_visible()
    results = Axe().run(page, options=WCAG_AA)
    found = [
        f"{v['id']}: {v['help']} ({', '.join(n['target'][0] for n in v['nodes'][:3])})"
        for v in results.response["violations"]
    ]
    assert found == []


def tab_to(page: Page, target: Locator, limit: int = 120) -> None:
    """Press Tab until `target` has the focus, as a keyboard user does."""
    for _ in range(limit):
        if target.evaluate("el => el === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"not reachable by Tab: {target}")


def test_by_keyboard_alone(page: Page, base_url: str) -> None:
    open_checker(page, base_url)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.locator("#what-to-enter").focus()
    country = page.get_by_label("Country of the numbers")
    tab_to(page, country)
    page.keyboard.type("United Kingdom")
    expect(country).to_have_value("GB")
    # The order is pasted from a spreadsheet: Ctrl+V, no mouse.
    order = page.get_by_label("Your order")
    tab_to(page, order)
    page.evaluate(
        "text => navigator.clipboard.writeText(text)",
        "\n".join("\t".join(row) for row in ORDER[:2]),
    )
    page.keyboard.press("Control+V")
    expect(order).to_have_value("\n".join("\t".join(row) for row in ORDER[:2]))
    tab_to(page, loa_input(page, "end_user_name"))
    page.keyboard.type(LOA["end_user_name"])
    tab_to(page, csr_input(page, "end_user_name"))
    page.keyboard.type(CSR["end_user_name"])
    tab_to(page, page.get_by_role("button", name="Check the LOA"))
    page.keyboard.press("Enter")
    expect(page.locator(".checker-status")).to_contain_text("Checked:", timeout=BOOT_TIMEOUT)
    # The summary takes the focus; its links lead to the fields.
    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    first = summary.get_by_role("link").first
    page.keyboard.press("Tab")
    expect(first).to_be_focused()
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.id")
    assert focused.startswith(("loa-", "csr-")), focused
    # The name's difference is shown, and what was typed is still there.
    expect(page.locator('[data-checker="loa"]')).to_contain_text("Example Trading Limited")
    expect(loa_input(page, "end_user_name")).to_have_value(LOA["end_user_name"])
