"""Helpers shared by the CLI subcommands: input, tables, CSV."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Any, TextIO

__all__ = ["CSV_COLUMNS", "print_table", "read_input", "spreadsheet_safe", "to_csv"]


def read_input(name: str) -> str:
    """FILE or "-" (standard input) as text; bytes that are not UTF-8 become U+FFFD."""
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    return data.decode("utf-8-sig", errors="replace")


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


def print_table(header: list[str], rows: list[list[str]], out: TextIO) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    widths[-1] = 0  # the last column runs free
    for row in (header, *rows):
        out.write(
            "  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)).rstrip() + "\n"
        )
