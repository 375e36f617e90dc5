"""`python -m checks loa`: check an LOA against the carrier's CSR (see --help)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from checks import loa
from checks._cli import print_table, read_input
from checks.messages import text
from checks.records import Coverage

__all__ = ["register", "run"]

EXIT_OK = 0
EXIT_USAGE = 2

_HELP = f"""\
Check a Letter of Authorization (LOA) before you send it: every required field
is filled in, every field is exactly what the current carrier has on its
Customer Service Record (CSR), the signature date is recent, and the order is
split into one LOA per location and carrier.

Input: a JSON object, from FILE or standard input ("-" or no FILE):

  country  ISO code of the numbers' country, e.g. "FR"
  numbers  the whole order: [{{"number", "location", "carrier"}}, ...], or
           the order as pasted from a spreadsheet, as one string: a number
           per line, then its location and carrier after a tab, ";" or ","
  loa      the LOA: end_user_name, service_address, billing_number,
           account_number, pin, carrier, signer_name, signer_title,
           signature_date (YYYY-MM-DD), numbers (the numbers it lists),
           and the country's own fields (FR: rio; IT: secret_code;
           PT: cvp_code; BR: cnpj)
  csr      optional, as the carrier has it: end_user_name, service_address,
           billing_number, account_number, pin, carrier, numbers (every
           number on the account at that location)

Example (data/examples/loa-example.json is a longer one):

  {{"country": "GB",
   "numbers": [{{"number": "+44 20 7946 0000", "location": "London",
                "carrier": "BT"}}],
   "loa": {{"end_user_name": "Example Ltd", "service_address": "1 High St",
           "billing_number": "020 7946 0000", "account_number": "AB123",
           "carrier": "BT", "signer_name": "Sam Smith",
           "signer_title": "Director", "signature_date": "2026-11-30",
           "numbers": ["020 7946 0000"]}},
   "csr": {{"end_user_name": "Example Limited",
           "service_address": "1 High Street", "carrier": "BT",
           "numbers": ["+442079460000", "+442079460001"]}}}}

Phone numbers are compared as numbers (written in any usual way); everything
else is compared exactly. At most {loa.MAX_NUMBERS:,} numbers per list.

Output: the problems, each with its field and what to do, then the LOAs to
prepare. --json prints {{"problems": [{{"field", "code", "hint", "message",
"path", "hints", "diff", "number"}}], "groups": [{{"location", "carrier",
"numbers", "typed", "this_loa", "separate"}}]}}. Codes: missing, mismatch,
not-on-csr, left-on-account, date-future, date-too-old, mixed-group, format,
duplicate, not-in-order, not-on-loa. Hints (mismatch only): case, spacing,
punctuation, abbreviation, accents, digits, word-order, other.
Exit status: 0 when the check ran, whatever it found; 2 on unusable input.
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `loa` subcommand to `python -m checks`."""
    parser = subparsers.add_parser(
        "loa",
        help="check an LOA against the carrier's CSR",
        description=_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the date to check the signature date against (default: today)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, coverage: Coverage) -> int:
    try:
        raw = read_input(args.file)
    except OSError as exc:
        print(f"error: {args.file}: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    try:
        request = json.loads(raw)
    except json.JSONDecodeError as exc:
        print(
            f"error: {args.file}: not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})",
            file=sys.stderr,
        )
        return EXIT_USAGE
    except (ValueError, RecursionError) as exc:  # e.g. digits beyond Python's limit, deep nesting
        print(f"error: {args.file}: not JSON that can be read ({exc})", file=sys.stderr)
        return EXIT_USAGE
    report = loa.check(request, coverage, today=args.today)
    if report.refused is not None:
        print(f"error: {args.file}: {report.refused_message}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(loa.report_to_dict(report), indent=2, ensure_ascii=False))
        return EXIT_OK
    _print_report(report)
    return EXIT_OK


def _print_report(report: loa.LoaReport) -> None:
    out = sys.stdout
    if report.problems:
        print(text("loa.cli.problems", count=len(report.problems)), file=out)
        print_table(
            [text("loa.cli.col.path"), text("loa.cli.col.code"), text("loa.cli.col.message")],
            [
                [p.path, f"{p.code} ({p.hint})" if p.hint else str(p.code), p.message]
                for p in report.problems
            ],
            out,
        )
    else:
        print(text("loa.cli.no-problems"), file=out)
    if not report.groups:
        return
    print("\n" + text("loa.cli.groups", count=len(report.groups)), file=out)
    for position, group in enumerate(report.groups, start=1):
        key = "loa.cli.this-loa" if group.this_loa else "loa.cli.group"
        pair = loa.pair_label(group.location, group.carrier)
        print(text(key, position=position, pair=pair, numbers=", ".join(group.numbers)), file=out)
        for part in group.separate:
            print(text("loa.cli.part", label=part.label, numbers=", ".join(part.numbers)), file=out)
