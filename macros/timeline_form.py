"""Macros of the timeline page: the planner's form, and the rule it applies,
worded from `coverage.support` (data/coverage.yaml) so the page and the check
can never disagree. Texts come from checks.messages."""

from __future__ import annotations

import datetime as dt
from html import escape

from checks import _zones
from checks.messages import text
from checks.records import WEEKDAYS, SupportCalendar
from checks.timeline import MilestoneId, SmsChoice
from macros.render import Pages, _one_line


def _t(key: str, **fields: object) -> str:
    return escape(text(key, **fields))


def _days(support: SupportCalendar) -> str:
    """Monday to Friday; the days one by one when they do not run on."""
    order = sorted({WEEKDAYS.index(day) for day in support.business_days})
    names = [text(f"timeline.weekday.{WEEKDAYS[i]}") for i in order]
    if len(order) > 2 and order == list(range(order[0], order[-1] + 1)):
        return text("timeline.day-range", first=names[0], last=names[-1])
    if len(names) == 1:
        return names[0]
    return text("timeline.list", items=", ".join(names[:-1]), last=names[-1])


def _offset(delta: dt.timedelta | None) -> str:
    minutes = int((delta or dt.timedelta()).total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return text("timeline.utc-offset", offset=f"{sign}{hours:02}:{minutes:02}")


class TimelinePages(Pages):
    MACROS = ("timeline_planner", "timeline_rule")

    def timeline_planner(self) -> str:
        """The form; hidden until timeline.mjs binds it (the page explains the rule without it)."""
        sms = "".join(
            f'<div class="tl-choice"><input type="radio" id="tl-sms-{c}" name="sms" value="{c}"'
            f"{' checked' if c is SmsChoice.NONE else ''}>"
            f'<label for="tl-sms-{c}">{_t(f"ui.timeline.sms.{c}")}</label></div>'
            for c in SmsChoice
        )
        return _one_line(f"""
            <div class="checker timeline" data-checker="timeline" hidden
             data-manual-link="{self.section_href("the-rule")}">
            <p class="tl-notice" role="alert" hidden></p>
            <div class="tl-summary" role="alert" tabindex="-1" aria-labelledby="tl-summary-title"
             hidden>
            <h2 id="tl-summary-title">{_t("ui.timeline.summary.title")}</h2>
            <ul class="tl-summary__list"></ul>
            </div>
            <form class="checker-form" novalidate>
            <div class="field" data-field="received">
            <label for="tl-received">{_t("ui.timeline.received.label")}</label>
            <p class="hint" id="tl-received-hint">{_t("ui.timeline.received.hint")}</p>
            <p class="field-error" id="tl-received-error" hidden></p>
            <input id="tl-received" name="received" type="text" autocomplete="off"
             spellcheck="false" aria-describedby="tl-received-hint">
            <label class="tl-picker-label" for="tl-picker">{_t("ui.timeline.picker.label")}</label>
            <input id="tl-picker" type="datetime-local" step="60">
            </div>
            <div class="field" data-field="tz">
            <label for="tl-tz">{_t("ui.timeline.tz.label")}</label>
            <p class="hint" id="tl-tz-hint">{_t("ui.timeline.tz.hint")}</p>
            <p class="field-error" id="tl-tz-error" hidden></p>
            <input id="tl-tz" name="tz" type="text" autocomplete="off" spellcheck="false"
             aria-describedby="tl-tz-hint">
            </div>
            <div class="field tl-check" data-field="forwarding">
            <input type="checkbox" id="tl-forwarding" name="forwarding" value="1"
             aria-describedby="tl-forwarding-hint">
            <label for="tl-forwarding">{_t("ui.timeline.forwarding.label")}</label>
            <p class="hint" id="tl-forwarding-hint">{_t("ui.timeline.forwarding.hint")}</p>
            </div>
            <fieldset class="field tl-sms" data-field="sms" id="tl-sms">
            <legend>{_t("ui.timeline.sms.legend")}</legend>
            <p class="field-error" id="tl-sms-error" hidden></p>
            {sms}
            </fieldset>
            <button type="submit" class="md-button md-button--primary">
            {_t("ui.timeline.submit")}</button>
            </form>
            <p class="checker-status" role="status" aria-live="polite"></p>
            <div class="checker-results tl-results"></div>
            </div>
        """)

    def timeline_rule(self) -> str:
        """How each instant is found, as an ordered list, with the data's numbers."""
        sup = self.coverage.support
        steps = [
            (MilestoneId.RECEIVED, _t("ui.timeline.rule.received")),
            (
                MilestoneId.PICKED_UP,
                _t(
                    "ui.timeline.rule.picked-up",
                    days=_days(sup),
                    opens=f"{sup.opens:%H:%M}",
                    closes=f"{sup.closes:%H:%M}",
                ),
            ),
            (
                MilestoneId.PROCESSED_BY,
                _t("ui.timeline.rule.processed-by", hours=sup.processing_hours),
            ),
            (
                MilestoneId.PORT_DATE_CONFIRMED_BY,
                _t("ui.timeline.rule.port-date-confirmed-by", days=sup.port_date_confirmation_days),
            ),
        ]
        items = "".join(
            f"<li><strong>{_t(f'timeline.title.{m}')}</strong>: {sentence}</li>"
            for m, sentence in steps
        )
        items += f"<li>{_t('ui.timeline.rule.customer')}</li>"
        notes = [self._eastern(sup), _t("ui.timeline.rule.clocks", release=_zones.release())]
        if sup.closures:
            dates = ", ".join(d.isoformat() for d in sup.closures)
            notes.append(_t("ui.timeline.rule.holidays.listed", dates=dates))
        else:
            notes.append(_t("ui.timeline.rule.holidays.none"))
        paragraphs = "".join(f"<p>{n}</p>" for n in notes)
        return _one_line(f'<ol class="tl-rule">{items}</ol>{paragraphs}')

    @staticmethod
    def _eastern(sup: SupportCalendar) -> str:
        """EST (UTC-05:00) or EDT (UTC-04:00), read from the zone's rules."""
        zone = _zones.zone(sup.timezone)
        if zone is None:
            raise LookupError(f"data/coverage.yaml: support.timezone {sup.timezone!r} is unknown")
        year = dt.date.today().year
        winter = dt.datetime(year, 1, 15, 12, tzinfo=zone)
        summer = dt.datetime(year, 7, 15, 12, tzinfo=zone)
        city = sup.timezone.rsplit("/", 1)[-1].replace("_", " ")
        if winter.utcoffset() == summer.utcoffset():
            return _t(
                "ui.timeline.rule.eastern.fixed",
                standard=winter.tzname(),
                standard_offset=_offset(winter.utcoffset()),
            )
        return _t(
            "ui.timeline.rule.eastern",
            standard=winter.tzname(),
            standard_offset=_offset(winter.utcoffset()),
            daylight=summer.tzname(),
            daylight_offset=_offset(summer.utcoffset()),
            city=city,
        )
