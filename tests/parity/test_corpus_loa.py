"""The LOA parity corpus reaches every problem code and every hint (checked in
CPython; test_parity.py runs the same requests in Pyodide)."""

from __future__ import annotations

import json

from checks import bridge
from checks._text import Hint
from checks.loa import Code
from tests.parity.corpus import all_requests
from tests.parity.corpus_loa import loa_requests
from tests.support.paths import ROOT


def responses() -> list[dict[str, object]]:
    from checks.datafile import load_coverage

    bridge.init(json.dumps(load_coverage(ROOT / "data" / "coverage.yaml").to_dict()))
    return [json.loads(bridge.handle(json.dumps(r))) for r in loa_requests()]


def test_every_code_hint_and_refusal() -> None:
    got = responses()
    problems = [p for r in got if r["ok"] for p in r["report"]["problems"]]  # type: ignore[index]
    assert {p["code"] for p in problems} == set(Code)
    assert {h for p in problems for h in p["hints"]} == set(Hint)
    assert {p["hint"] for p in problems} - {None} == set(Hint)
    assert any(not r["ok"] for r in got)
    # Orders with several LOAs, and the GB separation of number types.
    groups = [r["report"]["groups"] for r in got if r["ok"]]  # type: ignore[index]
    assert max(len(g) for g in groups) >= 3
    assert any(part for g in groups for group in g for part in group["separate"])


def test_every_request_is_deterministic_and_in_the_parity_run() -> None:
    requests = loa_requests()
    assert all(r.get("check") == "loa" and "today" in r for r in requests)
    everything = all_requests()
    assert all(r in everything for r in requests)
