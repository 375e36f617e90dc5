"""Check results to JSON-able dicts: one shape for the CLI, the browser and the tests."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any

from checks.eligibility import EligibilityReport, NumberResult

__all__ = ["plain", "report_to_dict", "result_to_dict"]


def plain(value: object) -> Any:
    """Frozen records (and tuples of them) to dicts and lists; enums to their values."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    return value


def result_to_dict(result: NumberResult) -> dict[str, Any]:
    out: dict[str, Any] = plain(result)
    return out


def report_to_dict(report: EligibilityReport) -> dict[str, Any]:
    return {
        "results": [result_to_dict(r) for r in report.results],
        "by_verdict": {v.value: n for v, n in report.by_verdict},
        "by_country": dict(report.by_country),
        "refused": report.refused.value if report.refused else None,
        "refused_message": report.refused_message,
    }
