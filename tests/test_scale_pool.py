"""Coding on several local processes: same output as one process, and robust to dying workers."""

from __future__ import annotations

from functools import partial

import pytest
from scale_support import LightCoder, generated_articles, make_killing_coder, sample_articles

from eventwire.errors import RecordError
from eventwire.model import Article, CodedArticle
from eventwire.pipeline import build_coder
from eventwire.scale.pool import code_in_processes


@pytest.fixture(scope="module")
def corpus(shared_dir) -> list[Article]:
    return generated_articles(24) + sample_articles(shared_dir)


@pytest.fixture(scope="module")
def single_process(coder, corpus) -> list[dict]:
    return [r.to_dict() for r in coder.code(corpus)]


def as_dicts(results) -> list[dict]:
    return [r.to_dict() if isinstance(r, CodedArticle) else r for r in results]


def test_two_processes_code_exactly_what_one_process_codes(coder, corpus, single_process):
    """`--processes 2` gives the same events, quotes and warnings, in input order."""
    assert sum(len(d["events"]) for d in single_process) > 50  # the corpus really codes events
    assert as_dicts(coder.code(corpus, processes=2)) == single_process


def test_a_worker_killed_mid_chunk_is_retried_and_no_article_is_doubled(tmp_path, corpus, single_process):
    """A worker SIGKILLed halfway through a chunk: the chunk is coded again, once."""
    marker = tmp_path / "killed"
    items = corpus[:12]
    results = as_dicts(code_in_processes(items, 2, partial(make_killing_coder, str(marker)), 4))
    assert marker.exists()  # a worker really died
    assert results == single_process[:12]


def test_an_article_that_kills_every_worker_is_reported_alone():
    """The one article that always kills its worker becomes one E501 error; the rest are coded."""
    pairs = ["Russia visited Iran", "China praised France", "Iran accused China", "France visited Russia"]
    articles = [Article(id=f"a{i}", text=f"{pairs[i % 4]}. Talks went on.") for i in range(12)]
    poison = Article(id="poison", text="Iran visited Russia.", origin="feed.jsonl:7")
    killer = partial(make_killing_coder, "", "poison", light=True)
    results = list(code_in_processes([*articles[:5], poison, *articles[5:]], 2, killer, 4))
    errors = [r for r in results if isinstance(r, RecordError)]
    assert [(e.where, e.code) for e in errors] == [("feed.jsonl:7", "E501")]
    expected = as_dicts(LightCoder().code_chunk(articles))
    assert all(len(d["events"]) == 1 for d in expected)
    assert as_dicts(r for r in results if isinstance(r, CodedArticle)) == expected


def test_input_errors_pass_through_in_place_and_a_broken_article_is_reported(corpus, single_process):
    """A malformed input record and an article the coder cannot handle are reported; order is kept."""
    unreadable = RecordError("feed.jsonl:3", "not JSON: Expecting value")
    broken = Article(id="broken", text=None, origin="feed.jsonl:4")  # type: ignore[arg-type]
    items = [*corpus[:3], unreadable, broken, *corpus[3:6]]
    results = list(code_in_processes(items, 2, partial(build_coder, (), 4), 4))
    assert results[3] == unreadable
    assert isinstance(results[4], RecordError) and results[4].where == "feed.jsonl:4"
    assert as_dicts(results[:3] + results[5:]) == single_process[:6]
