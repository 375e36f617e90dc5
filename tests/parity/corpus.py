"""Requests that go through both runtimes. Each check adds its own."""

from __future__ import annotations

import random
from typing import Any

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from tests.parity.corpus_loa import loa_requests
from tests.parity.corpus_timeline import timeline_requests

_TYPES = [getattr(PhoneNumberType, n) for n in vars(PhoneNumberType) if n.isupper()]


def example_numbers() -> list[str]:
    """phonenumbers' example number of every type in every region, written
    the ways people write them: a wide sample of national plans."""
    out: list[str] = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in _TYPES:
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            style = (PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.E164)[len(out) % 2]
            out.append(phonenumbers.format_number(number, style))
    return out


def junk(seed: int = 7, count: int = 300) -> list[str]:
    rng = random.Random(seed)
    alphabet = "0123456789+ ()-./xX#*;abc\u00a0\u200e\u0660\u202e<>&\"'=@"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(count)]


def eligibility_requests() -> list[dict[str, Any]]:
    numbers = example_numbers()
    return [
        {"check": "eligibility", "text": "\n".join(numbers)},
        {"check": "eligibility", "text": "\n".join(junk())},
        {
            "check": "eligibility",
            "text": "01 42 68 53 00\n0033 1 42 68 53 00\n06 12 34 56 78",
            "country": "FR",
        },
        {
            "check": "eligibility",
            "text": "020 7946 0000;0808 157 0000\t0300 123 4567",
            "country": "GB",
        },
        {"check": "eligibility", "text": "55 1234 5678, 800 123 4567", "country": "MX"},
        {"check": "eligibility", "text": "x", "country": "ZZ"},
        {"check": "eligibility", "text": "+33 1 42 68 53 00\n" * 10_001},
        {"check": "nope"},
        {"text": 3},
    ]


def all_requests() -> list[dict[str, Any]]:
    return [*eligibility_requests(), *loa_requests(), *timeline_requests()]
