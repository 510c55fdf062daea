"""Text preparation: offsets never move, headings are read but not coded, trailers are cut."""

from eventwire.nlp.normalise import is_heading, prepare_text, starts_trailer
from eventwire.places.resolver import dateline_place


def test_preparation_keeps_every_offset():
    """Quotes, dashes and a dateline are normalised without changing the text length."""
    text = "Headline here\n\nKYIV \u2014 \u201cWe will fight,\u201d the minister said."
    prepared = prepare_text(text, dateline_place)
    assert len(prepared.text) == len(text)
    assert prepared.dateline == "Kyiv"
    assert '"We will fight,"' in prepared.text and "KYIV" not in prepared.text


def test_short_unpunctuated_lines_are_headings_but_truncated_prose_is_not():
    """A title is skipped; a long sentence cut off mid-way is still coded."""
    assert is_heading("Russia and Iran sign military cooperation memorandum", 3)
    assert not is_heading("Israel carried out the raid, in which it took the lives of three militants, after being", 3)
    assert not is_heading("Russia and Iran signed a memorandum", 1)  # a one-paragraph input is always coded


def test_read_more_opens_a_trailer_of_other_stories():
    """'Read More:' starts a block of links that is not part of the article."""
    assert starts_trailer("Read More:")
    assert not starts_trailer("Read more about the talks in our report.")


def test_sentence_case_first_line_is_the_headline():
    """An unpunctuated first paragraph is the headline, whatever its case."""
    from eventwire.nlp.normalise import is_headline

    assert is_headline("Iran, Russia and China begin joint naval drills in Gulf of Oman\n\n", 3)
    assert not is_headline("Iran, Russia and China began joint naval drills.\n\n", 3)
