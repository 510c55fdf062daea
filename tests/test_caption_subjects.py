"""A photo caption's opening ("In this 2018 file photo, ...") is no doer: the parser may take the
picture noun for the subject and the person pictured for its appositive; the person is the doer."""

from __future__ import annotations

from handparse import parse

from eventwire.coding.syntax import subject_of


def _caption(comma: bool) -> list[str]:
    """'In this 2018 file photo(,) Kremlin aide Yuri Ushakov attends a meeting', parsed as the
    small model parses such captions: the photo the subject, the person its appositive."""
    words = ["In/ADP/prep/10", "this/DET/det/4", "2018/NUM/nummod/4", "file/NOUN/compound/4",
             "photo/NOUN/nsubj/10", ",/PUNCT/punct/4", "Kremlin/PROPN/compound/7//NNP/ORG",
             "aide/NOUN/compound/9", "Yuri/PROPN/compound/9//NNP/PERSON",
             "Ushakov/PROPN/appos/4//NNP/PERSON", "attends/VERB/ROOT/10/attend/VBZ",
             "a/DET/det/12", "meeting/NOUN/dobj/10"]
    if not comma:
        words[5] = "and/CCONJ/cc/4"
    return words


def test_the_person_in_a_file_photo_is_the_doer():
    doc = parse(*_caption(comma=True))
    assert [t.text for t in subject_of(doc[10])] == ["Ushakov"]


def test_a_picture_noun_without_a_comma_and_appositive_stays_the_subject():
    doc = parse(*_caption(comma=False))
    assert [t.text for t in subject_of(doc[10])] == ["photo"]
