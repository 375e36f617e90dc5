"""The one entry point the browser worker calls (and the parity tests, in both
runtimes): JSON request in, JSON response out. Never raises on user input."""

from __future__ import annotations

import json
from collections.abc import Iterator

from checks import eligibility
from checks.records import Coverage, coverage_from_json_text
from checks.serialize import report_with_exports

__all__ = ["begin", "handle", "init", "resume"]

_coverage: Coverage | None = None
_steps: Iterator[eligibility.Progress | eligibility.EligibilityReport] | None = None


def init(coverage_json: str) -> None:
    """Load the coverage records from the JSON the build wrote."""
    global _coverage
    _coverage = coverage_from_json_text(coverage_json)


def handle(request_json: str) -> str:
    """`{"check": "eligibility", "text": ..., "country": ...}` to the report as JSON."""
    response = begin(request_json)
    while _steps is not None:
        response = resume()
    return response


def begin(request_json: str) -> str:
    """handle(), for a caller that shows progress (the browser's worker): a
    long eligibility list answers `{"ok": true, "progress": {"done", "total"}}`
    after each step, and resume() goes on, until the response handle() gives."""
    global _steps
    _steps = None
    try:
        request = json.loads(request_json)
    except ValueError:
        return _error("bad-request", "The request is not JSON.")
    if not isinstance(request, dict):
        return _error("bad-request", "The request is not a JSON object.")
    if _coverage is None:
        return _error("not-ready", "Coverage data is not loaded.")
    check = request.get("check")
    if check == "eligibility":
        raw, country = request.get("text"), request.get("country") or None
        _steps = eligibility.check_in_steps(
            raw if isinstance(raw, str) else "",
            _coverage,
            country if isinstance(country, str) else None,
        )
        return resume()
    # --- more checks dispatch here ---
    if check == "loa":
        # {"country", "numbers", "loa", "csr", "today"?}: checks.loa.check
        from checks import loa

        report = loa.check(request, _coverage, today=loa.iso_date(request.get("today")))
        if report.refused is not None:
            return _error("unusable-input", report.refused_message)
        return json.dumps({"ok": True, "report": loa.report_to_dict(report)})
    if check == "timeline":
        # {"received", "tz", "display_tz", "forwarding", "sms"}: checks.timeline.plan_from_fields
        from checks import timeline

        plan = timeline.plan_from_fields(request, _coverage)
        return json.dumps({"ok": True, "report": timeline.plan_to_dict(plan)})
    return _error("unknown-check", f"No check named {str(check)[:40]!r}.")


def resume() -> str:
    """The next step of the check begin() started (see there)."""
    global _steps
    if _steps is None:
        return _error("nothing-running", "No check is running.")
    step = next(_steps)
    if isinstance(step, eligibility.Progress):
        return json.dumps({"ok": True, "progress": {"done": step.done, "total": step.total}})
    _steps = None
    return json.dumps({"ok": True, "report": report_with_exports(step)})


def _error(code: str, message: str) -> str:
    return json.dumps({"ok": False, "error": code, "message": message})
