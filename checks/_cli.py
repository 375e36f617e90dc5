"""Helpers shared by the CLI subcommands: input, tables, CSV."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from checks.serialize import to_csv

__all__ = ["print_table", "read_input", "to_csv"]


def read_input(name: str) -> str:
    """FILE or "-" (standard input) as text; bytes that are not UTF-8 become U+FFFD."""
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    return data.decode("utf-8-sig", errors="replace")


def print_table(header: list[str], rows: list[list[str]], out: TextIO) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    widths[-1] = 0  # the last column runs free
    for row in (header, *rows):
        out.write(
            "  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)).rstrip() + "\n"
        )
