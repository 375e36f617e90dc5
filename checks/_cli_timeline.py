"""`python -m checks timeline`: when each step of a port happens (see --help)."""

from __future__ import annotations

import argparse
import json
import sys

from checks import timeline
from checks.messages import text
from checks.records import Coverage

__all__ = ["register"]

EXIT_OK = 0
EXIT_USAGE = 2

_HELP = f"""\
Plan a port request: when support picks it up, by when it is processed, by
when the port date is confirmed, and when to do your own part.

The rule, with every number from data/coverage.yaml (support:): support works
on its business days, from opening (included) to closing (not included), in
its time zone (America/New_York: Eastern time, EST or EDT as in force), except
the closures listed there (holidays are not accounted for unless listed).
Picked up: the first business instant at or after the receipt. Processed by:
pick-up plus the processing hours, moved to the next business instant when
that falls outside business hours. Port date confirmed by: the receipt plus
the confirmation days, at the same time of day in Eastern time.

--received is read in --tz (2026-12-04T16:30, seconds optional); with a UTC
offset (2026-12-04T16:30+01:00, or Z) the offset wins. A time skipped or
repeated by a clock change needs the offset. Years {timeline.MIN_YEAR} to {timeline.MAX_YEAR}.

Output: a readable list (default); --json, a list of objects with milestone,
title, at (ISO 8601 in UTC), at_local (in --display-tz, default --tz),
at_eastern, local_text, eastern_text, explanation, basis, customer_action,
after; or --ics, an RFC 5545 calendar with one event per milestone that has an
instant. Milestones: received, picked-up, processed-by, port-date-confirmed-by,
then forwarding-setup and forwarding-removal (--forwarding), sms-reply-all
(--sms port) or sms-reconnect (--sms keep). Customer actions have no fixed
time: their at, at_local and at_eastern are null, "after" names the milestone
they follow, and they have no calendar event.
Exit status: 0 when the plan was made; 2 on unusable input.
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `timeline` subcommand to `python -m checks`."""
    parser = subparsers.add_parser(
        "timeline",
        help="plan when each step of a port happens",
        description=_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--received", required=True, metavar="DATETIME", help="when the request email arrives"
    )
    parser.add_argument("--tz", metavar="ZONE", help="time zone of --received, e.g. Europe/Madrid")
    parser.add_argument(
        "--display-tz", metavar="ZONE", help="time zone to show the times in (default: --tz)"
    )
    parser.add_argument(
        "--forwarding", action="store_true", help="include setting up and removing forwarding"
    )
    parser.add_argument(
        "--sms",
        choices=[choice.value for choice in timeline.SmsChoice],
        default=timeline.SmsChoice.NONE.value,
        help="SMS: port it with voice, keep it with the carrier, or none (default)",
    )
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON records")
    out.add_argument("--ics", action="store_true", help="print an iCalendar (.ics) file")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, coverage: Coverage) -> int:
    plan = timeline.plan(
        args.received,
        coverage,
        tz=args.tz,
        display_tz=args.display_tz,
        forwarding=args.forwarding,
        sms=args.sms,
    )
    if not plan.ok:
        for problem in plan.problems:
            print(f"error: --{problem.field.replace('_', '-')}: {problem.message}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        records = [timeline.milestone_to_dict(m) for m in plan.milestones]
        print(json.dumps(records, indent=2, ensure_ascii=False))
    elif args.ics:
        sys.stdout.write(timeline.to_ics(plan))
    else:
        _print_plan(plan)
    return EXIT_OK


def _print_plan(plan: timeline.TimelinePlan) -> None:
    titles = {m.milestone: m.title for m in plan.milestones}
    blocks = []
    for m in plan.milestones:
        lines = [m.title]
        if m.after is not None:
            lines.append("  " + text("timeline.cli.no-time", after=titles[m.after]))
        else:
            lines.append(
                "  " + text("timeline.cli.local", moment=m.local_text, zone=plan.display_zone)
            )
            lines.append("  " + text("timeline.cli.eastern", moment=m.eastern_text))
        lines.append("  " + m.explanation)
        blocks.append("\n".join(lines))
    print("\n\n".join(blocks))
