"""Forces, or their spokesperson, reporting an agentless rescue, seizure, arrest or killing of militants
report their own operation; soldiers reported killed were killed by the other side, and a ministry or
an analyst may report anyone's act."""

from __future__ import annotations


def _sources(events: list[dict], root: str) -> set[str]:
    return {e["source_actor"] for e in events if e["cameo"].startswith(root)}


def test_forces_reporting_militants_killed_killed_them(code_text):
    events = code_text("A Chadian army spokesman said 12 militants were killed near the border.", "2024-05-01")
    assert _sources(events, "19") == {"TCDMIL"}


def test_a_spokesman_of_the_military_reports_its_rescue(code_text):
    events = code_text("Colonel Ali Idriss, director of military public relations in Chad, said all hostages "
                       "were rescued.", "2024-05-01")
    assert {s[-3:] for s in _sources(events, "073")} == {"MIL"}  # the colonel's country is not in his phrase


def test_soldiers_killed_or_a_ministrys_report_name_no_doer(code_text):
    assert _sources(code_text("A Chadian army spokesman said 12 soldiers were killed.", "2024-05-01"), "19") == {""}
    assert _sources(code_text("The Chadian interior ministry said 12 militants were killed.", "2024-05-01"), "19") == {""}
