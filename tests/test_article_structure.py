"""Which parts of an article are coded: the body, not the headline, byline, photo captions or links
to other stories - and a long opening paragraph without a final full stop is body, not a headline."""

from __future__ import annotations

import pytest

from eventwire.nlp.normalise import body_start, is_byline, is_caption, is_link_line, looks_like_headline


def _words(events: list[dict]) -> list[str]:
    return [e["evidence"]["event_text"] for e in events]


def test_a_long_opening_paragraph_without_a_full_stop_is_coded(code_text):
    events = code_text(
        "Security forces in Somalia say they killed all six attackers who laid siege to a hotel in the "
        "central town of Beledweyne and later killed at least 50 militants in airstrikes\n\n"
        "The siege ended early Wednesday.")
    assert any(e["evidence"]["sentence_index"] == 0 for e in events)


def test_a_short_headline_is_not_coded(code_text):
    events = code_text("Somali forces kill 50 militants in airstrikes\n\n"
                       "Somali troops arrested three men on Tuesday.")
    assert all(e["evidence"]["sentence_index"] > 0 for e in events)
    assert any("arrested" in w for w in _words(events))


@pytest.mark.parametrize(("text", "headline"), [
    ("Iran, Russia and China begin joint naval drills in Gulf of Oman", True),
    ("Reporter's Notebook: The Ups, But Mostly Downs of Traveling From West Virginia to Rome During COVID", True),
    (("Security forces in Somalia say they killed all six attackers who laid siege to a hotel in the central "
      "town of Beledweyne and later killed at least 50 militants"), False),
    ("Iran, Russia and China began joint naval drills.", False),
])
def test_headline_is_short_and_title_like(text, headline):
    assert looks_like_headline(text) is headline


def test_photo_captions_are_not_coded(code_text):
    events = code_text(
        "Afghan police arrested three men in Kabul on Tuesday.\n\n"
        "FILE - Afghan soldiers attacked a Taliban position in Ghazni, Jan. 5, 2025. (AP Photo/Rahmat Gul)\n\n"
        "Officials condemned the killing of a journalist.")
    words = _words(events)
    assert any("arrested" in w for w in words) and any("condemned" in w for w in words)
    assert not any("attacked" in w for w in words)


def test_a_link_line_is_skipped_and_the_article_goes_on(code_text):
    events = code_text(
        "Afghan police arrested three men in Kabul on Tuesday.\n\n"
        "Read more: Taliban fighters attacked a girls' school\n\n"
        "Officials condemned the killing of a journalist.")
    words = _words(events)
    assert any("condemned" in w for w in words)
    assert not any("attacked" in w for w in words)


def test_front_matter_is_skipped_to_find_the_dateline():
    text = ("Pakistani troops arrest three militants\n\nBy Ayaz Gul\n\nMarch 3, 2025\n\n"
            "ISLAMABAD — Pakistani troops arrested three militants.")
    assert text[body_start(text):].startswith("ISLAMABAD")


def test_a_long_unpunctuated_opening_is_where_the_dateline_stands():
    text = ("ISLAMABAD — Pakistani troops arrested three militants who attacked a checkpoint near the "
            "Afghan border and killed two soldiers in the night\n\nThe army said.")
    assert body_start(text) == 0


@pytest.mark.parametrize(("line", "byline"), [
    ("By Ayaz Gul", True), ("By Margaret Besheer and Ayaz Gul", True), ("BY AYAZ GUL", True),
    ("By Tuesday, the army had retaken the town.", False), ("by the way it went", False),
])
def test_bylines(line, byline):
    assert is_byline(line) is byline


@pytest.mark.parametrize(("text", "caption"), [
    ("FILE - A man walks past a building in Kabul, Jan. 5, 2025.", True),
    ("FILE PHOTO: Soldiers patrol a street.", True),
    ("Police patrol a street in Kabul. (AP Photo/Rahmat Gul)", True),
    ("The file was sent to the court.", False),
])
def test_captions(text, caption):
    assert is_caption(text) is caption


def test_link_lines():
    assert is_link_line("Read more: Taliban ban women from parks")
    assert is_link_line("RELATED: Iran and Russia sign pact")
    assert not is_link_line("Related talks took place in Geneva.")
