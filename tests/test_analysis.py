"""Analyses over the event store: dyad timelines, top actors, network, event lists, articles."""

from __future__ import annotations

import collections
import datetime as dt

import pytest
from dashboard_data import SAMPLE_EVENTS, build_sample_store

from eventwire.analysis.actors import top_actors
from eventwire.analysis.dyad import dyad
from eventwire.analysis.events import EventQuery, article_view, list_events
from eventwire.analysis.network import network
from eventwire.analysis.plot import plot_dyad
from eventwire.analysis.scope import QueryError, Scope, make_scope
from eventwire.store.db import EventStore
from eventwire.store.query import EventFilter

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = build_sample_store(tmp_path_factory.mktemp("analysis") / "events.duckdb")
    with EventStore(path, read_only=True) as s:
        yield s


def _between(a: str, b: str, *, modalities=("asserted",)):
    return [e for e in SAMPLE_EVENTS
            if {e.source_country, e.target_country} == {a, b} and e.source_country != e.target_country
            and (modalities is None or e.modality in modalities)]


def test_dyad_counts_each_direction_by_year_and_quad_class(store):
    """IRN->RUS and RUS->IRN counts per year and quad class are the asserted events written."""
    report = dyad(store, "IRN", "RUS", by="year")
    expected: dict[tuple[str, str, int], int] = collections.Counter()
    for e in _between("IRN", "RUS"):
        if e.date is not None:
            direction = "a_to_b" if e.source_country == "IRN" else "b_to_a"
            expected[(str(e.date.year), direction, e.quad_class)] += 1
    got: dict[tuple[str, str, int], int] = collections.Counter()
    for period in report.periods:
        for direction in ("a_to_b", "b_to_a"):
            counts = getattr(period.counts, direction)
            for quad, name in enumerate(QUADS, start=1):
                if getattr(counts, name):
                    got[(period.label, direction, quad)] = getattr(counts, name)
    assert got == expected


def test_dyad_goldstein_sum_and_mean_over_both_directions(store):
    """The totals' Goldstein sum and mean are those of every asserted IRN-RUS event."""
    events = _between("IRN", "RUS")
    report = dyad(store, "IRN", "RUS")
    total = report.totals.total
    assert total.events == len(events)
    assert total.goldstein_sum == pytest.approx(sum(e.goldstein for e in events))
    assert total.goldstein_mean == pytest.approx(sum(e.goldstein for e in events) / len(events))
    assert total.cooperation == sum(e.quad_class <= 2 for e in events)


def test_dyad_timeline_has_every_month_between_first_and_last_event(store):
    """Monthly periods run without gaps; months without events are zeros."""
    report = dyad(store, "IRN", "RUS", by="month")
    dates = sorted(e.date for e in _between("IRN", "RUS") if e.date)
    months = (dates[-1].year - dates[0].year) * 12 + dates[-1].month - dates[0].month + 1
    assert len(report.periods) == months
    assert report.periods[0].start == dates[0].replace(day=1)
    assert any(p.counts.total.events == 0 for p in report.periods)
    assert sum(p.counts.total.events for p in report.periods) + report.undated == report.totals.total.events


def test_dyad_weeks_start_on_monday(store):
    """Weekly periods start on Mondays and are labelled with the ISO week."""
    report = dyad(store, "IRN", "RUS", by="week", scope=make_scope("2021-06", "2021-06"))
    assert all(p.start.weekday() == 0 for p in report.periods)
    june = [p for p in report.periods if p.counts.total.events]
    assert [p.label for p in june] == ["2021-W24"]  # 2021-06-15 is in ISO week 24


def test_undated_events_count_in_totals_but_not_on_the_timeline(store):
    """Events without a date are reported as `undated`, never placed in a period."""
    undated = [e for e in _between("IRN", "RUS") if e.date is None]
    assert undated, "the sample has an undated IRN-RUS event"
    assert dyad(store, "IRN", "RUS").undated == len(undated)


def test_dyad_counts_only_asserted_events_unless_asked(store):
    """Future and negated events are left out by default and counted with modality all."""
    asserted = dyad(store, "IRN", "RUS").totals.total.events
    everything = dyad(store, "IRN", "RUS", scope=make_scope(modality="all")).totals.total.events
    assert asserted == len(_between("IRN", "RUS"))
    assert everything == len(_between("IRN", "RUS", modalities=None))
    assert everything > asserted


def test_dyad_sector_keeps_events_with_a_side_in_that_sector(store):
    """--sector MIL keeps the events where the source or the target is military."""
    report = dyad(store, "IRN", "RUS", sector="MIL")
    want = [e for e in _between("IRN", "RUS") if e.source.endswith("MIL") or e.target.endswith("MIL")]
    assert 0 < len(want) < len(_between("IRN", "RUS"))
    assert report.totals.total.events == len(want)


def test_dyad_date_range_limits_events_and_sets_the_axis(store):
    """since/until keep events in range, and the timeline spans exactly the range."""
    report = dyad(store, "IRN", "RUS", by="month", scope=make_scope("2020", "2021"))
    want = [e for e in _between("IRN", "RUS") if e.date and 2020 <= e.date.year <= 2021]
    assert report.totals.total.events == len(want)
    assert report.periods[0].label == "2020-01" and report.periods[-1].label == "2021-12"


def test_one_a_day_counts_a_repeated_report_once(store):
    """Two articles reporting the same event on the same day count once with one_a_day,
    and the dyad agrees with the store's own one-a-day event rows."""
    plain = dyad(store, "IRN", "RUS", scope=make_scope("2021-06-15", "2021-06-15"))
    collapsed = dyad(store, "IRN", "RUS", scope=make_scope("2021-06-15", "2021-06-15", one_a_day=True))
    assert plain.totals.total.events == 2 and collapsed.totals.total.events == 1
    rows = [r for r in store.events(EventFilter(actors=("IRN", "RUS")), one_a_day=True)
            if {r["source_country"], r["target_country"]} == {"IRN", "RUS"}]
    assert dyad(store, "IRN", "RUS", scope=Scope(one_a_day=True)).totals.total.events == len(rows)


def test_dyad_top_codes_are_the_most_frequent_per_direction(store):
    """The first top code of IRN->RUS is the most frequent CAMEO code in that direction."""
    counts = collections.Counter(e.cameo for e in _between("IRN", "RUS") if e.source_country == "IRN")
    top = dyad(store, "IRN", "RUS").top_codes["a_to_b"]
    assert top[0].events == max(counts.values())
    assert counts[top[0].cameo] == top[0].events


def test_dyad_of_actor_codes_matches_code_prefixes(store):
    """A dyad of codes (IRNMIL, RUS) keeps only events with the Iranian military on one side."""
    report = dyad(store, "IRNMIL", "RUS")
    want = [e for e in _between("IRN", "RUS") if "IRNMIL" in (e.source, e.target)]
    assert want
    assert report.totals.total.events == len(want)


def test_dyad_refuses_overlapping_actors(store):
    """IRN and IRNGOV overlap: the error names the problem and the parameter."""
    with pytest.raises(QueryError, match="overlap") as info:
        dyad(store, "IRN", "IRNGOV")
    assert info.value.parameter == "b"


def test_dyad_with_no_events_is_empty_not_an_error(store):
    """A dyad never seen gives zero totals and no periods."""
    report = dyad(store, "FRA", "BRA")
    assert report.totals.total.events == 0 and report.periods == ()


def test_top_actors_counts_appearances_as_source_and_target(store):
    """Each actor's counts are its appearances on either side of asserted events."""
    asserted = [e for e in SAMPLE_EVENTS if e.modality == "asserted"]
    found = {a.actor: a for a in top_actors(store, top=50)}
    for code in ("RUSGOV", "IRNMIL", "UKRGOV"):
        assert found[code].as_source == sum(e.source == code for e in asserted)
        assert found[code].as_target == sum(e.target == code for e in asserted)
    ranked = top_actors(store, top=3)
    assert [a.events for a in ranked] == sorted((a.events for a in ranked), reverse=True)


def test_top_actors_by_country(store):
    """By country, IRNGOV and IRNMIL count together as IRN."""
    asserted = [e for e in SAMPLE_EVENTS if e.modality == "asserted"]
    found = {a.actor: a for a in top_actors(store, top=10, by="country")}
    assert found["IRN"].events == sum((e.source_country == "IRN") + (e.target_country == "IRN") for e in asserted)


def test_network_edges_are_weighted_by_events_per_direction(store):
    """The IRN->RUS edge weighs the asserted IRN->RUS events, with its cooperation count."""
    graph = network(store)
    edges = {(e.source, e.target): e for e in graph.edges}
    irn_rus = [e for e in _between("IRN", "RUS") if e.source_country == "IRN"]
    assert edges[("IRN", "RUS")].events == len(irn_rus)
    assert edges[("IRN", "RUS")].cooperation == sum(e.quad_class <= 2 for e in irn_rus)
    assert {n.id for n in graph.nodes} == {"IRN", "RUS", "USA", "CHN", "UKR"}


def test_network_leaves_out_ties_within_one_country(store):
    """IRN -> IRN (Iran accusing its own army) is no edge by country, but is one by actor."""
    assert all(e.source != e.target for e in network(store).edges)
    by_actor = {(e.source, e.target) for e in network(store, by="actor", top=1000).edges}
    assert ("IRNGOV", "IRNMIL") in by_actor


def test_network_top_and_min_events_cut_the_edge_list(store):
    """top keeps the heaviest edges; edges_in_scope still tells how many there were."""
    full = network(store)
    cut = network(store, top=2)
    assert [e.events for e in cut.edges] == [e.events for e in full.edges[:2]]
    assert cut.edges_in_scope == len(full.edges)
    heavy = network(store, min_events=10)
    assert heavy.edges and all(e.events >= 10 for e in heavy.edges)


def test_network_code_prefix_and_actor_filters(store):
    """Only material conflict codes (19) touching UKR."""
    graph = network(store, codes=("19",), actor="UKR")
    want = [e for e in SAMPLE_EVENTS if e.modality == "asserted" and e.cameo.startswith("19")
            and "UKR" in (e.source_country, e.target_country)]
    assert want
    assert sum(e.events for e in graph.edges) == len(want)


def test_event_list_pages_through_a_dyad_newest_first(store):
    """Pages of a dyad's events do not overlap, add up to the total and run newest first."""
    first = list_events(store, EventQuery(dyad=("IRN", "RUS"), limit=20))
    second = list_events(store, EventQuery(dyad=("IRN", "RUS"), limit=20, offset=20))
    assert first.total == len(_between("IRN", "RUS"))
    ids = [e["id"] for e in first.events] + [e["id"] for e in second.events]
    assert len(ids) == len(set(ids)) == 40
    dates = [e["date"] for e in first.events if e["date"]]
    assert dates == sorted(dates, reverse=True)
    assert all({e["actor"]["country"], e["recipient"]["country"]} == {"IRN", "RUS"} for e in first.events)


def test_event_list_filters_by_code_prefix_dates_and_modality(store):
    """Code prefix 1, year 2022, future only: exactly the events written so."""
    page = list_events(store, EventQuery(scope=make_scope("2022", "2022", "future"), codes=("1",), limit=1000))
    want = [e for e in SAMPLE_EVENTS if e.modality == "future" and e.cameo.startswith("1")
            and e.date and e.date.year == 2022]
    assert want, "the sample has such events"
    assert page.total == len(want) and len(page.events) == len(want)


def test_listed_events_carry_evidence_spans_inside_their_sentence(store):
    """Each event's spans, taken relative to its sentence, spell its event/source/target text."""
    for e in list_events(store, EventQuery(limit=30)).events:
        ev = e["evidence"]
        base = ev["sentence_start"]
        assert ev["sentence"][ev["event_start"] - base:ev["event_end"] - base] == ev["event_text"]
        assert ev["sentence"][ev["source_start"] - base:ev["source_end"] - base] == ev["source_text"]
        assert ev["sentence"][ev["target_start"] - base:ev["target_end"] - base] == ev["target_text"]


def test_article_view_has_text_and_every_event_with_offsets(store):
    """An article shows all its events (any modality), whose offsets point into its text."""
    view = article_view(store, "art001")
    assert view is not None
    text = view["article"]["text"]
    written = [e for e in SAMPLE_EVENTS if e.article_id == "art001"]
    assert len(view["events"]) == len(written)
    for e in view["events"]:
        ev = e["evidence"]
        assert text[ev["event_start"]:ev["event_end"]] == ev["event_text"]


def test_article_view_of_a_wire_copy_shows_the_original_events(store):
    """A stored copy names its original and shows the original's events."""
    view = article_view(store, "copy000")
    assert view is not None and view["article"]["duplicate_of"] == "art000"
    assert {e["article"]["id"] for e in view["events"]} == {"art000"}
    assert article_view(store, "art000")["copies"] == ["copy000"]
    assert article_view(store, "no-such-article") is None


@pytest.mark.parametrize(
    ("since", "until", "first", "last"),
    [("2019", "2020", dt.date(2019, 1, 1), dt.date(2020, 12, 31)),
     ("2020-02", "2020-02", dt.date(2020, 2, 1), dt.date(2020, 2, 29)),
     ("2021-03-04", None, dt.date(2021, 3, 4), None)],
)
def test_partial_dates_mean_the_whole_year_or_month(since, until, first, last):
    """since 2019 is 1 January; until 2020-02 is the last day of February."""
    scope = make_scope(since, until)
    assert (scope.since, scope.until) == (first, last)


@pytest.mark.parametrize(
    ("kwargs", "parameter", "message"),
    [({"since": "2019-13"}, "since", "not a valid date"),
     ({"until": "yesterday"}, "until", "not a date"),
     ({"since": "2022", "until": "2021"}, "since", "is after until"),
     ({"modality": "maybe"}, "modality", "unknown modality 'maybe'")],
)
def test_bad_scope_values_name_the_parameter(kwargs, parameter, message):
    """Bad dates and modalities raise QueryError naming the parameter and the problem."""
    with pytest.raises(QueryError, match=message) as info:
        make_scope(**kwargs)
    assert info.value.parameter == parameter


def test_modality_all_and_lists():
    """'all' means every modality; a comma list keeps its order."""
    assert make_scope(modality="all").modalities is None
    assert make_scope(modality=["asserted,negated"]).modalities == ("asserted", "negated")


def test_dyad_plot_is_a_png(store, tmp_path):
    """--plot draws a PNG file of the timeline."""
    out = plot_dyad(dyad(store, "IRN", "RUS", by="year"), tmp_path / "dyad.png")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_event_list_one_a_day_shows_one_row_with_its_support(store):
    """With one_a_day, two reports of one event are one row counting both articles."""
    day = make_scope("2021-06-15", "2021-06-15", one_a_day=True)
    page = list_events(store, EventQuery(scope=day, dyad=("IRN", "RUS")))
    assert page.total == 1
    assert page.events[0]["support"] == {"num_mentions": 2, "num_articles": 2, "num_sources": 2}


def test_actor_codes_of_unknown_country_are_accepted():
    """---COP (police of no known country) is a valid actor code; words and SQL are not."""
    from eventwire.analysis.scope import parse_actor

    assert parse_actor("---cop") == "---COP"
    for bad in ("IR", "IRN'", "IRN GOV", "Iran;"):
        with pytest.raises(QueryError, match="is not an actor code"):
            parse_actor(bad)
