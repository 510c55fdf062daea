"""The engine's own word lists are data (data/lexicon/engine_words.v1.tsv), validated on load:
a bad row is reported at its file:line."""

from __future__ import annotations

import pytest

from eventwire.coding.vocabulary import ENGINE_LISTS, load_engine_words, read_engine_words
from eventwire.errors import LexiconError


def test_the_shipped_file_has_every_list_the_engine_reads():
    words = load_engine_words()
    assert set(words) == set(ENGINE_LISTS)
    assert "mass" in words["FORCE_MOVEMENT_VERBS"] and "receive" in words["RECEIVING_VERBS"]


def write(tmp_path, rows: list[str]):
    complete = [f"{name}\tword" for name in ENGINE_LISTS]
    path = tmp_path / "engine_words.v1.tsv"
    path.write_text("\n".join(["# a comment", "list\tword\tnote", *rows, *complete]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("row", "message"), [
    ("TROOP_VERBS\tmarch", "unknown list 'TROOP_VERBS'"),
    ("KILLING_VERBS\tShoot", "'Shoot' is not a lowercase lemma"),
    ("KILLING_VERBS\tshoot dead", "not a lowercase lemma"),
])
def test_a_bad_row_is_reported_at_its_line(tmp_path, row, message):
    with pytest.raises(LexiconError) as err:
        read_engine_words(write(tmp_path, [row]))
    assert message in str(err.value) and err.value.where == "engine_words.v1.tsv:3"


def test_a_word_listed_twice_is_reported_at_the_second(tmp_path):
    with pytest.raises(LexiconError) as err:
        read_engine_words(write(tmp_path, ["KILLING_VERBS\tshoot", "KILLING_VERBS\tshoot"]))
    assert "listed twice" in str(err.value) and err.value.where == "engine_words.v1.tsv:4"


def test_a_missing_list_is_reported(tmp_path):
    path = tmp_path / "engine_words.v1.tsv"
    path.write_text("list\tword\nKILLING_VERBS\tshoot\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="lists missing: LEAVING_VERBS"):
        read_engine_words(path)


def test_every_list_name_is_read_once():
    """A name given to two lists (each added for its own rule) would make both rules read both."""
    assert len(set(ENGINE_LISTS)) == len(ENGINE_LISTS)
