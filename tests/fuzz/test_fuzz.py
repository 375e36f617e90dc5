"""Fuzzing every check through the bridge, the browser's entry point: any
JSON-shaped request gets a JSON answer, never an exception.

CI runs the `ci` profile; `make fuzz` runs the `fuzz` profile (at least
100,000 examples per check). Profiles are registered in tests/conftest.py.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks import bridge
from checks.eligibility import split_entries
from tests.support.paths import ROOT

HOSTILE_TEXT = st.one_of(
    st.text(max_size=60),
    st.text(
        alphabet=st.sampled_from("+0123456789 ()-.;,\t\n\r\u202e\u200f\ufeff=@<>&\"'\\"),
        max_size=80,
    ),
    st.sampled_from(
        [
            "<script>alert(1)</script>",
            '=HYPERLINK("http://x")',
            "+33 1 42 68 53 00",
            "\x00\x01\x02",
            "\ud800",
            "9" * 300,
            "2026-03-29T02:30",
            "Europe/Madrid",
            "../../etc/passwd",
        ]
    ),
)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | HOSTILE_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(HOSTILE_TEXT, inner, max_size=4),
    max_leaves=12,
)


@pytest.fixture(scope="module", autouse=True)
def _coverage_loaded() -> None:
    from checks.datafile import load_coverage

    bridge.init(json.dumps(load_coverage(ROOT / "data" / "coverage.yaml").to_dict()))


def answer(request: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(bridge.handle(json.dumps(request)))
    assert isinstance(out["ok"], bool)
    return out


relaxed = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@relaxed
@given(text=HOSTILE_TEXT | st.lists(HOSTILE_TEXT, max_size=30).map("\n".join), country=JSONISH)
def test_eligibility(text: str, country: object) -> None:
    out = answer({"check": "eligibility", "text": text, "country": country})
    report = out["report"]
    if report["refused"] is None:
        assert [r["input"] for r in report["results"]] == split_entries(text)


@relaxed
@given(
    country=JSONISH,
    numbers=JSONISH,
    loa=st.dictionaries(
        st.sampled_from(
            [
                "end_user_name",
                "service_address",
                "billing_number",
                "account_number",
                "pin",
                "carrier",
                "signer_name",
                "signer_title",
                "signature_date",
                "numbers",
            ]
        ),
        JSONISH,
    )
    | JSONISH,
    csr=JSONISH,
)
def test_loa(country: object, numbers: object, loa: object, csr: object) -> None:
    answer({"check": "loa", "country": country, "numbers": numbers, "loa": loa, "csr": csr})


@relaxed
@given(
    received=HOSTILE_TEXT | st.datetimes().map(lambda d: d.isoformat()),
    tz=HOSTILE_TEXT | st.sampled_from(["Europe/Madrid", "America/Sao_Paulo", "Asia/Dubai", "UTC"]),
    display_tz=JSONISH,
    forwarding=JSONISH,
    sms=JSONISH | st.sampled_from(["port", "keep", "none"]),
)
def test_timeline(
    received: str, tz: str, display_tz: object, forwarding: object, sms: object
) -> None:
    answer(
        {
            "check": "timeline",
            "received": received,
            "tz": tz,
            "display_tz": display_tz,
            "forwarding": forwarding,
            "sms": sms,
        }
    )


@relaxed
@given(request=JSONISH)
def test_any_request(request: object) -> None:
    out = json.loads(bridge.handle(json.dumps(request)))
    assert isinstance(out, dict)
