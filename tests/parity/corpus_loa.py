"""LOA requests for the parity test: every problem code and every hint, orders
with several locations and carriers, partial ports, each country with fields or
rules of its own, hostile values and wrong types. `today` is always given, so
both runtimes check against the same date.

The requests go through JSON in Node: no NaN or infinities, no whole-number
floats (JavaScript writes 1.0 as 1) and no integers beyond 2**53."""

from __future__ import annotations

import copy
from typing import Any

TODAY = "2026-12-01"

# Ofcom's drama numbers: 020 7946 0xxx (London), 0113 496 0xxx (Leeds), 0808 157 0xxx.
BASE: dict[str, Any] = {
    "check": "loa",
    "today": TODAY,
    "country": "GB",
    "numbers": [
        {"number": "020 7946 0000", "location": "London", "carrier": "BT"},
        {"number": "020 7946 0001", "location": "London", "carrier": "BT"},
    ],
    "loa": {
        "end_user_name": "Example Trading Limited",
        "service_address": "14 Baker Street, London NW1 6XE",
        "billing_number": "020 7946 0000",
        "account_number": "AC55501",
        "pin": "1234",
        "carrier": "BT",
        "signer_name": "Sam Taylor",
        "signer_title": "Director",
        "signature_date": "2026-11-20",
        "numbers": ["020 7946 0000", "020 7946 0001"],
    },
    "csr": {
        "end_user_name": "Example Trading Limited",
        "service_address": "14 Baker Street, London NW1 6XE",
        "billing_number": "+44 20 7946 0000",
        "account_number": "AC55501",
        "pin": "1234",
        "carrier": "BT",
        "numbers": ["+442079460000", "+442079460001"],
    },
}

# (field, LOA value, CSR value): one per hint, as providers' rejection reasons read.
MISMATCHES = [
    ("end_user_name", "EXAMPLE TRADING LIMITED", "Example Trading Limited"),  # case
    ("service_address", "14 Baker Street, London NW16XE", "14 Baker Street, London NW1 6XE"),
    ("account_number", "AC-55501", "AC55501"),  # punctuation
    ("service_address", "14 Baker St., London NW1 6XE", "14 Baker Street, London NW1 6XE"),
    ("end_user_name", "Societe Generale", "Société Générale"),  # accents
    ("account_number", "AC55510", "AC55501"),  # digits
    ("end_user_name", "Limited Example Trading", "Example Trading Limited"),  # word order
    ("end_user_name", "Acme Holdings", "Example Trading Limited"),  # other
    ("pin", "4321", "1234"),  # digits
    ("carrier", "British Telecom", "BT"),  # other
    ("end_user_name", "example trading ltd.", "Example Trading Limited"),  # several at once
    ("service_address", "Hauptstr. 5", "Hauptstraße 5"),  # abbreviation in a compound
    ("end_user_name", "Müller & Söhne GmbH", "Mueller und Soehne GmbH"),
    ("service_address", "1 place Saint-Michel", "1 pl. St-Michel"),
]


def changed(request: dict[str, Any], changes: dict[str, object]) -> dict[str, Any]:
    """A copy with `{"loa.pin": ""}`-style changes; the value `...` deletes the key."""
    out = copy.deepcopy(request)
    for dotted, value in changes.items():
        *parents, last = dotted.split(".")
        node: Any = out
        for key in parents:
            node = node[key]
        if value is ...:
            node.pop(last, None)
        else:
            node[last] = value
    return out


def _order(*rows: tuple[str, str, str]) -> list[dict[str, str]]:
    return [{"number": n, "location": loc, "carrier": c} for n, loc, c in rows]


def _mismatches() -> list[dict[str, Any]]:
    return [
        changed(BASE, {f"loa.{field}": ours, f"csr.{field}": theirs})
        for field, ours, theirs in MISMATCHES
    ] + [
        # Phone numbers are compared as numbers: the first matches, the second differs.
        changed(BASE, {"loa.billing_number": "0044 (0)20 7946 0000"}),
        changed(BASE, {"loa.billing_number": "020 7946 0009"}),
        changed(BASE, {"loa.billing_number": "not a number"}),
        changed(BASE, {"csr.billing_number": "12"}),
    ]


def _missing_and_dates() -> list[dict[str, Any]]:
    empty_loa = dict.fromkeys(BASE["loa"], "")
    return [
        changed(BASE, {"loa": empty_loa}),
        changed(BASE, {"loa": empty_loa, "csr": ...}),
        changed(BASE, {"loa.pin": "", "loa.account_number": ...}),  # typical, but on the CSR
        changed(BASE, {"loa.pin": "", "csr.pin": ""}),  # typical, nowhere: fine
        changed(BASE, {"loa.numbers": []}),
        changed(BASE, {"loa.numbers": "", "csr.numbers": ""}),
        changed(BASE, {"loa.signature_date": "2026-12-02"}),  # future
        changed(BASE, {"loa.signature_date": "2026-09-01"}),  # 91 days: too old
        changed(BASE, {"loa.signature_date": "2026-09-02"}),  # 90 days: accepted
        changed(BASE, {"loa.signature_date": "30/11/2026"}),  # day first
        changed(BASE, {"loa.signature_date": "2026-02-30"}),
        changed(BASE, {"loa.signature_date": "yesterday"}),
        changed(BASE, {"today": "2027-03-01"}),
    ]


def _numbers() -> list[dict[str, Any]]:
    london = ("020 7946 0000", "London", "BT")
    london2 = ("020 7946 0001", "London", "BT")
    leeds = ("0113 496 0000", "Leeds", "Virgin Media")
    leeds_bt = ("0113 496 0001", "Leeds", "BT")
    freephone = ("0808 157 0000", "London", "BT")
    return [
        # A partial port: the CSR has a number the LOA leaves on the account.
        changed(BASE, {"csr.numbers": [*BASE["csr"]["numbers"], "+44 20 7946 0002"]}),
        # ... and one that is in the order too.
        changed(
            BASE,
            {
                "numbers": _order(london, london2, ("020 7946 0002", "London", "BT")),
                "csr.numbers": [*BASE["csr"]["numbers"], "+44 20 7946 0002"],
            },
        ),
        # An LOA number the CSR lacks, and one the order lacks.
        changed(BASE, {"loa.numbers": ["020 7946 0000", "020 7946 0001", "020 7946 0099"]}),
        # An order number of the LOA's group left off the LOA.
        changed(BASE, {"loa.numbers": ["020 7946 0000"], "csr.numbers": ["+442079460000"]}),
        # Several locations and carriers; the LOA mixes them.
        changed(
            BASE,
            {
                "numbers": _order(london, london2, leeds, leeds_bt, freephone),
                "loa.numbers": ["020 7946 0000", "0113 496 0000", "0113 496 0001"],
            },
        ),
        # One LOA per group, with the GB separation of geographic and non-geographic.
        changed(
            BASE,
            {
                "numbers": _order(london, freephone, london2, leeds),
                "loa.numbers": "020 7946 0000\n0808 157 0000; 020 7946 0001",
                "csr.numbers": "+442079460000, +448081570000\t+442079460001",
            },
        ),
        # The same number twice, with another location; and once more, the same.
        changed(BASE, {"numbers": _order(london, london2, ("+44 20 7946 0000", "Leeds", "BT"))}),
        changed(BASE, {"numbers": _order(london, london2, london)}),
        # Entries with parts missing or unreadable.
        changed(
            BASE,
            {
                "numbers": [
                    {"number": "020 7946 0000", "location": "", "carrier": "BT"},
                    {"number": "020 7946 0001", "location": "London"},
                    {"number": "", "location": "London", "carrier": "BT"},
                    {"number": "call me", "location": "London", "carrier": "BT"},
                    {"number": 2079460002, "location": 7, "carrier": ["BT"]},
                    "020 7946 0003",
                    None,
                    {},
                ]
            },
        ),
        # No order at all: only the LOA and the CSR are compared.
        changed(BASE, {"numbers": ...}),
        changed(BASE, {"numbers": []}),
        # Numbers as objects, with junk among them.
        changed(
            BASE,
            {"loa.numbers": [{"number": "020 7946 0000"}, {"number": "020 7946 0001"}, 5, "x"]},
        ),
    ]


def _countries() -> list[dict[str, Any]]:
    fr = changed(
        BASE,
        {
            "country": "FR",
            "numbers": _order(
                ("01 42 68 53 00", "Paris", "Orange"), ("01 42 68 53 01", "Paris", "Orange")
            ),
            "loa.billing_number": "01 42 68 53 00",
            "loa.carrier": "Orange",
            "loa.numbers": ["01 42 68 53 00", "01 42 68 53 01"],
            "loa.rio": "01 2 345678 9AB",
            "csr": ...,
        },
    )
    return [
        fr,
        changed(fr, {"loa.rio": "0123"}),
        changed(fr, {"loa.rio": ...}),
        changed(fr, {"country": "fr", "loa.signature_date": "20.11.2026"}),
        changed(
            BASE,
            {
                "country": "DE",
                "numbers": _order(
                    ("030 123456", "Berlin", "Telekom"), ("0800 1234567", "Berlin", "Telekom")
                ),
                "loa.numbers": ["030 123456", "0800 1234567"],
                "loa.billing_number": "030 123456",
                "csr": ...,
            },
        ),
        changed(BASE, {"country": "IT", "loa.secret_code": "", "csr": ...}),
        changed(BASE, {"country": "PT", "loa.cvp_code": "ABC123", "csr": ...}),
        changed(BASE, {"country": "BR", "loa.cnpj": "", "csr": ...}),
        changed(BASE, {"country": "MX", "csr": ...}),
        changed(BASE, {"country": "UK"}),
        changed(BASE, {"country": " gb "}),
    ]


HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "Example\u200b Trading\ufeff Limited",  # invisible characters
    "\u202eLimited Trading Example",  # right-to-left override
    "Example Trading Limited\u0000",
    "=cmd|' /C calc'!A0",
    "\U0001f4de Example Trading Limited",
    "Ex\u0061\u0301mple Trading Limited",  # a combining accent
    "x" * 5_000,
    "Example Trading Limited " * 50,
    "{name} {0} %s",
]


def _hostile() -> list[dict[str, Any]]:
    out = [changed(BASE, {"loa.end_user_name": value}) for value in HOSTILE]
    out += [changed(BASE, {"csr.service_address": value}) for value in HOSTILE[:4]]
    out.append(changed(BASE, {"numbers": _order(("<b>020 7946 0000</b>", "<i>x</i>", "&amp;"))}))
    out.append(changed(BASE, {"loa.numbers": "\u0660\u0662\u0660 7946 0000"}))  # Arabic digits
    return out


def _wrong_types() -> list[dict[str, Any]]:
    return [
        changed(BASE, {"loa.end_user_name": 42, "loa.account_number": 55501}),
        changed(BASE, {"loa.end_user_name": True, "csr.end_user_name": None}),
        changed(BASE, {"loa.service_address": ["14 Baker Street"], "csr.pin": {"pin": 1}}),
        changed(BASE, {"loa.billing_number": 2079460000, "loa.pin": 1.5}),
        changed(BASE, {"loa.signature_date": 20261120}),
        changed(BASE, {"loa.numbers": {"0": "020 7946 0000"}, "csr.numbers": 7}),
        changed(BASE, {"numbers": {"number": "020 7946 0000"}}),
        changed(BASE, {"numbers": "020 7946 0000"}),
        changed(BASE, {"loa": ["not", "a", "mapping"]}),
        changed(BASE, {"loa": ...}),
        changed(BASE, {"csr": "the CSR"}),
        changed(BASE, {"country": ...}),
        changed(BASE, {"country": 44}),
        changed(BASE, {"country": "ZZ"}),
        changed(BASE, {"country": "<script>"}),
        changed(BASE, {"today": "not a date"}),
        changed(BASE, {"numbers": _order(("020 7946 0000", "L", "B")) * 10_001}),
        changed(BASE, {"loa.numbers": "020 7946 0000\n" * 10_001}),
        {"check": "loa", "today": TODAY},
        {"check": "loa", "today": TODAY, "country": "GB", "loa": {}},
    ]


def _pasted() -> list[dict[str, Any]]:
    """The order as the page sends it: the text pasted from a spreadsheet."""
    return [
        changed(BASE, {"numbers": "Number\tLocation\tCarrier\n020 7946 0000\tLondon\tBT\n"}),
        changed(
            BASE, {"numbers": "020 7946 0000, London, Baker Street, BT\r\n\n0113 496 0000;Leeds"}
        ),
        changed(BASE, {"numbers": "\u2028020 7946 0000\tLondon\x85<b>x</b>\t\t\t"}),
    ]


def loa_requests() -> list[dict[str, Any]]:
    return [
        copy.deepcopy(BASE),
        *_pasted(),
        *_mismatches(),
        *_missing_and_dates(),
        *_numbers(),
        *_countries(),
        *_hostile(),
        *_wrong_types(),
    ]
