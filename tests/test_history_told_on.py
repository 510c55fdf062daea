"""A past act with no date of its own, right after a sentence of dated history, tells that history on."""

from __future__ import annotations

PUBLISHED = "2025-03-14"
OPENING = ("A court in the capital ordered the editor back to prison on Monday. His lawyers called the "
           "ruling unjust. The editor denied all charges on Tuesday.")
HISTORY = "In 2022, police arrested the editor and froze the newspaper's assets."


def _sentence(events: list[dict], index: int) -> list[dict]:
    found = [e for e in events if e["evidence"]["sentence_index"] == index]
    assert found, [(e["evidence"]["sentence_index"], e["evidence"]["event_text"]) for e in events]
    return found


def test_a_material_act_after_dated_history_is_that_history(code_text):
    # the sentence right after a dated one takes its date (the date rules); the next one tells it on
    text = (f"{OPENING} {HISTORY} A court later sentenced the editor to six years in prison. "
            "An appeals court overturned the conviction.")
    events = code_text(text, PUBLISHED)
    assert all(e["modality"] == "historical" for e in _sentence(events, 3) + _sentence(events, 4))
    told_on = _sentence(events, 5)
    assert all(e["modality"] == "historical" for e in told_on)
    assert all("history told on (2022)" in e["evidence"]["modality_cue"] for e in told_on)


def test_a_pronoun_doer_carries_a_statement_on(code_text):
    text = f"{OPENING} Thousands of students began protesting in 2019. They demanded the minister's resignation."
    assert all(e["modality"] == "historical" for e in _sentence(code_text(text, PUBLISHED), 4))


def test_a_named_partys_statement_after_history_is_the_days_news(code_text):
    text = f"{OPENING} {HISTORY} Press freedom groups condemned the ruling."
    assert all(e["modality"] == "asserted" for e in _sentence(code_text(text, PUBLISHED), 4))


def test_a_perfect_or_a_dated_act_after_history_is_not_carried(code_text):
    perfect = code_text(f"{OPENING} {HISTORY} Police have arrested three more reporters.", PUBLISHED)
    assert all(e["modality"] == "asserted" for e in _sentence(perfect, 4))
    dated = code_text(f"{OPENING} {HISTORY} Police arrested three more reporters on Wednesday.", PUBLISHED)
    assert all(e["modality"] == "asserted" for e in _sentence(dated, 4))


SUMMIT = "Talks between the two governments collapsed at a summit in Geneva in March 2023."


def test_a_sentence_opening_on_there_tells_a_statement_on(code_text):
    """'There, the rebel commander asked for an amnesty': the place of the history before, whoever asks."""
    text = f"{OPENING} {SUMMIT} There, the rebel commander asked the president for an amnesty."
    assert all(e["modality"] == "historical" for e in _sentence(code_text(text, PUBLISHED), 4))


def test_the_answer_to_a_request_told_before_is_that_history(code_text):
    text = (f"{OPENING} {SUMMIT} There, the rebel commander asked the president for an amnesty. "
            "The president rejected the request.")
    told_on = _sentence(code_text(text, PUBLISHED), 5)
    assert all(e["modality"] == "historical" for e in told_on)
    assert all("history told on (2023)" in e["evidence"]["modality_cue"] for e in told_on)


def test_an_undated_request_by_another_party_stays_news(code_text):
    """Without an opening on 'there' or an answer to 'the request', a named party's statement is the day's."""
    text = f"{OPENING} {SUMMIT} The rebel commander asked the president for an amnesty."
    assert all(e["modality"] == "asserted" for e in _sentence(code_text(text, PUBLISHED), 4))


def test_history_dated_to_an_earlier_month_runs_on_over_a_sentence_without_acts(code_text):
    """A summit 'held in May' (published in March: the year before), then a copula sentence, then the
    acts at it told through event nouns in a past sentence."""
    text = (f"{OPENING} Talks between the two governments collapsed at a summit held in May. The summit was in Geneva. "
            "It ended quickly because the government's demand for disarmament and the rebels' demand "
            "for an amnesty did not mesh.")
    told_on = _sentence(code_text(text, PUBLISHED), 5)
    assert all(e["modality"] == "historical" for e in told_on)


def test_charges_told_after_a_dated_arrest_are_that_history(code_text):
    """'He was rearrested in 2022.' (a past passive, no act of its own coded before the fixes), then
    'Prosecutors charged *him*' (an object pronoun carries the person on), then 'He was also charged'
    (the charge before named only alleged acts, which do not end the run)."""
    text = (f"{OPENING} The editor was released in June 2018. He was rearrested in August 2022 as he crossed "
            "the border. Prosecutors charged him with attacking police officers. He was also charged with "
            "extortion and kidnapping.")
    events = code_text(text, PUBLISHED)
    rearrest = _sentence(events, 4)
    assert [(e["cameo"], e["modality"]) for e in rearrest] == [("173", "historical")]
    charges = [e for e in _sentence(events, 5) + _sentence(events, 6) if e["cameo"] == "112"]
    assert len(charges) == 2
    assert all(e["modality"] == "historical" and "history told on (2022)" in e["evidence"]["modality_cue"]
               for e in charges)


def test_a_named_party_condemning_someone_after_history_stays_news(code_text):
    """Only an act done to 'him', 'her' or 'them' carries the person on; a reaction to a thing does not."""
    text = f"{OPENING} The editor was rearrested in August 2022. Press freedom groups condemned the ruling."
    assert all(e["modality"] == "asserted" for e in _sentence(code_text(text, PUBLISHED), 4))
