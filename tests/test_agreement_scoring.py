"""Scoring agreement references against gold (bench/agreements_eval.py): matches need the same kind
and overlapping mentions; parties, dates and status are scored on matched pairs."""

from __future__ import annotations

from eventwire.evaluation.agreements import AgreementScore, score_record

TEXT = "Iran and Russia signed a deal in 2001. Resolution 2231 expires on October 17."


def _ours(kind, text, parties=(), dates=None, status=()):
    start = TEXT.index(text)
    return {"kind": kind, "mention": text, "mentions": [{"text": text, "start": start, "end": start + len(text)}],
            "parties": list(parties), "dates": dates or {},
            "status": [{"action": a, "modality": m} for a, m in status]}


GOLD = {"id": "g1", "text": TEXT, "agreements": [
    {"mention": "a deal", "kind": "agreement", "parties": ["IRN", "RUS"],
     "dates": {"signed": {"text": "in 2001", "value": "2001", "precision": "year"}},
     "status": [{"action": "signed", "modality": "historical", "evidence": "signed a deal in 2001"}]},
    {"mention": "Resolution 2231", "kind": "un_resolution", "parties": ["UN", "IRN"],
     "dates": {"expiry": {"text": "October 17", "value": "2020-10-17", "precision": "day"}},
     "status": [{"action": "expired", "modality": "future", "evidence": "expires on October 17"}]},
]}


def test_a_perfect_answer_scores_one_everywhere_with_our_igo_codes_mapped():
    score = AgreementScore()
    score_record(GOLD, [
        _ours("agreement", "a deal", ["RUS", "IRN"], {"signed": {"value": "2001"}}, [("signed", "historical")]),
        _ours("un_resolution", "Resolution 2231", ["IGOUNO", "IRN"], {"expiry": {"value": "2020-10-17"}},
              [("expired", "future")]),
    ], score)
    result = score.to_dict()
    for what in ("references", "parties", "dates", "status"):
        assert (result[what]["precision"], result[what]["recall"]) == (1.0, 1.0), what
    assert result["party_sets_equal"] == 2


def test_a_wrong_kind_is_no_match_and_a_wrong_date_counts_against_both():
    score = AgreementScore()
    score_record(GOLD, [
        _ours("treaty", "a deal", ["IRN", "RUS"]),
        _ours("un_resolution", "Resolution 2231", ["IGOUNO"], {"expiry": {"value": "2019-10-17"}}),
    ], score)
    result = score.to_dict()
    assert (result["references"]["tp"], result["references"]["predicted"], result["references"]["gold"]) == (1, 2, 2)
    assert (result["parties"]["tp"], result["parties"]["predicted"], result["parties"]["gold"]) == (1, 1, 4)
    assert (result["dates"]["tp"], result["dates"]["predicted"], result["dates"]["gold"]) == (0, 1, 2)
    assert any("missed agreement 'a deal'" in e for e in score.errors)
