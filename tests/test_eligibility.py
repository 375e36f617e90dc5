"""Eligibility: truth tables over types and regions, exact messages, properties."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import re_util

from checks import eligibility
from checks.eligibility import Reason, Verdict, check, split_entries
from checks.records import Coverage


def one(coverage: Coverage, entry: str, country: str | None = None) -> eligibility.NumberResult:
    report = check(entry, coverage, country)
    assert len(report.results) == 1
    return report.results[0]


# Numbers chosen from the national plans (Ofcom drama ranges for the UK).
@pytest.mark.parametrize(
    ("entry", "e164", "region", "kind", "verdict", "reason"),
    [
        # Confirmed country (FR), portable types -> eligible.
        ("+33 1 42 68 53 00", "+33142685300", "FR", "fixed_line", "eligible", "portable-type"),
        ("+33 805 12 34 56", "+33805123456", "FR", "toll_free", "eligible", "portable-type"),
        ("+46 8 123 456 78", "+46812345678", "SE", "fixed_line", "eligible", "portable-type"),
        # Same country, types not portable.
        (
            "+33 6 12 34 56 78",
            "+33612345678",
            "FR",
            "mobile",
            "not-portable-type",
            "type-not-portable",
        ),
        (
            "+33 9 12 34 56 78",
            "+33912345678",
            "FR",
            "voip",
            "not-portable-type",
            "type-not-portable",
        ),
        (
            "+44 909 879 0000",
            "+449098790000",
            "GB",
            "premium_rate",
            "not-portable-type",
            "type-not-portable",
        ),
        # Unconfirmed country, portable type -> verify.
        ("+44 20 7946 0000", "+442079460000", "GB", "fixed_line", "verify", "unconfirmed-country"),
        ("+44 808 157 0000", "+448081570000", "GB", "toll_free", "verify", "unconfirmed-country"),
        ("+41 43 123 45 67", "+41431234567", "CH", "fixed_line", "verify", "unconfirmed-country"),
        # Type in the country's verify list.
        ("+44 300 123 4567", "+443001234567", "GB", "uan", "verify", "verify-type"),
        (
            "+52 55 1234 5678",
            "+525512345678",
            "MX",
            "fixed_line_or_mobile",
            "verify",
            "verify-type",
        ),
        ("+39 800 123456", "+39800123456", "IT", "toll_free", "verify", "verify-type"),
        # EMEA / LATAM country not in the data.
        (
            "+45 32 12 34 56",
            "+4532123456",
            "DK",
            "fixed_line_or_mobile",
            "not-covered",
            "country-not-listed",
        ),
        (
            "+54 11 4123 4567",
            "+541141234567",
            "AR",
            "fixed_line",
            "not-covered",
            "country-not-listed",
        ),
        # Outside both regions.
        (
            "+1 212 555 0100",
            "+12125550100",
            "US",
            "fixed_line_or_mobile",
            "other-region",
            "north-america",
        ),
        ("+81 3 1234 5678", "+81312345678", "JP", "fixed_line", "other-region", "outside-regions"),
        ("+800 1234 5678", "+80012345678", "001", "toll_free", "other-region", "non-geographic"),
    ],
)
def test_truth_table(
    coverage: Coverage, entry: str, e164: str, region: str, kind: str, verdict: str, reason: str
) -> None:
    r = one(coverage, entry)
    assert (r.input, r.e164, r.region, r.type, r.verdict, r.reason) == (
        entry,
        e164,
        region,
        kind,
        verdict,
        reason,
    )


@pytest.mark.parametrize(
    ("entry", "country", "reason"),
    [
        ("hello", None, "not-a-number"),
        ("01 42 68 53 00", None, "country-code-missing"),
        ("+999 123 456", None, "unknown-country-code"),
        ("+33 1", None, "too-short"),
        ("+33 1 42 68 53 00 12 34 56 78 90", None, "too-long"),
        ("+33 1 00 00 0", None, "too-short"),
        ("+44 20 7946 00000", None, "too-long"),
        ("+41 1111 111 111", None, "invalid-length"),
        ("+33 0 42 68 53 00", None, "not-in-use"),
        ("12", "FR", "too-short"),
        ("1", "FR", "not-a-number"),
        ("+", None, "not-a-number"),
    ],
)
def test_invalid_numbers_say_why(
    coverage: Coverage, entry: str, country: str | None, reason: str
) -> None:
    r = one(coverage, entry, country)
    assert (r.verdict, r.reason, r.e164) == (Verdict.INVALID, reason, None)
    assert r.message
    assert r.next_step


def test_messages_are_exact(coverage: Coverage) -> None:
    r = one(coverage, "+33 1 42 68 53 00")
    assert r.message == (
        "France fixed-line (DID) number: can be ported into Genesys Cloud Voice, subject to the"
        " carrier agreements (not guaranteed)."
    )
    assert r.next_step == "Include it in your porting request."
    r = one(coverage, "+33 6 12 34 56 78")
    assert r.message == (
        "France mobile number: only fixed-line (DID) and toll-free numbers can be ported in France."
    )
    r = one(coverage, "+45 32 12 34 56")
    assert r.message == (
        "Denmark is in Europe, the Middle East and Africa, but not in this guide's list of"
        " covered countries."
    )
    r = one(coverage, "01 42 68 53 00")
    assert r.message == "The country code is missing."
    assert r.next_step == (
        "Write the number with + and its country code, or choose the country of numbers"
        " written without one."
    )


def test_never_says_guaranteed_without_not(coverage: Coverage) -> None:
    for r in check("+33 1 42 68 53 00\n+46 8 123 456 78", coverage).results:
        assert "guaranteed" not in r.message.replace("not guaranteed", "")


@pytest.mark.parametrize(
    ("entry", "country"),
    [
        ("01 42 68 53 00", "FR"),
        ("0033 1 42 68 53 00", None),
        ("0033 1 42 68 53 00", "FR"),
        ("+33 (0)1 42 68 53 00", None),
        ("+33.1.42.68.53.00", None),
        ("(+33) 1-42-68-53-00", None),
        ("\u200e+33\u00a01\u00a042 68 53 00\u200f", None),
        ("\ufeff+33142685300", None),
    ],
)
def test_formats_people_paste(coverage: Coverage, entry: str, country: str | None) -> None:
    r = one(coverage, entry, country)
    assert r.e164 == "+33142685300"
    assert r.input == entry.strip()


def test_spreadsheet_columns_and_order(coverage: Coverage) -> None:
    text = "+33 1 42 68 53 00\t+46 8 123 456 78\r\n\n;+44 20 7946 0000,, +1 212 555 0100\n"
    report = check(text, coverage)
    assert [r.position for r in report.results] == [1, 2, 3, 4]
    assert [r.region for r in report.results] == ["FR", "SE", "GB", "US"]


def test_duplicates_point_at_the_first_entry(coverage: Coverage) -> None:
    report = check("+33 1 42 68 53 00\n+44 20 7946 0000\n0033 1 42 68 53 00", coverage)
    dup = report.results[2]
    assert (dup.verdict, dup.reason, dup.e164) == ("duplicate", "duplicate-entry", "+33142685300")
    assert dup.message == "Same number as entry 1 (+33142685300)."
    assert report.by_verdict == ((Verdict.ELIGIBLE, 1), (Verdict.VERIFY, 1), (Verdict.DUPLICATE, 1))
    assert report.by_country == (("FR", 2), ("GB", 1))


def test_default_country_reads_national_numbers(coverage: Coverage) -> None:
    report = check("020 7946 0000\n+33 1 42 68 53 00", coverage, "GB")
    assert [r.e164 for r in report.results] == ["+442079460000", "+33142685300"]


def test_unknown_default_country_is_refused(coverage: Coverage) -> None:
    report = check("020 7946 0000", coverage, "ZZ")
    assert report.refused == Reason.UNKNOWN_DEFAULT_COUNTRY
    assert report.results == ()
    assert report.refused_message == "ZZ is not a country code this guide knows."


def test_every_regions_patterns_stay_compiled(coverage: Coverage) -> None:
    """phonenumbers' pattern cache is on: after a list that spans every region,
    each of their patterns is kept compiled (the re module keeps 512), so a
    second list from those regions compiles none (tens of ms in Pyodide)."""
    fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL
    examples = [phonenumbers.example_number(r) for r in sorted(phonenumbers.SUPPORTED_REGIONS)]
    text = "\n".join(phonenumbers.format_number(n, fmt) for n in examples if n is not None)
    check(text, coverage)
    kept = re_util._COMPILED_PATTERNS
    assert kept is not None
    assert len(kept) > 512
    before = dict(kept)
    check(text, coverage)
    assert kept == before


def test_limits(coverage: Coverage) -> None:
    too_many = "\n".join(["+33 1 42 68 53 00"] * (eligibility.MAX_ENTRIES + 1))
    report = check(too_many, coverage)
    assert report.refused == Reason.TOO_MANY_ENTRIES
    assert report.refused_message == (
        "The list has 10,001 entries; at most 10,000 can be checked at once."
        " Split the list and check it in parts, or send it to support."
    )
    report = check("1" * (eligibility.MAX_INPUT_CHARS + 1), coverage)
    assert report.refused == Reason.INPUT_TOO_LARGE
    assert report.results == ()


def test_empty_input(coverage: Coverage) -> None:
    report = check(" \n\t;,  ", coverage)
    assert report.results == ()
    assert report.refused is None


entries = st.text(
    alphabet=st.sampled_from("0123456789+ ()-.x#*abc\u00a0\u200e\u0660"), min_size=0, max_size=30
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(entries, st.text(max_size=40)), max_size=12),
    st.sampled_from([None, "FR", "GB", "MX"]),
)
def test_never_raises_and_one_record_per_entry(
    coverage: Coverage, parts: list[str], country: str | None
) -> None:
    text = "\n".join(parts)
    report = check(text, coverage, country)
    assert len(report.results) == len(split_entries(text))
    assert [r.input for r in report.results] == split_entries(text)
    for r in report.results:
        assert isinstance(r.verdict, Verdict)
        assert r.message
        assert (r.e164 is None) == (r.verdict == Verdict.INVALID)


formats = st.sampled_from(
    [
        "+33 1 42 68 53 00",
        "+33142685300",
        "0033 1 42 68 53 00",
        "+33 (0)1 42 68 53 00",
        "+33.1.42.68.53.00",
        "+33-1-42-68-53-00",
    ]
)


@settings(max_examples=100, deadline=None)
@given(st.lists(formats, min_size=2, max_size=6))
def test_duplicates_detected_whatever_the_formatting(
    coverage: Coverage, written: list[str]
) -> None:
    report = check("\n".join(written), coverage)
    assert report.results[0].verdict == Verdict.ELIGIBLE
    assert all(r.verdict == Verdict.DUPLICATE for r in report.results[1:])


# Progress: the same report, step by step ------------------------------------


def test_check_in_steps_reports_progress_then_the_same_report(coverage: Coverage) -> None:
    entries = [f"+33 1 42 68 {i // 100:02d} {i % 100:02d}" for i in range(1_234)]
    entries[1_000] = entries[3]  # a duplicate across steps is still one
    raw = "\n".join(entries)
    steps = list(eligibility.check_in_steps(raw, coverage, step=500))
    assert steps[:-1] == [
        eligibility.Progress(done=500, total=1_234),
        eligibility.Progress(done=1_000, total=1_234),
    ]
    assert steps[-1] == check(raw, coverage)
    assert steps[-1].results[1_000].verdict is Verdict.DUPLICATE


def test_a_list_of_exactly_one_step_has_no_progress(coverage: Coverage) -> None:
    raw = "\n".join(["+33 1 42 68 53 00"] * 500)
    steps = list(eligibility.check_in_steps(raw, coverage, step=500))
    assert len(steps) == 1
    assert isinstance(steps[0], eligibility.EligibilityReport)


def test_the_bridge_steps_give_what_handle_gives(coverage: Coverage) -> None:
    import json

    from checks import bridge

    bridge.init(json.dumps(coverage.to_dict()))
    request = json.dumps({"check": "eligibility", "text": "\n".join(["+44 20 7946 0000"] * 1_200)})
    seen = [json.loads(bridge.begin(request))]
    while "progress" in seen[-1]:
        seen.append(json.loads(bridge.resume()))
    assert [s["progress"] for s in seen[:-1]] == [
        {"done": 500, "total": 1_200},
        {"done": 1_000, "total": 1_200},
    ]
    assert seen[-1] == json.loads(bridge.handle(request))
    assert json.loads(bridge.resume())["error"] == "nothing-running"
    # A bad request answers at once, and leaves nothing running.
    assert json.loads(bridge.begin("not json"))["error"] == "bad-request"
    assert json.loads(bridge.resume())["error"] == "nothing-running"
