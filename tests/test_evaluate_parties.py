"""The parties scorecard: marked source/target pairs (PLOVER_PAIR) and gold source/target spans."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.evaluation.dyads import locate, score_pairs, score_spans

TEXT = "Iranian Foreign Minister Mohammad Javad Zarif condemned the U.S. Supreme Court decision."


def _event(text: str, source: str, target: str, plover: str, modality: str = "asserted") -> dict:
    def span(part: str) -> tuple[int, int]:
        if not part:
            return -1, -1
        start = text.index(part)
        return start, start + len(part)

    (ss, se), (ts, te) = span(source), span(target)
    return {"plover": {"event": plover}, "modality": modality,
            "evidence": {"source_start": ss, "source_end": se, "target_start": ts, "target_end": te}}


def _pair_record(source: str, target: str, code: str, text: str = TEXT) -> dict:
    return {"id": "p", "text": text, "expected": [{"scheme": "PLOVER_PAIR", "event_code": code,
                                                  "source_text": source, "target_text": target}]}


def test_marks_are_located_across_tokenisation_and_apostrophes():
    text = "A Swiss court rejected the Croatian government\u02bcs request."
    start, end = locate(text, "Croatian government 's request")
    assert text[start:end] == "Croatian government\u02bcs request"
    start, end = locate(text, "a swiss COURT")
    assert text[start:end] == "A Swiss court"
    assert locate(text, "Hungary") is None


def test_a_pair_is_found_when_the_event_spans_overlap_the_marks():
    record = _pair_record("Iranian Foreign Minister Mohammad Javad Zarif", "the U.S. Supreme Court decision", "ACCUSE")
    found = score_pairs([(record, [_event(TEXT, "Zarif", "U.S. Supreme Court", "ACCUSE")])])
    assert found["pair_found"] == 1.0 and found["type_right_given_pair"] == 1.0 and found["strict"] == 1.0
    wrong_type = score_pairs([(record, [_event(TEXT, "Zarif", "U.S. Supreme Court", "REJECT")])])
    assert wrong_type["pair_found"] == 1.0 and wrong_type["strict"] == 0.0
    assert wrong_type["worst_type_confusions"] == [{"gold": "ACCUSE", "predicted": "REJECT", "count": 1}]
    no_target = score_pairs([(record, [_event(TEXT, "Zarif", "", "ACCUSE")])])
    assert no_target["pair_found"] == 0.0 and no_target["source_found"] == 1.0 and no_target["target_found"] == 0.0


def test_a_pair_coded_the_other_way_round_counts_as_swapped():
    record = _pair_record("Zarif", "the U.S. Supreme Court decision", "ACCUSE")
    report = score_pairs([(record, [_event(TEXT, "U.S. Supreme Court", "Zarif", "ACCUSE")])])
    assert report["pair_found"] == 0.0 and report["swapped"] == 1.0


def test_old_yield_covers_concede_and_retreat():
    record = _pair_record("Zarif", "the U.S. Supreme Court decision", "YIELD")
    report = score_pairs([(record, [_event(TEXT, "Zarif", "Supreme Court", "RETREAT")])])
    assert report["strict"] == 1.0 and report["by_type"]["YIELD"]["pairs"] == 1


def test_unlocatable_marks_are_counted_apart():
    record = _pair_record("Vladimir Putin", "Zarif", "CONSULT")
    report = score_pairs([(record, [])])
    assert report["pairs_not_located"] == 1 and report["pairs_located"] == 0


def test_span_records_score_source_target_and_both():
    record = {"id": "s", "text": TEXT, "meta": {"spans": {"S": ["Mohammad Javad Zarif"], "T": ["Supreme Court"]}}}
    split = [_event(TEXT, "Zarif", "", "ACCUSE"), _event(TEXT, "", "Supreme Court", "ACCUSE")]
    report = score_spans([(record, split)])
    assert report == {"records_with_both_spans": 1, "not_located": 0, "source_found": 1.0,
                      "target_found": 1.0, "both_in_one_event": 0.0}
    joined = score_spans([(record, [_event(TEXT, "Zarif", "Supreme Court", "ACCUSE")])])
    assert joined["both_in_one_event"] == 1.0
    assert score_spans([({"id": "x", "text": TEXT}, [])]) is None


def test_evaluate_scores_pair_records(tmp_path):
    gold = tmp_path / "pairs.jsonl"
    text = "Russia attacked Ukraine on Monday."
    gold.write_text(json.dumps(_pair_record("Russia", "Ukraine", "ASSAULT", text)) + "\n")
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)["PLOVER_PAIR"]
    assert report["pairs_located"] == 1 and report["pair_found"] == 1.0 and report["strict"] == 1.0


def test_a_pronoun_counts_for_the_party_it_was_resolved_to():
    text = "The Iraqi military says it has seized Kurdish oil fields."
    record = _pair_record("The Iraqi military", "Kurdish oil fields", "ASSAULT", text)
    event = _event(text, "it has", "Kurdish oil fields", "ASSAULT")  # "it" alone is found inside "military"
    event["evidence"].update(sentence=text, sentence_start=0)
    event["actor"] = {"reason": "'it' refers to 'military'; country IRQ"}
    assert score_pairs([(record, [event])])["pair_found"] == 1.0
    event["actor"] = {"reason": "'it' refers to 'Baghdad'; country IRQ"}  # an antecedent not in the sentence
    assert score_pairs([(record, [event])])["pair_found"] == 0.0
    event["actor"] = {"reason": "'it' refers to 'Kurdish oil fields'"}  # resolved to something else
    assert score_pairs([(record, [event])])["pair_found"] == 0.0


def test_a_pronoun_resolved_to_a_person_by_full_name_counts_for_the_surname_in_the_sentence():
    """The document pass names a known person by the table's full name ("refers to Ronald Reagan")
    while the sentence gives the surname ("President Reagan ... he")."""
    text = "President Reagan declared that he will not go to Moscow to meet Mikhail S. Gorbachev."
    record = _pair_record("President Reagan", "Mikhail S. Gorbachev", "CONSULT", text)
    event = _event(text, "he", "Mikhail S. Gorbachev", "CONSULT")
    event["evidence"].update(sentence=text, sentence_start=0)
    event["actor"] = {"reason": "'he' refers to Ronald Reagan; country from 'President Reagan'"}
    assert score_pairs([(record, [event])])["pair_found"] == 1.0
    event["actor"] = {"reason": "'he' refers to Nancy Davis; country USA"}  # another person
    assert score_pairs([(record, [event])])["pair_found"] == 0.0
