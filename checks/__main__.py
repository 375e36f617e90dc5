"""Command line: `python -m checks coverage|eligibility ...` (see --help)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from checks import eligibility
from checks._cli import print_table, read_input, to_csv
from checks.datafile import DEFAULT_DATA, load_coverage
from checks.messages import text
from checks.records import Coverage, DataError
from checks.serialize import result_to_dict

EXIT_OK = 0
EXIT_USAGE = 2

_ELIGIBILITY_HELP = f"""\
Check which phone numbers can be ported into Genesys Cloud Voice.

Input: one number per line, or separated by commas, semicolons or tabs (as
copied from a spreadsheet), from FILE or standard input ("-" or no FILE).
At most {eligibility.MAX_ENTRIES:,} entries and {eligibility.MAX_INPUT_CHARS:,} characters.

Output: a table (default), --json (a list of objects with input, e164,
region, type, verdict, reason, message, next_step, position) or --csv (the
file to attach when you send the list to support for verification).
Exit status: 0 when the check ran, whatever the verdicts; 2 on usage errors.
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        coverage = load_coverage(args.data) if args.data else load_coverage(DEFAULT_DATA)
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        result: int = args.run(args, coverage)
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return EXIT_OK
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m checks", description=__doc__)
    parser.add_argument("--data", type=Path, help=f"coverage data file (default: {DEFAULT_DATA})")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    cov = sub.add_parser("coverage", help="list the covered countries")
    cov.add_argument("--json", action="store_true", help="print JSON")
    cov.set_defaults(run=_coverage)

    elig = sub.add_parser(
        "eligibility",
        help="check which numbers can be ported",
        description=_ELIGIBILITY_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    elig.add_argument("file", nargs="?", default="-", metavar="FILE|-")
    elig.add_argument("--country", metavar="XX", help="country of numbers written without +code")
    out = elig.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON records")
    out.add_argument("--csv", action="store_true", help="print CSV for support")
    elig.set_defaults(run=_eligibility)
    # --- more subcommands register here ---
    __import__("checks._cli_loa", fromlist=["register"]).register(sub)
    __import__("checks._cli_timeline", fromlist=["register"]).register(sub)
    return parser


def coverage_rows(coverage: Coverage) -> list[dict[str, Any]]:
    return [
        {
            "iso": c.iso,
            "name": c.name,
            "region": c.region,
            "portable_types": list(c.portable_types),
            "verify_types": list(c.verify_types),
            "confirmed": c.confirmed,
            "source": coverage.source(c.source).url,
            "last_verified": c.last_verified.isoformat(),
            "notes": [n.text for n in c.notes],
        }
        for c in coverage.countries
    ]


def _coverage(args: argparse.Namespace, coverage: Coverage) -> int:
    rows = coverage_rows(coverage)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    table = [
        [
            r["iso"],
            r["name"],
            r["region"],
            ", ".join(r["portable_types"]),
            ", ".join(r["verify_types"]) or "-",
            "yes" if r["confirmed"] else "no (verify)",
        ]
        for r in rows
    ]
    print_table(["ISO", "Country", "Region", "Portable", "Verify", "Confirmed"], table, sys.stdout)
    return EXIT_OK


def _eligibility(args: argparse.Namespace, coverage: Coverage) -> int:
    country = args.country.upper() if args.country else None
    try:
        raw = read_input(args.file)
    except OSError as exc:
        print(f"error: {args.file}: {exc.strerror}", file=sys.stderr)
        return EXIT_USAGE
    report = eligibility.check(raw, coverage, country)
    if report.refused is not None:
        print(f"error: {report.refused_message}", file=sys.stderr)
        return EXIT_USAGE
    records = [result_to_dict(r) for r in report.results]
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
    elif args.csv:
        sys.stdout.write(to_csv(records))
    else:
        print_table(
            ["#", "As typed", "E.164", "Country", "Type", "Verdict", "Why"],
            [
                [
                    str(r["position"]),
                    r["input"],
                    r["e164"] or "-",
                    r["region"] or "-",
                    r["type"] or "-",
                    r["verdict"],
                    r["message"],
                ]
                for r in records
            ],
            sys.stdout,
        )
        summary = ", ".join(f"{n} {text(f'verdict.{v}').lower()}" for v, n in report.by_verdict)
        print(f"\n{len(records)} entries: {summary or 'none'}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
