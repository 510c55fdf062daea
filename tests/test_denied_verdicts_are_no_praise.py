"""A reported verdict that is denied: praise denied is criticism, criticism denied criticises no one
(made-up sentences)."""

from __future__ import annotations


def _verdicts(events):
    return [e for e in events if e["evidence"]["rule"] == "reported verdict"]


def test_praise_denied_is_criticism(code_text):
    """'said he would not be welcome', 'said the deal was not a positive step' praise no one."""
    unwelcome = code_text("The French president said Monday that the Israeli prime minister would not be welcome in Paris.")
    assert [e["cameo"] for e in _verdicts(unwelcome)] == ["111"], unwelcome
    assert _verdicts(unwelcome)[0]["target_actor"].startswith("ISR"), unwelcome
    no_step = code_text("The minister said the Chinese plan was no success.")
    assert [e["cameo"] for e in _verdicts(no_step)] == ["111"], no_step
    praised = code_text("The minister said the agreement was a positive step.")
    assert [e["cameo"] for e in _verdicts(praised)] == ["051"], praised


def test_criticism_denied_criticises_no_one(code_text):
    """'said Israel's strikes were not a violation of international law' accuses no one."""
    denied = code_text("Iran said Israel's strikes were not a violation of international law.")
    assert not _verdicts(denied), denied
    asserted = code_text("Iran said Israel's strikes were a violation of international law.")
    assert [e["cameo"] for e in _verdicts(asserted)] == ["111"], asserted
