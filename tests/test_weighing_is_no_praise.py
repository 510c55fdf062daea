"""Words that say how much something weighs praise when they qualify a noun ("an important step", "a
significant achievement") and praise no one when one is the verdict itself ("Trump's concerns remain as
important", "the vote was crucial")."""

from __future__ import annotations

import pytest


def _verdicts(events):
    return [e for e in events if e["evidence"]["rule"] == "reported verdict"]


@pytest.mark.parametrize("sentence", [
    "Hassett said Trump's economic concerns remain as important.",
    "The minister said Israel's decision was crucial.",
    "Egypt said the agreement was important.",
])
def test_a_bare_weight_is_no_praise(code_text, sentence):
    assert not _verdicts(code_text(sentence))


@pytest.mark.parametrize("sentence", [
    "Egypt said the agreement was an important step.",
    "The minister said Israel's decision was a significant achievement.",
])
def test_a_weighty_praise_noun_still_praises(code_text, sentence):
    assert [e["cameo"] for e in _verdicts(code_text(sentence))] == ["051"]
