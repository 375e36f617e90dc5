"""Check results to JSON-able dicts: one shape for the CLI, the browser and the tests."""

from __future__ import annotations

import csv
import io
from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any

from checks.eligibility import EligibilityReport, NumberResult
from checks.messages import text

__all__ = [
    "CSV_COLUMNS",
    "plain",
    "report_to_dict",
    "report_with_exports",
    "result_to_dict",
    "spreadsheet_safe",
    "support_email",
    "to_csv",
]


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


def report_with_exports(report: EligibilityReport) -> dict[str, Any]:
    """The report plus the files the widget offers: the CSV and the email text."""
    out = report_to_dict(report)
    out["csv"] = to_csv(out["results"])
    out["email"] = support_email(report)
    return out


CSV_COLUMNS = (
    "position",
    "input",
    "e164",
    "region",
    "type",
    "verdict",
    "reason",
    "message",
    "next_step",
)


def spreadsheet_safe(cell: object) -> str:
    """OWASP CSV injection: a cell that a spreadsheet would read as a formula is
    prefixed with an apostrophe, which spreadsheets show as text."""
    value = "" if cell is None else str(cell)
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def to_csv(records: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in records:
        writer.writerow([spreadsheet_safe(r[c]) for c in CSV_COLUMNS])
    return buffer.getvalue()


def support_email(report: EligibilityReport) -> dict[str, str]:
    """The email a customer sends support to have the list verified."""
    lines = [
        f"{r.position}. {r.input} | {r.e164 or '-'} | {r.region or '-'} | {r.type or '-'} | "
        f"{text(f'verdict.{r.verdict}')}: {r.message}"
        for r in report.results
    ]
    return {
        "subject": text("ui.email.subject", count=len(report.results)),
        "body": text("ui.email.body", table="\n".join(lines)),
    }
