"""Turn one date expression ("late Thursday", "Oct. 17, 2020", "two weeks ago") into a date.

Pure text in, (date, precision) out, relative to the publication date and the tense of the
event.  Our own rules cover the forms news uses; dateparser is consulted only for numeric
forms the rules do not know ("17.10.2020", "10/17/2020"), so ordinary sentences never pay
for it.

Conventions (documented in tests/gold/README.md too): a month-precision date is the first day
of that month, a year-precision date is 1 January, a week-precision date is the Thursday of
that week (the middle day, within three days of each); a period that holds publication ("this week",
"earlier this month") is given by the middle day of its part before publication.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "couple of": 2,
}  # fmt: skip
UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
         "months": "month", "year": "year", "years": "year"}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"
_NUM = r"(?P<num>\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>days?|weeks?|months?|years?)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|midday|noon))?"
_EDGE = r"(?:(?:early|late|mid|the\s+middle\s+of|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of"
_EDGE += r"|the\s+first\s+half\s+of|the\s+second\s+half\s+of|end|start|beginning)[\s-]+(?:of\s+)?)?"


@dataclass(frozen=True)
class ResolvedDate:
    date: dt.date | None  # None when the expression needs a publication date that is missing
    precision: str


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(r"^(?:on|in|at|by|during|from|of|after|before|around|about|since|until|through)?\s*"
                      r"(?:the\s+)?" + pattern + r"$")


# Ordered: the first pattern that matches the whole normalised expression wins.
_ISO = _rx(r"(?P<year>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
_DAY_MONTH_YEAR = _rx(_DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR)
_MONTH_DAY_YEAR = _rx(r"(?:" + _WEEKDAY.replace("weekday", "wd") + r",?\s*)?" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR)
_MONTH_DAY = _rx(r"(?:" + _WEEKDAY.replace("weekday", "wd") + r",?\s*)?" + _EDGE + _MONTH + r"\s+" + _DAY
                 + _PART_OF_DAY)
_DAY_MONTH = _rx(r"(?:" + _WEEKDAY.replace("weekday", "wd") + r",?\s*)?" + _DAY + r"\s+(?:of\s+)?" + _MONTH
                 + _PART_OF_DAY)
_MONTH_YEAR = _rx(_EDGE + _MONTH + r",?\s+(?:of\s+)?" + _YEAR)
_MONTH_ONLY = _rx(r"(?P<rel>last|next|this|coming|past)?\s*" + _EDGE + _MONTH)
_YEAR_ONLY = _rx(_EDGE + r"(?:the\s+)?(?:year\s+)?" + _YEAR + r"(?P<decade>s)?")
_WEEKDAY_RX = _rx(r"(?P<rel>last|next|this|coming|past)?\s*(?:early|late|on)?\s*" + _WEEKDAY + _PART_OF_DAY)
_AGO = _rx(_NUM + r"\s+" + _UNIT + r"\s+(?:ago|earlier|before)")
_AHEAD = _rx(r"(?:in|within)?\s*" + _NUM + r"\s+" + _UNIT + r"(?:\s+(?:from\s+now|later|time|hence))?")
_REL_UNIT = _rx(r"(?P<edge>earlier|later|early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of"
                r"|end\s+of|start\s+of)?[\s-]*(?:the\s+)?(?P<rel>last|next|this|coming|past|previous|current)\s+"
                r"(?P<unit>week|weekend|month|year)")
_EDGE_OF_CURRENT = _rx(r"(?:end|start|beginning|middle)\s+of\s+the\s+(?P<unit>week|month|year)")
# Holidays on fixed dates, read like a month-day ("on New Year's Eve" = "on December 31").
FIXED_HOLIDAYS = {
    "new years eve": (12, 31), "new years day": (1, 1), "christmas eve": (12, 24), "christmas day": (12, 25),
    "christmas": (12, 25), "boxing day": (12, 26), "valentines day": (2, 14), "halloween": (10, 31),
    "may day": (5, 1), "international womens day": (3, 8),
}  # fmt: skip
_HOLIDAY = _rx(r"(?:early|late)?\s*(?P<holiday>" + "|".join(sorted(FIXED_HOLIDAYS, key=len, reverse=True)) + r")"
               + _PART_OF_DAY)
_SIMPLE = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "earlier in the day": 0, "later in the day": 0,
    "yesterday": -1, "last night": -1, "yesterday morning": -1, "yesterday afternoon": -1,
    "yesterday evening": -1, "late yesterday": -1, "early yesterday": -1, "the previous day": -1,
    "the day before": -1, "the day before yesterday": -2,
    "tomorrow": 1, "tomorrow morning": 1, "tomorrow night": 1, "the day after tomorrow": 2,
    "the following day": 1, "the next day": 1,
}  # fmt: skip
_DURATION = re.compile(r"^(?:for|over|throughout)?\s*(?:the\s+)?(?:past|last|next|coming|first)?\s*"
                       r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)"
                       r"?[\s-]*(?:day|week|month|year|hour|minute|decade|century)s?(?:[\s-]long|[\s-]old)?$")


@functools.lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Lower-case, single spaces, no trailing punctuation, "mid-October" -> "mid october"."""
    text = text.lower().replace("\u2019", "'").strip(" ,.;:()\"'")
    text = re.sub(r"\b(mid|early|late)-", r"\1 ", text)
    return re.sub(r"\s+", " ", text)


def is_duration(text: str) -> bool:
    """"two-day", "five years", "the past week": a length of time, not a point in time."""
    t = normalise(text)
    return bool(_DURATION.match(t)) and not re.match(r"^(?:the\s+)?(?:past|last|next|coming)\s+\w+$", t)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


# Thursday: the middle day of a week, at most three days from each of its days (the day ISO 8601 names a week by)
MIDWEEK = 3


def _middle_of_week(day: dt.date) -> dt.date:
    """The date a whole week is given by ("last week", "two weeks ago", "the following week"): its Thursday,
    not its Monday, which lies up to six days from the act the text places somewhere in that week."""
    return _monday(day) + dt.timedelta(days=MIDWEEK)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day_year(month: int, day: int, published: dt.date, tense: str) -> dt.date | None:
    """The year that puts month/day closest to publication on the side the tense asks for."""
    options = [d for y in (published.year - 1, published.year, published.year + 1)
               if (d := _valid(y, month, day)) is not None]
    if tense == "past":
        options = [d for d in options if d <= published] or options
    elif tense == "future":
        options = [d for d in options if d >= published] or options
    return min(options, key=lambda d: (abs((d - published).days), d > published)) if options else None


def _month_year(month: int, published: dt.date, tense: str, rel: str = "") -> dt.date:
    """Which year's `month`: past tense -> the latest on/before publication's month, future -> next."""
    this_year = dt.date(published.year, month, 1)
    current = dt.date(published.year, published.month, 1)
    if rel == "last" or rel == "past":
        return this_year if this_year < current else dt.date(published.year - 1, month, 1)
    if rel in ("next", "coming"):
        return this_year if this_year > current else dt.date(published.year + 1, month, 1)
    if rel == "this":
        return this_year
    if tense == "past":
        return this_year if this_year <= current else dt.date(published.year - 1, month, 1)
    if tense == "future":
        return this_year if this_year >= current else dt.date(published.year + 1, month, 1)
    later = dt.date(published.year + 1, month, 1)
    earlier = dt.date(published.year - 1, month, 1)
    return min((this_year, earlier, later), key=lambda d: abs((d - current).days))


def _weekday(target: int, published: dt.date, tense: str, rel: str = "") -> dt.date:
    """"on Tuesday": the latest on/before publication for past and present events, the next on/after
    for future ones."""
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if rel in ("last", "past"):
        return published - dt.timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return published + dt.timedelta(days=ahead or 7)
    if rel == "this":
        return _monday(published) + dt.timedelta(days=target)
    if tense == "future":
        return published + dt.timedelta(days=ahead)
    # past and present ("says on Tuesday", "is holding talks Monday") both report what has happened:
    # the latest such day on or before publication; only a future clause looks ahead
    return published - dt.timedelta(days=back)


def _shift(published: dt.date, unit: str, amount: int) -> ResolvedDate:
    if unit == "day":
        return ResolvedDate(published + dt.timedelta(days=amount), "day")
    if unit == "week":
        return ResolvedDate(_middle_of_week(published + dt.timedelta(weeks=amount)), "week")
    if unit == "month":
        return ResolvedDate(_add_months(published, amount), "month")
    return ResolvedDate(dt.date(published.year + amount, 1, 1), "year")


# "in the past week": the stretch that ends at publication, dated by its middle (a Sunday's "past
# week" is the week ending that day, not the calendar week before, which "last week" names)
_HALF_OF_PAST = {"week": 3, "month": 15, "year": 182}


SUNDAY = 6
# the periods whose current one ("this week", "this month", "this year") is dated within it, not by its first day
_PERIOD_UNITS = frozenset({"week", "month", "year"})


def _period_bounds(day: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """The first and last day of the week (Monday to Sunday), month or year that holds `day`."""
    if unit == "week":
        return _monday(day), _monday(day) + dt.timedelta(days=6)
    if unit == "month":
        return dt.date(day.year, day.month, 1), _add_months(day, 1) - dt.timedelta(days=1)
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def _within_current_period(unit: str, published: dt.date, tense: str, edge: str = "") -> ResolvedDate:
    """"this week", "earlier this month", "in March" in a March story: a period that holds publication.
    The act lies in the part of it the tense and words leave, before publication for a past or present
    act ("earlier": the days before it), after it for a future one ("later this week"); the period's first
    day is no better guess for it than any other. Its date is the middle day of that part (rounded toward
    publication), the day nearest to every day the act can have been on (for a week, at most three days
    from each), at the period's precision."""
    first, last = _period_bounds(published, unit)
    if (tense == "future" and edge != "earlier") or edge == "later":
        start = published + dt.timedelta(days=1) if edge == "later" and published < last else published
        end = last
        return ResolvedDate(start + dt.timedelta(days=(end - start).days // 2), unit)
    end = published - dt.timedelta(days=1) if edge == "earlier" and published > first else published
    return ResolvedDate(end - dt.timedelta(days=(end - first).days // 2), unit)


# "early", "mid", "the end of" March: a part of the month the text names itself
_EDGE_WORDS = re.compile(r"\b(?:early|late|mid|middle|end|start|beginning|first|second)\b")
# the edges of a current period that say which side of publication its act lies on ("earlier this week")
_SIDE_EDGES = frozenset({"", "earlier", "later"})


def _relative_unit(rel: str, unit: str, published: dt.date, tense: str = "past", edge: str = "") -> ResolvedDate:
    if rel in ("this", "current") and unit in _PERIOD_UNITS and edge in _SIDE_EDGES:
        return _within_current_period(unit, published, tense, edge)
    amount = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit == "week" and amount == -1 and rel != "past" and published.weekday() == SUNDAY:
        # a Sunday paper's "last week" is the week just ending (news weeks run Sunday to Saturday),
        # which is the calendar week holding that Sunday
        amount = 0
    if rel == "past" and unit in _HALF_OF_PAST:
        return _shift(published - dt.timedelta(days=_HALF_OF_PAST[unit]), unit, 0)
    if unit == "weekend":
        saturday = _monday(published) + dt.timedelta(days=5)
        return ResolvedDate(saturday + dt.timedelta(weeks=amount), "day")
    return _shift(published, unit, amount)


# "recently", "lately", "in recent weeks": some time before publication, and the text says no
# more; no day, week or month of it can be known (a month guessed from publication was judged invented), so
# such a phrase resolves to no date, with precision UNKNOWN_PRECISION
RECENT_WORDS = frozenset({"recently", "lately"})
_RECENT_STRETCH = re.compile(r"^(?:in|over|during|for)?\s*(?:the\s+)?recent\s+(?:days|weeks|months|years|times)$")
# the precision of a date the text places only vaguely before publication
UNKNOWN_PRECISION = "unknown"


# "the *recent* agreements", "*recent* attacks": an event noun dated as "recently" (not a date phrase of its
# own, which would take "in recent years" for a point in time)
RECENT_ADJECTIVES = frozenset({"recent"})


def is_recent_stretch(text: str) -> bool:
    """Whether the phrase is a vague "recently" ("lately", "in recent weeks"): a time before publication
    with no knowable date, never a month the text names."""
    t = normalise(text)
    return t in RECENT_ADJECTIVES or _names_recent_stretch(t)


def _names_recent_stretch(t: str) -> bool:
    """The same for a normalised expression, read as it is (a window with a trailing full stop and line
    break, "recent years.\n\n", is no date expression)."""
    return t in RECENT_WORDS or bool(_RECENT_STRETCH.match(t))


def _absolute(t: str) -> ResolvedDate | None:
    """Expressions that carry their own year need no publication date."""
    if m := _ISO.match(t):
        d = _valid(int(m["year"]), int(m["m"]), int(m["d"]))
        return ResolvedDate(d, "day") if d else None
    for rx in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        if m := rx.match(t):
            d = _valid(int(m["year"]), MONTHS[m["month"]], int(m["day"]))
            return ResolvedDate(d, "day") if d else None
    if m := _MONTH_YEAR.match(t):
        return ResolvedDate(dt.date(int(m["year"]), MONTHS[m["month"]], 1), "month")
    if m := _YEAR_ONLY.match(t):
        return ResolvedDate(dt.date(int(m["year"]), 1, 1), "year")
    return None


def _counted_weeks(published: dt.date, unit: str, amount: int) -> ResolvedDate | None:
    """"two weeks ago", "in three weeks": a number of weeks counted from publication names the day that far
    from it (at week precision), not a calendar week."""
    if UNITS[unit] != "week":
        return None
    return ResolvedDate(published + dt.timedelta(weeks=amount), "week")


def _relative(t: str, published: dt.date, tense: str) -> ResolvedDate | None:
    if m := _HOLIDAY.match(t.replace("'", "")):
        month, day = FIXED_HOLIDAYS[m["holiday"]]
        d = _month_day_year(month, day, published, tense)
        return ResolvedDate(d, "day") if d else None
    if t in _SIMPLE:
        return ResolvedDate(published + dt.timedelta(days=_SIMPLE[t]), "day")
    if _names_recent_stretch(t):
        return ResolvedDate(None, UNKNOWN_PRECISION)
    if t in ("overnight", "overnight into today"):
        return ResolvedDate(published - dt.timedelta(days=0 if tense == "future" else 1), "day")
    if m := _MONTH_DAY.match(t) or _DAY_MONTH.match(t):
        d = _month_day_year(MONTHS[m["month"]], int(m["day"]), published, tense)
        return ResolvedDate(d, "day") if d else None
    if m := _MONTH_ONLY.match(t):
        first_day = _month_year(MONTHS[m["month"]], published, tense, m["rel"] or "")
        if (first_day.year, first_day.month) == (published.year, published.month) and not _EDGE_WORDS.search(t):
            return _within_current_period("month", published, tense)  # "in March" told in March
        return ResolvedDate(first_day, "month")
    if m := _WEEKDAY_RX.match(t):
        return ResolvedDate(_weekday(WEEKDAYS[m["weekday"]], published, tense, m["rel"] or ""), "day")
    if m := _AGO.match(t):
        return _counted_weeks(published, m["unit"], -_number(m["num"])) or _shift(
            published, UNITS[m["unit"]], -_number(m["num"]))
    if m := _EDGE_OF_CURRENT.match(t):
        return _shift(published, m["unit"], 0)
    if m := _REL_UNIT.match(t):
        return _relative_unit(m["rel"], m["unit"], published, tense, (m["edge"] or "").split()[0] if m["edge"] else "")
    ahead = t.startswith(("in ", "within ")) or "from now" in t or "later" in t
    if ahead and (m := _AHEAD.match(t)):
        return _counted_weeks(published, m["unit"], _number(m["num"])) or _shift(
            published, UNITS[m["unit"]], _number(m["num"]))
    return None


# Dates relative to the story's own time, not to publication: "days later", "a day earlier", "the
# following day", "later that day".  They count from the date the story last named (see discourse.py).
_FROM_STORY_TIME = _rx(r"(?:just|only|some|about|around|barely|nearly|almost)?\s*(?P<num>" + _NUM[7:-1]
                       + r"|several|a\s+few|few)?\s*(?P<unit>hours?|days?|weeks?|months?|years?)\s+"
                       r"(?P<dir>later|earlier)")
_FIXED_FROM_STORY_TIME = {
    "the next day": ("day", 1), "the following day": ("day", 1), "the day after": ("day", 1),
    "the next morning": ("day", 1), "the following morning": ("day", 1), "the following night": ("day", 1),
    "the previous day": ("day", -1), "the day before": ("day", -1), "the preceding day": ("day", -1),
    "the following week": ("week", 1), "the previous week": ("week", -1),
    "the following month": ("month", 1), "the previous month": ("month", -1),
    "the following year": ("year", 1),
    "that day": ("day", 0), "the same day": ("day", 0), "that same day": ("day", 0), "that night": ("day", 0),
    "that morning": ("day", 0), "that evening": ("day", 0), "that afternoon": ("day", 0),
    "later that day": ("day", 0), "earlier that day": ("day", 0), "later in the day": ("day", 0),
    "later that night": ("day", 0), "later that week": ("week", 0), "earlier that week": ("week", 0),
    "later that month": ("month", 0), "earlier that month": ("month", 0), "later that year": ("year", 0),
    "earlier that year": ("year", 0),
}  # fmt: skip
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


@dataclass(frozen=True)
class StoryTimeShift:
    """How far a phrase like "two days later" lies from the story's time: `amount` units (None:
    an unstated number, "days later"), `unit` day/week/month/year ("hours" count as the same day)."""

    unit: str
    amount: int | None


@functools.lru_cache(maxsize=4096)
def story_time_shift(text: str) -> StoryTimeShift | None:
    """The shift a phrase counts from the story's own time, or None for any other phrase."""
    t = normalise(text)
    if t in _FIXED_FROM_STORY_TIME:
        unit, amount = _FIXED_FROM_STORY_TIME[t]
        return StoryTimeShift(unit, amount)
    m = _FROM_STORY_TIME.match(t)
    if m is None:
        return None
    unit = m["unit"].rstrip("s")
    if unit == "hour":
        return StoryTimeShift("day", 0)
    sign = 1 if m["dir"] == "later" else -1
    word = (m["num"] or "").replace("  ", " ")
    if word in ("", "several", "a few", "few"):
        return StoryTimeShift(unit, None)
    return StoryTimeShift(unit, sign * _number(word))


def shift_from(anchor: ResolvedDate, shift: StoryTimeShift) -> ResolvedDate | None:
    """The date `shift` away from the story's time `anchor`, no more precise than either: "days later"
    after "last month" is still that month; "a day later" after "on Tuesday" is Wednesday."""
    if anchor.date is None:
        return None
    if shift.amount is None or _PRECISION_RANK[shift.unit] < _PRECISION_RANK[anchor.precision]:
        # an unstated number of units ("days later" after Tuesday: Tuesday, the nearest day we can
        # name), or units finer than the anchor: the anchor's own period, at least as coarse as the unit
        unit = max(shift.unit, anchor.precision, key=_PRECISION_RANK.__getitem__)
        if unit == anchor.precision:
            return anchor  # the anchor's own period, dated as the anchor is ("this month": not its 1st)
        return _shift(anchor.date, unit, 0) if unit != "day" else ResolvedDate(anchor.date, "day")
    if shift.unit == "day":
        return ResolvedDate(anchor.date + dt.timedelta(days=shift.amount), "day")
    if shift.unit == "week":  # "two weeks later": that many weeks from the anchor's day
        return ResolvedDate(anchor.date + dt.timedelta(weeks=shift.amount), "week")
    return _shift(anchor.date, shift.unit, shift.amount)


@functools.lru_cache(maxsize=1)
def _dateparser():  # -> dateparser.date.DateDataParser
    import dateparser

    return dateparser.DateDataParser(languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})


_NUMERIC_DATE = re.compile(r"^(?:on\s+)?\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")


def _numeric(t: str) -> ResolvedDate | None:
    """"17.10.2020", "10/17/2020": the only forms handed to dateparser."""
    if not _NUMERIC_DATE.match(t):
        return None
    data = _dateparser().get_date_data(t.removeprefix("on ").strip())
    return ResolvedDate(data.date_obj.date(), "day") if data and data.date_obj else None


@functools.lru_cache(maxsize=8192)
@functools.lru_cache(maxsize=8192)
def knows_form(text: str) -> bool:
    """Whether `text` is a date expression these rules can read (with or without a publication date).
    Kept per text: every seed of a date is tried in a dozen windows, and the same windows ("on Monday",
    "last week") recur in story after story."""
    t = normalise(text)
    if is_duration(t):
        return False
    probe = dt.date(2000, 6, 14)
    if story_time_shift(t) is not None:
        return True
    return _absolute(t) is not None or _relative(t, probe, "past") is not None or bool(_NUMERIC_DATE.match(t))


@functools.lru_cache(maxsize=8192)
def resolve_text(text: str, published: dt.date | None, tense: str = "past") -> ResolvedDate | None:
    """The date an expression names; None when it is not a date expression we can read.

    With no publication date, only expressions that carry their own year resolve; the others
    come back as ResolvedDate(None, precision) so the caller can say "unresolved", never guess.
    """
    t = normalise(text)
    if not t or is_duration(t):
        return None
    found = _absolute(t) or _numeric(t)
    if found is not None:
        return found
    if published is None:
        probe = _relative(t, dt.date(2000, 6, 14), tense)
        return ResolvedDate(None, probe.precision) if probe else None
    return _relative(t, published, tense)
