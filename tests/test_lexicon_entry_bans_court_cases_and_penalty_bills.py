"""Keeping a person out of a country (1245), taking a party to court (115), and penalties passed
or answered in kind (163): verb families that named the main act of real stories and coded nothing."""

from lexicon_support import code, events_of


def _asserted(code_text, text):
    return [e for e in code_text(text) if e["modality"] == "asserted"]


def test_barring_a_person_from_entering_the_country_refuses_involvement(code_text):
    """'prohibited / barred / banned X from entering (the country)' keeps a foreign party out (1245)."""
    assert ("REJECT", "1245") in events_of(code_text, "The junta prohibited the envoy from entering the country on Monday.")
    assert ("REJECT", "1245") in events_of(code_text, "The rebels barred the monitor from the territory last week.")
    assert code("VERB", "ban", object="reporter", preps=["from"], prep_objects=["country"]) == "1245"
    assert code("VERB", "ban", object="reporter", preps=["from"], prep_objects=["school"]) != "1245"


def test_barring_a_candidate_from_running_stays_a_political_ban():
    """Only the entering/country sense moved: 'barred the candidate from running' keeps 1722."""
    assert code("VERB", "bar", object="candidate", preps=["from"], prep_objects=["run"]) == "1722"


def test_taking_a_party_to_court_is_a_lawsuit_against_it(code_text):
    """'took X to court' sues X (115); the court is where, not whom."""
    events = [e for e in _asserted(code_text, "The teachers' union took the ministry to court on Monday.")
              if e["cameo"] == "115"]
    assert events, "no lawsuit coded"
    assert all(not e["target_actor"].endswith("JUD") for e in events)
    assert not [e for e in _asserted(code_text, "The crowd took to the streets on Monday.") if e["cameo"] == "115"]


def test_retaliating_with_tariffs_imposes_them(code_text):
    """'retaliated with tariffs' is the retaliator's own sanction (163), asserted, not a standing one."""
    assert ("SANCTION", "163") in {(e["plover"]["event"], e["cameo"]) for e in
                                   _asserted(code_text, "Brussels swiftly retaliated with tariffs on American motorcycles.")}
    assert ("SANCTION", "163") in {(e["plover"]["event"], e["cameo"]) for e in
                                   _asserted(code_text, "Ottawa responded with tariffs on steel from the United States.")}


def test_passing_a_penalty_bill_against_a_country_is_a_sanction(code_text):
    """A legislature that 'passed a sanctions bill against X' imposes penalties on X (163); a law
    passed with no country named against is no event."""
    events = _asserted(code_text, "The parliament passed a sanctions bill against Belarus on Thursday.")
    assert any(e["cameo"] == "163" and e["target_actor"].startswith("BLR") for e in events)
    assert not _asserted(code_text, "The parliament passed a new tax law on Thursday.")


def test_a_plan_met_with_opposition_from_a_party_is_that_party_s_opposition(code_text):
    """'met with opposition from X' is X's act (110, source X); with no critic named it stays a
    description of how the plan was received, and 'met with officials' stays a meeting."""
    events = _asserted(code_text, "The pipeline plan met with opposition from Poland on Friday.")
    assert any(e["cameo"] == "110" and e["source_actor"].startswith("POL") for e in events)
    assert not _asserted(code_text, "The pipeline plan met with stiff resistance.")
    assert {e["cameo"] for e in _asserted(code_text, "The minister met with Polish officials on Friday.")} == {"040"}


def test_adding_a_levy_on_goods_is_a_sanction(code_text):
    """'added a 25% levy / tariffs on X' imposes a penalty (163); 'added that ...' stays a remark."""
    assert ("SANCTION", "163") in events_of(code_text, "Brazil added a 20% surcharge on American ethanol on Monday.")
    assert not _asserted(code_text, "The minister added that the talks had been useful.")


def test_telling_someone_in_a_phone_call_is_a_contact(code_text):
    """'told X in a phone call that ...': the call is a consultation between speaker and listener
    (040); plain 'told X that ...' is no event."""
    events = _asserted(code_text, "The French president told Putin in a phone call that Paris would keep its embassy open.")
    assert any(e["cameo"] == "040" and e["source_actor"].startswith("FRA") and e["target_actor"].startswith("RUS")
               for e in events)
    assert not [e for e in _asserted(code_text, "The French president told Putin that Paris would keep its embassy open.")
                if e["cameo"] == "040"]


def test_declaring_a_day_of_mourning_is_a_symbolic_act(code_text):
    """'declared Friday as a day of mourning' / 'declared three days of mourning' (017)."""
    assert "017" in {e["cameo"] for e in _asserted(
        code_text, "The president declared Friday as a national day of mourning for the victims of the blast.")}
    assert "017" in {e["cameo"] for e in _asserted(code_text, "The governor declared three days of mourning.")}
    assert "017" not in {e["cameo"] for e in _asserted(code_text, "The president declared Friday as the deadline.")}
