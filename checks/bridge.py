"""The one entry point the browser worker calls (and the parity tests, in both
runtimes): JSON request in, JSON response out. Never raises on user input."""

from __future__ import annotations

import json
from typing import Any

from checks import eligibility
from checks.records import Coverage, coverage_from_json_text
from checks.serialize import report_with_exports

__all__ = ["handle", "init"]

_coverage: Coverage | None = None


def init(coverage_json: str) -> None:
    """Load the coverage records from the JSON the build wrote."""
    global _coverage
    _coverage = coverage_from_json_text(coverage_json)


def handle(request_json: str) -> str:
    """`{"check": "eligibility", "text": ..., "country": ...}` to the report as JSON."""
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
        return json.dumps({"ok": True, "report": _eligibility(_coverage, request)})
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


def _eligibility(coverage: Coverage, request: dict[str, Any]) -> dict[str, Any]:
    raw = request.get("text")
    country = request.get("country") or None
    report = eligibility.check(
        raw if isinstance(raw, str) else "",
        coverage,
        country if isinstance(country, str) else None,
    )
    return report_with_exports(report)


def _error(code: str, message: str) -> str:
    return json.dumps({"ok": False, "error": code, "message": message})
