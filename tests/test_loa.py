"""The LOA checker: each reason and each hint with its exact message, the groups,
the CLI and the bridge, and the properties that must hold for any input."""

from __future__ import annotations

import copy
import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from checks import _text, bridge, loa
from checks.__main__ import main
from checks._text import DiffSpan, Hint
from checks.loa import Code, LoaReport, Problem, Refusal
from checks.records import Coverage
from tests.parity.corpus_loa import BASE as PARITY_BASE
from tests.parity.corpus_loa import changed

TODAY = dt.date(2026, 12, 1)
EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "examples" / "loa-example.json"

# The parity corpus's example request (Ofcom's drama numbers), without the
# bridge's `check` and the fixed `today`, which these tests pass themselves.
BASE: dict[str, Any] = {k: v for k, v in PARITY_BASE.items() if k not in ("check", "today")}
TEXT_FIELDS = ("end_user_name", "service_address", "account_number", "pin", "carrier")


def run(coverage: Coverage, request: object, today: dt.date = TODAY) -> LoaReport:
    return loa.check(request, coverage, today=today)


def found(report: LoaReport) -> list[tuple[str, str, Code, Hint | None]]:
    return [(p.field, p.path, p.code, p.hint) for p in report.problems]


def only(report: LoaReport) -> Problem:
    assert len(report.problems) == 1, found(report)
    return report.problems[0]


def test_a_matching_loa_has_no_problems(coverage: Coverage) -> None:
    report = run(coverage, BASE)
    assert report.refused is None
    assert report.problems == ()
    assert [(g.location, g.carrier, g.numbers, g.this_loa) for g in report.groups] == [
        ("London", "BT", ("+442079460000", "+442079460001"), True)
    ]
    assert report.groups[0].typed == ("020 7946 0000", "020 7946 0001")
    assert report.groups[0].separate == ()


# Mismatch hints --------------------------------------------------------------


@pytest.mark.parametrize(
    ("loa_text", "csr_text", "hints", "message"),
    [
        (
            "14 BAKER STREET",
            "14 Baker Street",
            (Hint.CASE,),
            "Service address differs from the CSR only in capital letters. Write it exactly as"
            " the CSR has it: “14 Baker Street”.",
        ),
        (
            "14  Baker Street",
            "14 Baker Street",
            (Hint.SPACING,),
            "Service address differs from the CSR only in spaces. Write it exactly as the CSR"
            " has it: “14 Baker Street”.",
        ),
        (
            "14, Baker Street.",
            "14 Baker Street",
            (Hint.PUNCTUATION,),
            "Service address differs from the CSR only in punctuation. Write it exactly as the"
            " CSR has it: “14 Baker Street”.",
        ),
        (
            "14 Baker St.",
            "14 Baker Street",
            (Hint.ABBREVIATION,),
            "Service address differs from the CSR only in an abbreviation (such as St. for"
            " Street, or Ltd for Limited). Write it exactly as the CSR has it: “14 Baker Street”.",
        ),
        (
            "14 Rue Générale",
            "14 Rue Generale",
            (Hint.ACCENTS,),
            "Service address differs from the CSR only in accents. Write it exactly as the CSR"
            " has it: “14 Rue Generale”.",
        ),
        (
            "16 Baker Street",
            "14 Baker Street",
            (Hint.DIGITS,),
            "Service address has different digits from the CSR. Write it exactly as the CSR has"
            " it: “14 Baker Street”.",
        ),
        (
            "Baker Street 14",
            "14 Baker Street",
            (Hint.WORD_ORDER,),
            "Service address differs from the CSR only in the order of the words. Write it"
            " exactly as the CSR has it: “14 Baker Street”.",
        ),
        (
            "15 Park Row",
            "14 Baker Street",
            (Hint.OTHER,),
            "Service address is not the same as on the CSR. Write it exactly as the CSR has it:"
            " “14 Baker Street”.",
        ),
        (
            "14 Baker ST",
            "14 Baker Street",
            (Hint.ABBREVIATION,),  # the short form is matched whatever its case
            "Service address differs from the CSR only in an abbreviation (such as St. for"
            " Street, or Ltd for Limited). Write it exactly as the CSR has it: “14 Baker Street”.",
        ),
        (
            "Baker Street, 14",
            "14 baker street",
            (Hint.WORD_ORDER, Hint.PUNCTUATION, Hint.CASE),
            "Service address differs from the CSR only in the order of the words, punctuation"
            " and capital letters. Write it exactly as the CSR has it: “14 baker street”.",
        ),
    ],
)
def test_mismatch_hints(
    coverage: Coverage, loa_text: str, csr_text: str, hints: tuple[Hint, ...], message: str
) -> None:
    request = changed(BASE, {"loa.service_address": loa_text, "csr.service_address": csr_text})
    problem = only(run(coverage, request))
    assert (problem.field, problem.path, problem.code) == (
        "service_address",
        "loa.service_address",
        Code.MISMATCH,
    )
    assert problem.hint == hints[0]
    assert problem.hints == hints
    assert problem.message == message
    assert "".join(s.loa for s in problem.diff) == loa_text
    assert "".join(s.csr for s in problem.diff) == csr_text


@pytest.mark.parametrize(
    ("a", "b", "hints"),
    [
        ("Example Trading Ltd", "Example Trading Limited", (Hint.ABBREVIATION,)),
        ("ACME Corp.", "Acme Corporation", (Hint.ABBREVIATION, Hint.CASE)),
        ("Acme Inc.", "Acme Inc", (Hint.PUNCTUATION,)),  # the smallest explanation wins
        ("St", "st", (Hint.CASE,)),  # ties go to the most harmless
        ("Hauptstr. 5", "Hauptstraße 5", (Hint.ABBREVIATION,)),
        (
            "Müller GmbH",
            "Muller Gesellschaft mit beschränkter Haftung",
            (Hint.ABBREVIATION, Hint.ACCENTS),
        ),
        (
            "Grupo Ejemplo S.A. de C.V.",
            "Grupo Ejemplo Sociedad Anónima de Capital Variable",
            (Hint.ABBREVIATION,),
        ),
        ("A & B Ltd", "A and B Ltd", (Hint.ABBREVIATION,)),
        ("Calle Mayor 5", "C/ Mayor 5", (Hint.ABBREVIATION, Hint.PUNCTUATION)),
        ("Saint-Germain", "Saint Germain", (Hint.PUNCTUATION, Hint.SPACING)),
        # Hyphenated names abbreviate part by part; German writes umlauts out with an e.
        ("93200 Saint-Denis", "93200 St-Denis", (Hint.ABBREVIATION,)),
        ("12 av. Saint-Michel", "12 Avenue St.-Michel", (Hint.ABBREVIATION,)),
        ("Müller GmbH", "Mueller GmbH", (Hint.ACCENTS,)),
        ("MÜLLER", "Mueller", (Hint.ACCENTS, Hint.CASE)),
        ("Queen Street", "Quen Street", (Hint.OTHER,)),
        ("Straße", "STRASSE", (Hint.CASE,)),
        ("Łódź", "Lodz", (Hint.ACCENTS,)),
        ("(Paris)", "Paris", (Hint.PUNCTUATION,)),
        ("Dupont, Jean", "Jean Dupont", (Hint.WORD_ORDER, Hint.PUNCTUATION)),
        ("12 rue de la Paix", "14 Rue de la Paix", (Hint.DIGITS,)),
        ("AC5550", "AC55501", (Hint.DIGITS,)),
        ("Via Roma 1", "Via Roma 1A", (Hint.OTHER,)),
        ("Acme", "Acme Ltd", (Hint.OTHER,)),
        ("same", "same", ()),
    ],
)
def test_difference(a: str, b: str, hints: tuple[Hint, ...]) -> None:
    assert _text.difference(a, b) == hints


def test_difference_of_long_texts_is_other_and_quick() -> None:
    a, b = "word " * 5_000, "ward " * 5_000
    start = time.perf_counter()
    assert _text.difference(a, b) == (Hint.OTHER,)
    spans = _text.diff_spans(a + "x", a + "y")
    assert time.perf_counter() - start < 1
    assert spans == (
        DiffSpan(op="equal", loa=a, csr=a),
        DiffSpan(op="replace", loa="x", csr="y"),
    )
    assert _text.diff_spans("ab" * 3_000, "") == (DiffSpan(op="replace", loa="ab" * 3_000, csr=""),)


def test_clean_and_helpers() -> None:
    assert _text.clean("\ufeff  Cafe\u0301\u200b ") == "Café"
    assert _text.visible("020\u00a07946\u200e 0000\n") == "020 7946 0000"
    assert _text.shorten("abcdef", 4) == "abc…"
    assert _text.join([]) == ""
    assert _text.join(["a"]) == "a"
    assert _text.join(["a", "b", "c"]) == "a, b and c"


def test_diff_spans_highlight_where_the_texts_differ() -> None:
    assert _text.diff_spans("14 Baker St.", "14 Baker Street") == (
        DiffSpan(op="equal", loa="14 Baker St", csr="14 Baker St"),
        DiffSpan(op="replace", loa=".", csr="reet"),
    )


# Phone numbers are compared as numbers ---------------------------------------


@pytest.mark.parametrize(
    "written", ["+44 20 7946 0000", "0044 20 7946 0000", "(020) 7946-0000", "+44 (0)20 7946 0000"]
)
def test_the_same_number_written_differently_matches(coverage: Coverage, written: str) -> None:
    request = changed(
        BASE, {"loa.billing_number": written, "loa.numbers": [written, "02079460001"]}
    )
    assert run(coverage, request).problems == ()


def test_billing_number_with_other_digits(coverage: Coverage) -> None:
    problem = only(run(coverage, changed(BASE, {"loa.billing_number": "020 7946 0009"})))
    assert (problem.field, problem.code, problem.hint) == (
        "billing_number",
        Code.MISMATCH,
        "digits",
    )
    assert problem.message == (
        "Billing telephone number (BTN) has different digits from the CSR. Write it exactly as"
        " the CSR has it: “+44 20 7946 0000”."
    )
    assert problem.diff == (
        DiffSpan(op="equal", loa="020 7946 000", csr="020 7946 000"),
        DiffSpan(op="replace", loa="9", csr="0"),
    )


def test_unreadable_billing_numbers(coverage: Coverage) -> None:
    request = changed(BASE, {"loa.billing_number": "ask Sam", "csr.billing_number": "12"})
    assert [(p.path, p.code, p.message) for p in run(coverage, request).problems] == [
        (
            "loa.billing_number",
            Code.FORMAT,
            "Enter the billing telephone number (BTN) as a phone number, for example"
            " +44 121 234 5678.",
        ),
        (
            "csr.billing_number",
            Code.FORMAT,
            "Enter the CSR's billing telephone number (BTN) as a phone number, for example"
            " +44 121 234 5678.",
        ),
    ]


# Missing and unreadable values -------------------------------------------------


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("end_user_name", "Enter the end-user or company name: every LOA needs it."),
        ("service_address", "Enter the service address: every LOA needs it."),
        ("carrier", "Enter the name of the current carrier: every LOA needs it."),
        ("signer_name", "Enter the name of the person who signs: every LOA needs it."),
        ("signature_date", "Enter the date of signature: every LOA needs it."),
    ],
)
def test_required_fields(coverage: Coverage, field: str, message: str) -> None:
    for value in ("", "   ", None, ...):
        problem = only(run(coverage, changed(BASE, {f"loa.{field}": value})))
        assert (problem.field, problem.path, problem.code, problem.hint) == (
            field,
            f"loa.{field}",
            Code.MISSING,
            None,
        )
        assert problem.message == message


@pytest.mark.parametrize(
    ("field", "message"),
    [
        (
            "pin",
            "Enter the PIN or passcode: the CSR has one, so the LOA must show it, exactly as the"
            " CSR has it.",
        ),
        (
            "account_number",
            "Enter the account number with the current carrier: the CSR has one, so the LOA must"
            " show it, exactly as the CSR has it.",
        ),
        (
            "billing_number",
            "Enter the billing telephone number (BTN): the CSR has one, so the LOA must show it,"
            " exactly as the CSR has it.",
        ),
    ],
)
def test_typical_fields_are_needed_when_the_csr_has_them(
    coverage: Coverage, field: str, message: str
) -> None:
    problem = only(run(coverage, changed(BASE, {f"loa.{field}": ""})))
    assert (problem.field, problem.code, problem.message) == (field, Code.MISSING, message)
    # Without the CSR's value, a typical field may stay empty.
    assert run(coverage, changed(BASE, {f"loa.{field}": "", f"csr.{field}": ...})).problems == ()


def test_signer_title_is_typical(coverage: Coverage) -> None:
    assert run(coverage, changed(BASE, {"loa.signer_title": ""})).problems == ()


def test_missing_numbers(coverage: Coverage) -> None:
    for value in ([], "", None, ["", "  "]):
        request = changed(BASE, {"loa.numbers": value, "csr.numbers": []})
        problem = only(run(coverage, request))
        assert (problem.field, problem.path, problem.code) == ("numbers", "loa.numbers", "missing")
        assert problem.message == "List the numbers this LOA ports."


def test_values_that_are_not_text(coverage: Coverage) -> None:
    request = changed(
        BASE,
        {
            "loa.end_user_name": ["Example"],
            "csr.service_address": {"street": "Baker Street"},
            "loa.account_number": 55501,  # a whole number stands for its digits
            "csr.account_number": 55501,
            "loa.pin": True,
            "csr.pin": ...,
            "loa.signer_title": 10**200,
        },
    )
    assert [(p.path, p.code, p.message) for p in run(coverage, request).problems] == [
        ("loa.end_user_name", Code.FORMAT, "Enter the end-user or company name as text."),
        ("csr.service_address", Code.FORMAT, "Enter the CSR's service address as text."),
        ("loa.pin", Code.FORMAT, "Enter the PIN or passcode as text."),
        ("loa.signer_title", Code.FORMAT, "Enter the job title of the person who signs as text."),
    ]


# The signature date -------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "code", "message"),
    [
        ("2026-12-01", None, None),
        ("2026-09-02", None, None),  # 90 days
        (
            "2026-09-01",
            Code.DATE_TOO_OLD,
            "The LOA was signed on 2026-09-01, 91 days ago: carriers typically accept an LOA"
            " signed at most 90 days before it is sent. Sign and date the LOA again.",
        ),
        (
            "2026-12-02",
            Code.DATE_FUTURE,
            "The date of signature, 2026-12-02, is in the future. Enter the date the LOA was"
            " signed.",
        ),
        (
            "20/11/2026",
            Code.FORMAT,
            "Enter the date of signature as year-month-day: 2026-11-20, not 20/11/2026.",
        ),
        (
            "20.11.2026",
            Code.FORMAT,
            "Enter the date of signature as year-month-day: 2026-11-20, not 20.11.2026.",
        ),
        (
            "31/02/2026",
            Code.FORMAT,
            "Enter the date of signature as year-month-day, for example 2026-12-01.",
        ),
        (
            "2026-02-31",
            Code.FORMAT,
            "Enter the date of signature as year-month-day, for example 2026-12-01.",
        ),
        (
            "yesterday",
            Code.FORMAT,
            "Enter the date of signature as year-month-day, for example 2026-12-01.",
        ),
    ],
)
def test_signature_date(
    coverage: Coverage, written: str, code: Code | None, message: str | None
) -> None:
    report = run(coverage, changed(BASE, {"loa.signature_date": written}))
    if code is None:
        assert report.problems == ()
        return
    problem = only(report)
    assert (problem.field, problem.path, problem.code) == (
        "signature_date",
        "loa.signature_date",
        code,
    )
    assert problem.message == message


def test_signature_date_uses_today_by_default(coverage: Coverage) -> None:
    request = changed(BASE, {"loa.signature_date": dt.date.today().isoformat()})
    assert loa.check(request, coverage).problems == ()


def with_data(coverage: Coverage, changes: dict[str, object]) -> Coverage:
    data = coverage.to_dict()
    for dotted, value in changes.items():
        *parents, last = dotted.split(".")
        node: Any = data
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        node[last] = value
    return Coverage.from_dict(data)


def test_a_required_limit_and_a_country_limit(coverage: Coverage) -> None:
    data = with_data(
        coverage, {"loa.signature_max_age": {"days": 30, "status": "required", "source": "seed"}}
    )
    problem = only(run(data, changed(BASE, {"loa.signature_date": "2026-10-01"})))
    assert problem.message == (
        "The LOA was signed on 2026-10-01, 61 days ago: it must be signed at most 30 days before"
        " it is sent. Sign and date the LOA again."
    )
    index = next(i for i, c in enumerate(coverage.loa.countries) if c.iso == "GB")
    age = {"days": 15, "status": "typical", "source": "amazon-connect-porting"}
    data = with_data(coverage, {f"loa.countries.{index}.signature_max_age": age})
    assert data.loa.signature_max_age_for("GB").days == 15
    assert data.loa.signature_max_age_for("FR").days == 90
    problem = only(run(data, changed(BASE, {"loa.signature_date": "2026-11-15"})))
    assert problem.code == Code.DATE_TOO_OLD
    assert "16 days ago" in problem.message


# Country fields -----------------------------------------------------------------


def french(**loa_fields: object) -> dict[str, Any]:
    request = changed(
        BASE,
        {
            "country": "FR",
            "numbers": [{"number": "01 23 45 67 89", "location": "Paris", "carrier": "Orange"}],
            "loa.billing_number": "01 23 45 67 89",
            "loa.carrier": "Orange",
            "loa.numbers": ["01 23 45 67 89"],
            "csr": {
                "end_user_name": "Example Trading Limited",
                "carrier": "Orange",
                "numbers": ["+33 1 23 45 67 89"],
            },
        },
    )
    request["loa"].update(loa_fields)
    return request


def test_france_needs_the_12_character_rio(coverage: Coverage) -> None:
    assert run(coverage, french(rio="01P 123 456 ABC")).problems == ()
    problem = only(run(coverage, french()))
    assert (problem.field, problem.path, problem.code) == ("rio", "loa.rio", Code.MISSING)
    assert problem.message == "Enter the RIO code: every LOA needs it."
    problem = only(run(coverage, french(rio="01P123456")))
    assert (problem.field, problem.code) == ("rio", Code.FORMAT)
    assert problem.message == (
        "RIO code must be 12 characters long, spaces not counted; this one has 9. Check it and"
        " enter it again."
    )


def test_typical_country_fields_may_stay_empty(coverage: Coverage) -> None:
    italian = changed(french(), {"country": "IT", "numbers": [], "loa.numbers": ["06 1234 5678"]})
    italian["csr"]["numbers"] = ["06 1234 5678"]
    assert run(coverage, italian).problems == ()
    assert run(coverage, changed(italian, {"country": "BR"})).problems[0].field == "cnpj"


def test_lowercase_country_code(coverage: Coverage) -> None:
    assert run(coverage, changed(BASE, {"country": " gb "})).problems == ()
    assert run(coverage, changed(BASE, {"country": "uk"})).problems == ()


# Numbers: the order, the LOA and the CSR -----------------------------------------


def test_not_on_csr(coverage: Coverage) -> None:
    request = changed(BASE, {"csr.numbers": ["+442079460000"]})
    request["numbers"].pop()
    request["loa"]["numbers"] = ["020 7946 0000", "0113 496 0000"]
    report = run(coverage, request)
    assert [(p.path, p.code, p.number, p.message) for p in report.problems] == [
        (
            "loa.numbers[1]",
            Code.NOT_IN_ORDER,
            "+441134960000",
            "+44 113 496 0000 is on the LOA but not in the order. Add it to the order with its"
            " location and carrier, or take it off the LOA.",
        ),
        (
            "loa.numbers[1]",
            Code.NOT_ON_CSR,
            "+441134960000",
            "+44 113 496 0000 is on the LOA but not on the CSR. Check that it belongs to this"
            " account and location; if it does not, take it off this LOA.",
        ),
    ]


def test_a_partial_port_says_what_happens_to_the_numbers_that_stay(coverage: Coverage) -> None:
    request = changed(BASE, {"csr.numbers": [*BASE["csr"]["numbers"], "020 7946 0002"]})
    problem = only(run(coverage, request))
    assert (problem.field, problem.path, problem.code) == (
        "numbers",
        "csr.numbers[2]",
        Code.LEFT_ON_ACCOUNT,
    )
    assert problem.number == "+442079460002"
    assert problem.message == (
        "+44 20 7946 0002 is on the CSR but not on this LOA, so it stays with BT, on the same"
        " account, after the port. To port it too, add it to the LOA; to leave it, tell BT"
        " whether to keep it or disconnect it."
    )
    # Without a carrier anywhere, the message still reads.
    request = changed(request, {"loa.carrier": "", "csr.carrier": ...})
    assert (
        run(coverage, request)
        .problems[-1]
        .message.startswith(
            "+44 20 7946 0002 is on the CSR but not on this LOA, so it stays with your current"
            " carrier, on the same account"
        )
    )


def test_an_order_number_left_off_the_loa(coverage: Coverage) -> None:
    # On the CSR too: left on the account.
    problem = only(run(coverage, changed(BASE, {"loa.numbers": ["020 7946 0000"]})))
    assert (problem.path, problem.code) == ("csr.numbers[1]", Code.LEFT_ON_ACCOUNT)
    assert problem.message == (
        "+44 20 7946 0001 is in the order but not on this LOA, so it would stay with BT after the"
        " port. Add it to the LOA."
    )
    # Not on the CSR: the group's LOA lacks it.
    request = changed(BASE, {"loa.numbers": ["020 7946 0000"], "csr.numbers": ["020 7946 0000"]})
    problem = only(run(coverage, request))
    assert (problem.field, problem.path, problem.code) == (
        "numbers",
        "numbers[1].number",
        Code.NOT_ON_LOA,
    )
    assert problem.message == (
        "+44 20 7946 0001 is in the order for London with BT, but not on this LOA. Add it: the"
        " LOA for a location and carrier lists all its numbers."
    )


def multi_location() -> dict[str, Any]:
    request = copy.deepcopy(BASE)
    request["numbers"] += [
        {"number": "0808 157 0000", "location": "London", "carrier": "BT"},
        {"number": "0113 496 0000", "location": "Leeds", "carrier": "Virgin Media"},
        {"number": "0113 496 0001", "location": "Leeds", "carrier": "Virgin Media"},
        {"number": "020 7946 0500", "location": "London", "carrier": "Vodafone"},
    ]
    request["loa"]["numbers"] = ["020 7946 0000", "020 7946 0001", "0808 157 0000"]
    request["csr"]["numbers"] = ["020 7946 0000", "020 7946 0001", "0808 157 0000"]
    return request


def test_one_loa_per_location_and_carrier(coverage: Coverage) -> None:
    report = run(coverage, multi_location())
    assert report.problems == ()
    assert [(g.location, g.carrier, g.numbers, g.this_loa) for g in report.groups] == [
        ("London", "BT", ("+442079460000", "+442079460001", "+448081570000"), True),
        ("Leeds", "Virgin Media", ("+441134960000", "+441134960001"), False),
        ("London", "Vodafone", ("+442079460500",), False),
    ]
    # Peers: in the UK, geographic and non-geographic numbers go on separate LOAs.
    assert [(p.id, p.label, p.numbers) for p in report.groups[0].separate] == [
        ("geographic", "Geographic numbers", ("+442079460000", "+442079460001")),
        ("non-geographic", "Non-geographic numbers (03, 08)", ("+448081570000",)),
    ]
    assert report.groups[1].separate == ()


def test_mixed_group(coverage: Coverage) -> None:
    request = multi_location()
    request["loa"]["numbers"] += ["0113 496 0000", "020 7946 0500"]
    report = run(coverage, request)
    mixed = report.problems[0]
    assert (mixed.field, mixed.path, mixed.code, mixed.hint) == (
        "numbers",
        "loa.numbers",
        Code.MIXED_GROUP,
        None,
    )
    assert mixed.message == (
        "This LOA lists numbers of 3 different locations or carriers: London with BT, Leeds with"
        " Virgin Media and London with Vodafone. Prepare one LOA for each, with only its numbers."
    )
    # The other groups' numbers are not on this CSR; nothing more (the LOA is to be split).
    assert [p.code for p in report.problems[1:]] == [Code.NOT_ON_CSR, Code.NOT_ON_CSR]
    assert [g.this_loa for g in report.groups] == [True, True, True]


def test_germany_separates_geographic_and_toll_free(coverage: Coverage) -> None:
    order = [
        {"number": "030 1234567", "location": "Berlin", "carrier": "Telekom"},
        {"number": "0800 1234567", "location": "Berlin", "carrier": "Telekom"},
        {"number": "0151 23456789", "location": "Berlin", "carrier": "Telekom"},
    ]
    request = {"country": "DE", "numbers": order, "loa": {"numbers": ["030 1234567"]}}
    (group,) = run(coverage, request).groups
    assert [(p.id, p.label, p.numbers) for p in group.separate] == [
        ("geographic", "Geographic numbers", ("+49301234567",)),
        ("toll-free", "Toll-free numbers", ("+498001234567",)),
        ("other", "Other numbers", ("+4915123456789",)),
    ]


def test_order_entries(coverage: Coverage) -> None:
    order = [
        "020 7946 0000",
        {"number": "", "location": "London", "carrier": "BT"},
        {"number": 2079460001, "location": "", "carrier": None},
        {"number": ["x"], "location": 5.5, "carrier": ["BT"]},
        {"number": "call me", "location": "London", "carrier": "BT"},
        {"number": "+44 20 7946 0001", "location": "Leeds", "carrier": "BT"},
        {"number": "+44 20 7946 0001", "location": "", "carrier": ""},  # the same: once
    ]
    report = run(coverage, changed(BASE, {"numbers": order}))
    assert [(p.path, p.code, p.number, p.message) for p in report.problems] == [
        (
            "numbers[0]",
            Code.FORMAT,
            None,
            "Entry 1 of the order is not a number with its location and carrier. Give each entry"
            " a number, a location and a carrier.",
        ),
        (
            "numbers[1].number",
            Code.MISSING,
            None,
            "Enter the phone number of entry 2 of the order.",
        ),
        (
            "numbers[2].location",
            Code.MISSING,
            "+442079460001",
            "Enter the location of +44 20 7946 0001: the order needs one LOA per location.",
        ),
        (
            "numbers[2].carrier",
            Code.MISSING,
            "+442079460001",
            "Enter the current carrier of +44 20 7946 0001: the order needs one LOA per carrier.",
        ),
        ("numbers[3].number", Code.FORMAT, None, "Enter the phone number as text."),
        ("numbers[3].location", Code.FORMAT, None, "Enter the location as text."),
        ("numbers[3].carrier", Code.FORMAT, None, "Enter the carrier as text."),
        (
            "numbers[4].number",
            Code.FORMAT,
            None,
            "call me is not a phone number. Enter it in digits, for example +44 121 234 5678.",
        ),
        (
            "numbers[5].number",
            Code.DUPLICATE,
            "+442079460001",
            "+44 20 7946 0001 is already in the order at entry 3, for no location given with no"
            " carrier given. Keep one entry, with the right location and carrier.",
        ),
        (
            "numbers[6].location",
            Code.MISSING,
            "+442079460001",
            "Enter the location of +44 20 7946 0001: the order needs one LOA per location.",
        ),
        (
            "numbers[6].carrier",
            Code.MISSING,
            "+442079460001",
            "Enter the current carrier of +44 20 7946 0001: the order needs one LOA per carrier.",
        ),
        (
            "loa.numbers[0]",
            Code.NOT_IN_ORDER,
            "+442079460000",
            "+44 20 7946 0000 is on the LOA but not in the order. Add it to the order with its"
            " location and carrier, or take it off the LOA.",
        ),
    ]
    assert [(g.location, g.carrier, g.numbers) for g in report.groups] == [
        ("", "", ("+442079460001",))
    ]


def test_loa_and_csr_number_lists(coverage: Coverage) -> None:
    request = changed(
        BASE,
        {
            "loa.numbers": "020 7946 0000\n020 7946 0001; 020 7946 0001",  # pasted text
            "csr.numbers": [{"number": "+442079460000"}, 2079460001, None, ["x"], "0"],
        },
    )
    assert [(p.path, p.code, p.message) for p in run(coverage, request).problems] == [
        ("csr.numbers[3]", Code.FORMAT, "Enter the phone number as text."),
        (
            "csr.numbers[4]",
            Code.FORMAT,
            "0 is not a phone number. Enter it in digits, for example +44 121 234 5678.",
        ),
    ]
    request = changed(BASE, {"loa.numbers": {"a": 1}, "csr.numbers": 7})
    assert [(p.path, p.code, p.message) for p in run(coverage, request).problems] == [
        ("loa.numbers", Code.FORMAT, "Give the numbers to port as a list, one number per entry."),
        ("csr.numbers", Code.FORMAT, "Give the CSR's numbers as a list, one number per entry."),
    ]


def test_typical_numbers_field(coverage: Coverage) -> None:
    index = next(i for i, f in enumerate(coverage.loa.fields) if f.id == "numbers")
    data = with_data(coverage, {f"loa.fields.{index}.status": "typical"})
    problem = run(data, changed(BASE, {"loa.numbers": []})).problems[0]
    assert (problem.path, problem.code) == ("loa.numbers", Code.MISSING)
    assert problem.message == (
        "List the numbers this LOA ports: the CSR lists the numbers on the account."
    )
    assert run(data, changed(BASE, {"loa.numbers": [], "csr.numbers": []})).problems == ()


# The input as a whole ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_", "reason", "message"),
    [
        (
            [],
            Refusal.NOT_AN_OBJECT,
            "The input is not a JSON object. Give an object with country, numbers, loa and, if"
            " you have it, csr.",
        ),
        (
            {"loa": {}},
            Refusal.COUNTRY_MISSING,
            "country is missing or is not text. Give the ISO code of the numbers' country, for"
            " example FR.",
        ),
        ({"country": 33, "loa": {}}, Refusal.COUNTRY_MISSING, None),
        (
            {"country": "United Kingdom", "loa": {}},
            Refusal.UNKNOWN_COUNTRY,
            "country: United… is not a country code this guide knows. Give the ISO code of the"
            " numbers' country, for example FR.",
        ),
        (
            {"country": "GB"},
            Refusal.LOA_MISSING,
            "loa is missing. Give the LOA's fields as an object.",
        ),
        (
            {"country": "GB", "loa": []},
            Refusal.NOT_A_MAPPING,
            "loa is not an object. Give its fields as an object, with the field names as keys.",
        ),
        (
            {"country": "GB", "loa": {}, "csr": "none"},
            Refusal.NOT_A_MAPPING,
            "csr is not an object. Give its fields as an object, with the field names as keys.",
        ),
        (
            {"country": "GB", "loa": {}, "numbers": {"number": "020 7946 0000"}},
            Refusal.NOT_A_LIST,
            "numbers is neither a list nor a pasted order. Give one entry per number of the"
            " order, each with number, location and carrier, or the order as text.",
        ),
        (
            {"country": "GB", "loa": {"numbers": ["1"] * 10_001}},
            Refusal.TOO_MANY_NUMBERS,
            "loa.numbers has 10,001 numbers; at most 10,000 can be checked at once. Check the"
            " order one location at a time.",
        ),
    ],
)
def test_refused(
    coverage: Coverage, request_: object, reason: Refusal, message: str | None
) -> None:
    report = run(coverage, request_)
    assert (report.refused, report.problems, report.groups) == (reason, (), ())
    if message is not None:
        assert report.refused_message == message


def test_csr_is_optional(coverage: Coverage) -> None:
    request = changed(BASE, {"csr": ..., "loa.pin": "", "loa.account_number": ""})
    assert run(coverage, request).problems == ()
    assert run(coverage, changed(request, {"numbers": ...})).groups == ()


def test_huge_values_are_answered(coverage: Coverage) -> None:
    request = changed(
        BASE, {"loa.service_address": "x" * 1_000_000, "loa.billing_number": "9" * 100_000}
    )
    start = time.perf_counter()
    report = run(coverage, request)
    assert time.perf_counter() - start < 5
    assert [(p.field, p.code, p.hint) for p in report.problems] == [
        ("service_address", Code.MISMATCH, Hint.OTHER),
        ("billing_number", Code.FORMAT, None),
    ]
    assert report.problems[0].message.endswith("“14 Baker Street, London NW1 6XE”.")


def test_every_region_has_an_example_number() -> None:
    for region in phonenumbers.SUPPORTED_REGIONS:
        kind = phonenumbers.PhoneNumberType.FIXED_LINE
        assert phonenumbers.example_number_for_type(region, kind) is not None


def test_iso_date() -> None:
    assert loa.iso_date("2026-12-01") == dt.date(2026, 12, 1)
    assert loa.iso_date("2026-13-01") is None
    assert loa.iso_date("20261201") is None
    assert loa.iso_date(None) is None


# The order as pasted ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pasted", "expected"),
    [
        # A spreadsheet's columns, its heading skipped; extra columns ignored.
        (
            "Number\tLocation\tCarrier\n020 7946 0000\tLondon\tBT\tnote",
            [("020 7946 0000", "London", "BT")],
        ),
        # Commas: the location is everything between the first and the last.
        (
            "020 7946 0000, London, Baker Street, BT",
            [("020 7946 0000", "London, Baker Street", "BT")],
        ),
        # Semicolons win over commas; one separator is the location alone.
        (
            "0113 496 0000; Leeds, Park Row\n0113 496 0001;Leeds",
            [
                ("0113 496 0000", "Leeds, Park Row", ""),
                ("0113 496 0001", "Leeds", ""),
            ],
        ),
        # Every line break a spreadsheet or a browser may give; empty lines skipped.
        (
            "020 7946 0000\r\n\r\n020 7946 0001\u2028020 7946 0002\x85",
            [
                ("020 7946 0000", "", ""),
                ("020 7946 0001", "", ""),
                ("020 7946 0002", "", ""),
            ],
        ),
        # A first line with a digit in its first column is a number, not a heading.
        ("+44 20 7946 0000\tLondon\tBT", [("+44 20 7946 0000", "London", "BT")]),
        # A single word is a number to check (and report), not a heading.
        ("Number", [("Number", "", "")]),
        ("", []),
    ],
)
def test_parse_order(pasted: str, expected: list[tuple[str, str, str]]) -> None:
    assert loa.parse_order(pasted) == [
        {"number": n, "location": location, "carrier": c} for n, location, c in expected
    ]


def test_a_pasted_order_is_checked_as_its_rows(coverage: Coverage) -> None:
    rows = [("020 7946 0000", "London", "BT"), ("0113 496 0000", "Leeds", "Virgin Media")]
    as_rows = {
        "country": "GB",
        "numbers": [{"number": n, "location": loc, "carrier": c} for n, loc, c in rows],
        "loa": {"numbers": "020 7946 0000"},
    }
    pasted = {**as_rows, "numbers": "\n".join("\t".join(row) for row in rows)}
    today = dt.date(2026, 12, 1)
    assert loa.check(pasted, coverage, today=today) == loa.check(as_rows, coverage, today=today)


def test_a_pasted_order_over_the_limit_is_refused(coverage: Coverage) -> None:
    pasted = "\n".join(["020 7946 0000\tLondon\tBT"] * (loa.MAX_NUMBERS + 1))
    report = loa.check({"country": "GB", "numbers": pasted, "loa": {}}, coverage)
    assert report.refused is loa.Refusal.TOO_MANY_NUMBERS


# JSON, the CLI and the bridge -------------------------------------------------------


def test_json_shape(coverage: Coverage) -> None:
    request = changed(BASE, {"loa.end_user_name": "Example Trading Ltd"})
    out = loa.report_to_dict(run(coverage, request))
    assert set(out) == {"problems", "groups"}
    (problem,) = out["problems"]
    assert list(problem)[:4] == ["field", "code", "hint", "message"]
    assert problem["field"] == "end_user_name"
    assert problem["code"] == "mismatch"
    assert problem["hint"] == "abbreviation"
    assert problem["hints"] == ["abbreviation"]
    assert problem["path"] == "loa.end_user_name"
    assert problem["number"] is None
    assert problem["diff"][0] == {
        "op": "equal",
        "loa": "Example Trading L",
        "csr": "Example Trading L",
    }
    (group,) = out["groups"]
    assert {"location", "carrier", "numbers"} <= set(group)
    assert group["numbers"] == ["+442079460000", "+442079460001"]
    assert json.loads(json.dumps(out)) == out


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_json_on_the_example(capsys: pytest.CaptureFixture[str], coverage: Coverage) -> None:
    code, out, err = cli(capsys, "loa", "--json", "--today", "2026-12-01", str(EXAMPLE))
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert [(p["path"], p["code"], p["hint"]) for p in report["problems"]] == [
        ("loa.end_user_name", "mismatch", "abbreviation"),
        ("loa.service_address", "mismatch", "spacing"),
        ("loa.account_number", "mismatch", "punctuation"),
        ("loa.numbers", "mixed-group", None),
        ("loa.numbers[3]", "not-on-csr", None),
        ("csr.numbers[2]", "left-on-account", None),
    ]
    assert [(g["location"], g["carrier"], len(g["numbers"])) for g in report["groups"]] == [
        ("London, Baker Street", "BT", 3),
        ("Leeds, Park Row", "Virgin Media", 2),
    ]
    request = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert report == loa.report_to_dict(run(coverage, request))


def test_cli_table(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    request = multi_location()
    request["loa"]["end_user_name"] = "EXAMPLE TRADING LIMITED"
    monkeypatch.setattr("sys.stdin", _Stdin(json.dumps(request)))
    code, out, _ = cli(capsys, "loa", "--today", "2026-12-01")
    assert code == 0
    lines = out.splitlines()
    assert lines[:3] == [
        "Problems found: 1",
        "Field              Problem          What to do",
        "loa.end_user_name  mismatch (case)  End-user or company name differs from the CSR only"
        " in capital letters. Write it exactly as the CSR has it: “Example Trading Limited”.",
    ]
    assert lines[3:] == [
        "",
        "LOAs to prepare: 3",
        "1. London with BT (this LOA): +442079460000, +442079460001, +448081570000",
        "   Geographic numbers: +442079460000, +442079460001",
        "   Non-geographic numbers (03, 08): +448081570000",
        "2. Leeds with Virgin Media: +441134960000, +441134960001",
        "3. London with Vodafone: +442079460500",
    ]


def test_cli_no_problems(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "loa.json"
    path.write_text(json.dumps(changed(BASE, {"numbers": ...})), encoding="utf-8")
    code, out, _ = cli(capsys, "loa", "--today", "2026-12-01", str(path))
    assert (code, out) == (0, "No problems found.\n")


class _Stdin:
    def __init__(self, text: str) -> None:
        import io

        self.buffer = io.BytesIO(text.encode("utf-8"))


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (
            "{",
            "error: {file}: not JSON (Expecting property name enclosed in double quotes at line 1"
            " column 2)\n",
        ),
        (
            "[" * 100_000 + "]" * 100_000,
            "error: {file}: not JSON that can be read (maximum recursion depth exceeded",
        ),
        (
            '{"loa": {}}',
            "error: {file}: country is missing or is not text. Give the ISO code of the numbers'"
            " country, for example FR.\n",
        ),
    ],
)
def test_cli_unusable_input_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, error: str
) -> None:
    path = tmp_path / "loa.json"
    path.write_text(content, encoding="utf-8")
    code, out, err = cli(capsys, "loa", str(path))
    assert (code, out) == (2, "")
    assert err.startswith(error.format(file=path))
    assert err.endswith("\n")


def test_cli_missing_file_and_bad_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    assert cli(capsys, "loa", str(missing)) == (
        2,
        "",
        f"error: {missing}: No such file or directory\n",
    )
    with pytest.raises(SystemExit) as exc:
        main(["loa", "--today", "tomorrow", str(EXAMPLE)])
    assert exc.value.code == 2
    assert "--today: invalid fromisoformat value: 'tomorrow'" in capsys.readouterr().err


def test_cli_help_documents_the_input(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["loa", "--help"])
    out = capsys.readouterr().out
    for word in ("country", "numbers", "end_user_name", "signature_date", "csr", "left-on-account"):
        assert word in out
    example = out[out.index('  {"country"') : out.index("Phone numbers are compared")]
    assert json.loads(example)["country"] == "GB"


@pytest.fixture
def ready_bridge(coverage: Coverage) -> None:
    bridge.init(json.dumps(coverage.to_dict()))


def ask(request: dict[str, Any]) -> dict[str, Any]:
    answer: dict[str, Any] = json.loads(bridge.handle(json.dumps(request)))
    return answer


@pytest.mark.usefixtures("ready_bridge")
def test_bridge_gives_the_cli_report(coverage: Coverage) -> None:
    request = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    answer = ask({"check": "loa", "today": "2026-12-01", **request})
    assert answer == {"ok": True, "report": loa.report_to_dict(run(coverage, request))}
    # Without a (readable) date, today is today.
    answer = ask(
        {"check": "loa", "today": "soon", **changed(BASE, {"loa.signature_date": "2020-01-01"})}
    )
    assert answer["report"]["problems"][0]["code"] == "date-too-old"


@pytest.mark.usefixtures("ready_bridge")
def test_bridge_refuses_unusable_input() -> None:
    assert ask({"check": "loa", "country": "GB"}) == {
        "ok": False,
        "error": "unusable-input",
        "message": "loa is missing. Give the LOA's fields as an object.",
    }


# Properties ---------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
LOA_KEYS = [*BASE["loa"], "rio", "cnpj"]
numbers_like = st.sampled_from(
    ["020 7946 0000", "+44 20 7946 0001", "0113 496 0000", "01 23 45 67 89", "", "x", "+1 212"]
)
field_values = st.one_of(
    json_values, numbers_like, st.lists(numbers_like | json_values, max_size=5)
)
entries = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {}, optional={"number": field_values, "location": field_values, "carrier": field_values}
    ),
)
requests = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"country": st.sampled_from(["GB", "FR", "DE", "BR", "it", "XX", ""]) | json_values},
        optional={
            "numbers": st.lists(entries, max_size=6) | json_values,
            "loa": st.dictionaries(st.sampled_from(LOA_KEYS), field_values, max_size=12)
            | json_values,
            "csr": st.dictionaries(st.sampled_from(LOA_KEYS), field_values, max_size=8)
            | json_values,
        },
    ),
)


@settings(max_examples=400, deadline=None)
@given(requests)
def test_never_raises(coverage: Coverage, request: object) -> None:
    report = run(coverage, request)
    assert isinstance(report, LoaReport)
    out = json.dumps(loa.report_to_dict(report))
    assert json.loads(out).keys() == {"problems", "groups"}
    for problem in report.problems:
        assert problem.message
        assert problem.path
        assert (problem.hint is None) == (problem.code != Code.MISMATCH)
    assert (report.refused is None) == (report.refused_message == "")


text_values = st.text(
    alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda s: _text.clean(s) != "")


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries(dict.fromkeys(TEXT_FIELDS, text_values)), numbers_like)
def test_identical_loa_and_csr_give_no_mismatch(
    coverage: Coverage, values: dict[str, str], billing: str
) -> None:
    request = copy.deepcopy(BASE)
    for side in ("loa", "csr"):
        request[side].update(values, billing_number=billing)
    report = run(coverage, request)
    assert Code.MISMATCH not in {p.code for p in report.problems}


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(TEXT_FIELDS),
    st.sampled_from(["replace", "insert", "delete"]),
    st.integers(min_value=0, max_value=100),
    st.characters(exclude_categories=("Cs",)),
)
def test_one_character_changed_gives_one_mismatch_on_that_field(
    coverage: Coverage, field: str, change: str, at: int, char: str
) -> None:
    old: str = BASE["loa"][field]
    i = at % (len(old) + (change == "insert"))
    if change == "replace":
        new = old[:i] + char + old[i + 1 :]
    elif change == "insert":
        new = old[:i] + char + old[i:]
    else:
        new = old[:i] + old[i + 1 :]
    assume(_text.clean(new) not in ("", old))
    problem = only(run(coverage, changed(BASE, {f"loa.{field}": new})))
    assert (problem.field, problem.path, problem.code) == (field, f"loa.{field}", Code.MISMATCH)


pool = st.sampled_from(
    [
        "020 7946 0000",
        "+44 20 7946 0000",
        "020 7946 0001",
        "0113 496 0000",
        "+44 113 496 0001",
        "0808 157 0000",
        "not a number",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(pool, st.sampled_from(["London", "Leeds", ""]), st.sampled_from(["BT", "Sky"])),
        max_size=12,
    ),
    st.lists(pool, max_size=5),
)
def test_groups_partition_the_numbers(
    coverage: Coverage, order: list[tuple[str, str, str]], listed: list[str]
) -> None:
    request = {
        "country": "GB",
        "numbers": [{"number": n, "location": loc, "carrier": c} for n, loc, c in order],
        "loa": {"numbers": listed},
    }
    report = run(coverage, request)
    first: dict[str, tuple[str, str]] = {}
    for n, location, carrier in order:
        parsed = phonenumbers.parse(n, "GB") if n != "not a number" else None
        if parsed is not None:
            e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            first.setdefault(e164, (location, carrier))
    grouped = [n for g in report.groups for n in g.numbers]
    assert len(grouped) == len(set(grouped))
    assert set(grouped) == set(first)
    for group in report.groups:
        assert group.numbers
        assert all(first[n] == (group.location, group.carrier) for n in group.numbers)
    pairs = [(g.location, g.carrier) for g in report.groups]
    assert len(pairs) == len(set(pairs))
