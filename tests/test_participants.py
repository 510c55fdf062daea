"""Participant rules: who arrives, is sent or withdrawn, or attacks changes what the act is."""

from __future__ import annotations

import pytest

from eventwire.coding.participants import load_participant_rules, read_participant_rules
from eventwire.errors import LexiconError


def codes(events, modality="asserted"):
    return {e["cameo"] for e in events if e["modality"] == modality}


def test_peacekeepers_arriving_are_a_deployment_of_peacekeepers_not_a_visit(code_text):
    """'Pakistani peacekeepers arrived in Juba': CAMEO 0861, PLOVER RETREAT/access."""
    events = code_text("A battalion of Pakistani peacekeepers arrived in Juba on Sunday.")
    assert "0861" in codes(events) and "042" not in codes(events), events
    assert {e["plover"]["event"] for e in events if e["cameo"] == "0861"} == {"RETREAT"}


def test_the_host_receives_peacekeepers_and_the_sender_is_the_target(code_text):
    """CAMEO 0861: the place of deployment is the source, the country providing them the target."""
    events = code_text("Kenyan peacekeepers arrived in Mogadishu on Monday.")
    assert any(e["cameo"] == "0861" and e["source_actor"].startswith("SOM") and e["target_actor"].startswith("KEN")
               for e in events), events


def test_inspectors_arriving_are_inspectors_let_in(code_text):
    """'IAEA inspectors arrived in Tehran' is 0862 (receive inspectors), not a visit."""
    events = code_text("IAEA inspectors arrived in Tehran on Saturday to check the enrichment site.")
    assert "0862" in codes(events) and "042" not in codes(events), events


def test_troops_arriving_are_deployed_and_ministers_still_visit(code_text):
    """Armed forces that arrive are deployed (154); a minister who arrives visits (042)."""
    troops = code_text("Russian troops arrived in Minsk on Tuesday.")
    minister = code_text("The Russian foreign minister arrived in Minsk on Tuesday.")
    assert "154" in codes(troops) and "042" not in codes(troops), troops
    assert "042" in codes(minister), minister


def test_a_military_delegation_visits_and_military_advisers_are_assistance(code_text):
    """Only the head word decides troops: "a military delegation arrived" is a visit (042); military
    trainers arriving are military assistance (072, AID)."""
    delegation = code_text("A Russian military delegation arrived in Minsk on Tuesday.")
    trainers = code_text("Russian military trainers arrived in Mali on Tuesday.")
    assert "042" in codes(delegation) and "154" not in codes(delegation), delegation
    assert "072" in codes(trainers), trainers


def test_withdrawing_observers_is_not_a_military_pull_out(code_text):
    """'The OSCE pulled its monitors out of the region' is 1662 (SANCTION/withdraw)."""
    events = code_text("The OSCE withdrew its monitors from eastern Ukraine on Friday.")
    assert "1662" in codes(events), events
    assert not any(c.startswith("087") for c in codes(events)), events


def test_the_rule_that_fired_is_in_the_evidence(code_text):
    """Every recoded event names the participant rule in its evidence."""
    events = code_text("Kenyan peacekeepers arrived in Mogadishu on Monday.")
    rules = [e["evidence"]["rule"] for e in events if e["cameo"] == "0861"]
    assert rules and all("participant peacekeepers" in r for r in rules), events


def test_an_attack_by_hackers_is_a_cyber_attack(code_text):
    """'A hacker group struck the central bank' is coercion (170), not a military attack."""
    events = code_text("A hacker group struck the central bank of Ukraine on Monday.")
    assert "170" in codes(events) and not any(c[:2] in ("18", "19") for c in codes(events)), events


def test_a_promise_to_send_peacekeepers_stays_a_promise(code_text):
    """Frames keep their own code: 'agreed to send peacekeepers' is an intent (03x), not 0861."""
    events = code_text("Ethiopia agreed to send peacekeepers to Somalia.")
    assert any(c.startswith("03") for c in codes(events)) and "0861" not in codes(events), events


def test_shipped_rules_load_and_name_real_codes():
    """The shipped table loads and every rule recodes to a known CAMEO code or to no act ('-')."""
    rules = load_participant_rules().rules
    assert len(rules) >= 5 and all(r.cameo.isdigit() or r.cameo == "-" for r in rules)


def test_letting_an_unlisted_party_give_aid_is_humanitarian_access(code_text):
    """'allowed the Red Crescent to deliver food': no row names the party; the aid it is let give decides,
    and the delivery itself is only allowed, not told as done."""
    events = code_text("The government allowed the Red Crescent to deliver food to the besieged town.")
    assert [e["cameo"] for e in events] == ["0863"], events


@pytest.mark.parametrize(("row", "problem"), [
    ("x\t042\tguest\t&PEACEKEEPER\tany\t0861\thost", "bad role"),
    ("x\t999\tmover\t&PEACEKEEPER\tany\t0861\thost", "unknown CAMEO code or root"),
    ("x\t042\tmover\t&NO_SUCH_CLASS\tany\t0861\thost", "unknown class"),
    ("x\t042\tmover\t\tany\t0861\thost", "must list"),
    ("x\t042\tmover\t&PEACEKEEPER\tsome\t0861\thost", "bad words"),
    ("x\t042\tmover\t&PEACEKEEPER\tany\t0861\tguest", "bad source"),
])
def test_a_bad_rule_is_reported_with_file_and_line(tmp_path, row, problem):
    """A malformed row raises LexiconError naming the file, line and problem."""
    path = tmp_path / "rules.tsv"
    path.write_text("id\tcodes\trole\tparticipant\twords\tcameo\tsource\tnote\n" + row + "\tnote\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        read_participant_rules(path)
    assert "rules.tsv:2" in err.value.one_line() and problem in err.value.one_line()


def test_an_aid_group_pulling_out_is_aid_withdrawn_not_a_military_retreat(code_text):
    """'The aid group pulled out of Somalia' is 1663 (SANCTION/withdraw), not 0874."""
    events = code_text("The aid group Save the Children pulled out of Somalia on Friday.")
    assert "1663" in codes(events) and not any(c.startswith("087") for c in codes(events)), events


def test_the_engines_word_tables_name_only_shipped_classes():
    """The classes the engine reads by name exist in classes.v1.tsv, so a renamed class fails
    here, not in the middle of a coding run."""
    import re
    from pathlib import Path

    from eventwire.coding.lexicon import load_lexicon

    lexicon = load_lexicon()
    engine = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "coding"
    named = {m for f in engine.glob("*.py") for m in re.findall(r'in_class\("([A-Z_]+)"', f.read_text())}
    assert named and named <= set(lexicon.classes), named - set(lexicon.classes)


def test_who_is_allowed_decides_the_concession_and_the_row_is_the_evidence(code_text):
    """permissions.v1.tsv: observers let in are 0862, aid workers 0863; the row that fired is named."""
    observers = code_text("The junta allowed international observers to monitor the vote.")
    assert [(e["cameo"], e["plover"]["event"]) for e in observers] == [("0862", "RETREAT")]
    assert "permissions.v1.tsv:" in observers[0]["evidence"]["lexicon_entry"]
    aid = code_text("Syria let aid workers reach the besieged town.")
    assert [e["cameo"] for e in aid] == ["0863"]
    assert code_text("The court allowed the company to sell its shares.") == []


@pytest.mark.parametrize(("row", "problem"), [
    ("x\t&NO_SUCH_CLASS\t0862", "unknown class"),
    ("x\tobserver\t999", "unknown CAMEO code"),
    ("x\t\t0862", "must list"),
])
def test_a_bad_permission_rule_is_reported_with_file_and_line(tmp_path, row, problem):
    rules = tmp_path / "rules.tsv"
    rules.write_text("id\tcodes\trole\tparticipant\twords\tcameo\tsource\tnote\n", encoding="utf-8")
    permissions = tmp_path / "permissions.tsv"
    permissions.write_text("id\tallowed\tcameo\tnote\n" + row + "\tnote\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        read_participant_rules(rules, permissions)
    assert "permissions.tsv:2" in err.value.one_line() and problem in err.value.one_line()


def test_violence_by_protesters_is_a_riot(code_text):
    """'protesters attacked Arab-owned stores', 'demonstrators clashed with police': violence by
    protesters is a violent protest (145, PLOVER PROTEST); police clashing with them stays force."""
    events = code_text("Protesters attacked a number of Arab-owned stores in Jerusalem.")
    assert [e["cameo"] for e in events] == ["145"], events
    assert "145" in {e["cameo"] for e in code_text("Demonstrators clashed with police in Nairobi.")}
    assert "190" in {e["cameo"] for e in code_text("Police clashed with protesters in Nairobi.")}


def test_a_machine_that_rejects_or_blocks_does_no_act_but_a_ministry_does(code_text):
    """'the portal rejected the forms' is a machine's output (participant rule with cameo '-');
    the same verb with a party as subject stays a rejection."""
    machine = code_text("The online portal rejected thousands of visa applications on Monday.")
    ministry = code_text("The interior ministry rejected thousands of visa applications on Monday.")
    assert not codes(machine), machine
    assert any(c.startswith("12") for c in codes(ministry)), ministry


def test_a_vehicle_makes_no_inquiry(code_text):
    """'the helicopters inspected the wreck': no party's investigation (09)."""
    events = code_text("Two army helicopters inspected the wreckage of the bus on Friday.")
    assert not any(c.startswith("09") for c in codes(events)), events


def test_a_participant_rule_with_an_unknown_code_is_refused_but_no_act_is_allowed(tmp_path):
    header = "id\tcodes\trole\tparticipant\twords\tcameo\tsource\tnote\n"
    good = tmp_path / "good.tsv"
    good.write_text(header + "robot.none\t12\tagent\trobot\thead\t-\tkept\tno act\n")
    assert read_participant_rules(good).rules[0].cameo == "-"
    bad = tmp_path / "bad.tsv"
    bad.write_text(header + "robot.bad\t12\tagent\trobot\thead\t999x\tkept\tbad\n")
    with pytest.raises(LexiconError, match="unknown CAMEO code"):
        read_participant_rules(bad)


def test_troops_sent_to_a_peacekeeping_mission_provide_peacekeeping(code_text):
    """'sending troops to a UN peacekeeping mission' is peacekeeping provided (074, AID) by the
    sender; troops sent to a border stay a deployment (154)."""
    sent = code_text("The Kenyan army is sending 300 troops to a United Nations peacekeeping mission in Haiti.")
    assert any(e["cameo"] == "074" and e["plover"]["event"] == "AID" and e["source_actor"].startswith("KEN")
               for e in sent), sent
    assert "154" not in codes(sent), sent
    serving = code_text("The Pentagon sent 200 troops to Syria to serve as a peacekeeping force.")
    assert "074" in codes(serving), serving
    border = code_text("Russia sent 2,000 troops to the border with Ukraine.")
    assert "154" in codes(border) and "074" not in codes(border), border
