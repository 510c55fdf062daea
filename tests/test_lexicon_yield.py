"""How news reports concessions (PLOVER CONCEDE), material retreats (RETREAT) and refusals (REJECT)."""

from lexicon_support import code, events_of


def plover_of(code_text, text):
    return {event for event, _ in events_of(code_text, text)}


def test_giving_in_to_pressure_or_demands_is_a_concession(code_text):
    """'bowed to pressure', 'satisfied the demands', 'acquiesced' are 080 even with no actor after 'to'."""
    assert ("CONCEDE", "080") in events_of(code_text, "The cabinet bowed to public pressure on Friday.")
    assert ("CONCEDE", "080") in events_of(code_text, "The regime finally yielded to the pressure.")
    assert ("CONCEDE", "080") in events_of(code_text, "The ministry satisfied the demands of the nurses.")
    assert ("CONCEDE", "080") in events_of(code_text, "Ankara acquiesced to the request from Washington.")
    assert ("CONCEDE", "080") in events_of(code_text, "The mayor gave way to the demands of the street vendors.")


def test_giving_in_to_an_actor_keeps_the_actor_as_recipient(code_text):
    """'gave in to the demands of the protesters' names the protesters as the recipient."""
    events = [e for e in code_text("The government gave in to the demands of the protesters.")
              if e["cameo"] == "080"]
    assert events and events[0]["target_actor"].endswith("CVL")


def test_made_concessions_and_apologies_without_a_recipient(code_text):
    """A bare 'made concessions' or 'issued a formal apology' is still a concession by the subject."""
    assert "CONCEDE" in plover_of(code_text, "The Slovak government made several concessions on Tuesday.")
    assert ("CONCEDE", "055") in events_of(code_text, "The defence ministry offered a formal apology.")
    assert ("CONCEDE", "055") in events_of(code_text, "The army issued an apology on Sunday.")


def test_withdrawing_a_complaint_or_lawsuit_is_a_concession_not_an_accusation(code_text):
    """'withdrew its complaint at the WTO' is 080, not the complaint itself (114)."""
    events = events_of(code_text, "Argentina withdrew its complaint against Chile at the WTO.")
    assert ("CONCEDE", "080") in events
    assert not any(event == "ACCUSE" for event, _ in events)
    assert code("VERB", "drop", object="suit") == "080"


def test_eased_restrictions_in_their_nominal_and_legal_forms(code_text):
    """The relaxation of restrictions, an overturned ban and a restored licence are 081."""
    assert ("CONCEDE", "081") in events_of(
        code_text, "The interior ministry announced the relaxation of restrictions on foreign charities.")
    assert code("VERB", "overturn", object="ban") == "081"
    assert code("VERB", "restore", object="licence") == "081"
    assert code("NOUN", "removal", object="restriction") == "081"
    assert code("NOUN", "removal", object="curfew") == "0813"


def test_ending_a_strike_in_its_news_forms(code_text):
    """Strikers returning to work and a suspension of protests are 082 (ease dissent)."""
    assert ("CONCEDE", "082") in events_of(code_text, "The striking dockers returned to work on Thursday.")
    assert ("CONCEDE", "082") in events_of(
        code_text, "The Kenyan opposition announced the suspension of its street protests.")
    assert code("VERB", "resume", object="work") == "082"
    assert code("VERB", "scale", particle="back", object="protest") == "082"


def test_halting_a_contested_project_is_a_policy_concession(code_text):
    """Frozen settlement building, a halted dam and a suspended mine are 0832, not a sanction (160)."""
    assert ("CONCEDE", "0832") in events_of(code_text, "Israel froze settlement construction near Nablus.")
    assert ("CONCEDE", "0832") in events_of(
        code_text, "The Peruvian government suspended the copper mining project after clashes.")
    assert code("VERB", "halt", object="construction") == "0832"
    assert code("VERB", "cancel", object="project") == "0832"
    assert code("NOUN", "freeze", modifiers=["settlement"]) == "0832"
    assert code("NOUN", "freeze", modifiers=["asset"], preps=["on"]) == "163"


def test_handing_over_weapons_or_captives_without_a_recipient(code_text):
    """'handed over their weapons', 'disbanded', 'the freeing of prisoners' are RETREAT acts."""
    assert code("VERB", "hand", particle="over", object="weapon") == "0873"
    assert code("VERB", "surrender", object="arm") == "0873"
    assert code("VERB", "hand", particle="over", object="hostage") == "0841"
    assert ("RETREAT", "0873") in events_of(code_text, "The Mai-Mai militia formally disbanded last week.")
    assert ("RETREAT", "0841") in events_of(
        code_text, "The junta ordered the freeing of forty political prisoners.")


def test_leaving_office_is_a_resignation():
    """'left office' is 0831; 'left the meeting' stays nothing."""
    assert code("VERB", "leave", object="office") == "0831"
    assert code("VERB", "leave", object="meeting") is None


def test_declined_aid_and_voted_down_bills_are_rejections(code_text):
    """'declined the assistance' is 122; 'voted down the budget' (down parsed as a preposition) is 129."""
    assert ("REJECT", "122") in events_of(code_text, "The government declined the assistance offered by Japan.")
    assert ("REJECT", "129") in events_of(code_text, "The senate voted down the spending bill.")


def test_honouring_a_ceasefire_with_a_prepositional_object(code_text):
    """'adhered to the truce', 'upheld the ceasefire' are 0871 (PLOVER CONCEDE by the project's mapping)."""
    assert ("CONCEDE", "0871") in events_of(code_text, "The Houthi rebels adhered to the truce on Sunday.")
    assert code("VERB", "uphold", object="ceasefire") == "0871"
    assert code("VERB", "abide", object="truce", preps=["by"]) == "0871"


def test_agreeing_to_a_troop_withdrawal_is_a_promised_retreat(code_text):
    """'agreed to the withdrawal of its troops' is 0356: a promised RETREAT, coded CONCEDE."""
    assert ("CONCEDE", "0356") in events_of(
        code_text, "Armenia agreed to the withdrawal of its troops from the district.")
    assert code("NOUN", "withdrawal", object="troop") == "0874"


def test_promised_pay_rises_are_promised_concessions(code_text):
    """'promised better working conditions' is 035; a granted rise or reinstated workers are 080."""
    assert ("CONCEDE", "035") in events_of(
        code_text, "The Zambian government promised better working conditions for the miners.")
    assert ("CONCEDE", "080") in events_of(code_text, "The railway company reinstated the sacked drivers.")


def test_halted_deportations_and_abolished_taxes_are_policy_concessions():
    """Halted deportations and abolished taxes are 0832; abolished import duties 085."""
    assert code("VERB", "halt", object="deportation") == "0832"
    assert code("VERB", "abolish", object="tax") == "0832"  # "taxes" after the lemma fix
    assert code("VERB", "abolish", object="duty") == "085"


def test_court_relief_for_a_prisoner_is_a_release():
    """Bail granted and convictions quashed are 0841."""
    assert code("VERB", "grant", object="bail") == "0841"
    assert code("VERB", "quash", object="conviction") == "0841"


def test_rejections_in_their_idiomatic_forms(code_text):
    """'shot down the idea' is a rejection, not an attack; a bill thrown out is a veto (129)."""
    events = events_of(code_text, "The finance minister shot down the idea on Monday.")
    assert ("REJECT", "120") in events and not any(event == "ASSAULT" for event, _ in events)
    assert ("REJECT", "129") in events_of(code_text, "The Polish parliament threw out the bill.")
    assert code("VERB", "shoot", particle="down", object="drone") != "120"
    assert code("VERB", "block", object="nomination") == "120"


def test_nominal_policy_reversals_announced_by_the_government(code_text):
    """'announced the repeal of the law', 'the withdrawal of the bill', 'the abolition of the death
    penalty' are 0832 with the announcer as actor."""
    for text in ("The Sri Lankan government announced the repeal of the emergency law.",
                 "The Sri Lankan government announced the withdrawal of the land bill.",
                 "The Sri Lankan government announced the abolition of the death penalty."):
        events = [e for e in code_text(text) if e["cameo"] == "0832"]
        assert events and events[0]["source_actor"].startswith("LKA"), text
    assert code("NOUN", "repeal", object="ban") == "081"


def test_suspending_the_imposition_or_enforcement_of_a_measure(code_text):
    """'suspended the imposition of the curfew', 'suspended the arrest orders' are policy concessions."""
    assert ("CONCEDE", "0832") in events_of(
        code_text, "The Honduran government suspended the imposition of the curfew on Tuesday.")
    assert code("VERB", "suspend", object="warrant") == "0832"
    assert code("VERB", "delay", object="introduction") == "0832"


def test_softened_demands_and_stances_are_concessions(code_text):
    """'eased their demands', 'scaled back its demands', 'relaxed its stance' are 080."""
    assert ("CONCEDE", "080") in events_of(code_text, "The Tuareg rebels eased their demands on Friday.")
    assert code("VERB", "scale", particle="back", object="demand") == "080"
    assert code("VERB", "relax", object="stance") == "080"
    assert code("VERB", "relax", object="restriction") == "081"


def test_amnesties_extended_or_offered(code_text):
    """An amnesty extended to fighters is a release (0841); one offered is a promised release (0353)."""
    events = [e for e in code_text("The president extended the amnesty to the rebel fighters.")
              if e["cameo"] == "0841"]
    assert events and events[0]["target_actor"].endswith("REB")
    assert ("CONCEDE", "0353") in events_of(code_text, "The junta offered clemency to the rebels.")


def test_ending_an_occupation_is_a_withdrawal(code_text):
    """'ended its occupation of' and 'ended its military presence' are 0874 (RETREAT)."""
    assert ("RETREAT", "0874") in events_of(code_text, "Vietnam ended its occupation of the islands on Monday.")
    assert code("VERB", "end", object="presence") == "0874"


def test_backing_away_and_retreating_from_a_demand_are_concessions(code_text):
    """'backed away from the plan', 'retreated from its demand' are 080; retreating from positions 0874."""
    assert ("CONCEDE", "080") in events_of(code_text, "Washington backed away from the plan on Friday.")
    assert ("CONCEDE", "080") in events_of(code_text, "The union backed off its demand for higher pay.")
    assert ("CONCEDE", "080") in events_of(code_text, "The dockers' union retreated from its demand for a raise.")
    assert ("RETREAT", "0874") in events_of(code_text, "The rebels retreated from their positions near Kidal.")
    assert ("SUPPORT", "051") in events_of(code_text, "The senator backed the plan.")


def test_lifted_blackouts_bans_and_house_arrest(code_text):
    """Dropped bans (081), ended blackouts (0811) and lifted house arrest (0841)."""
    assert code("VERB", "drop", object="ban") == "081"
    assert code("VERB", "end", object="blackout") == "0811"
    assert ("RETREAT", "0841") in events_of(
        code_text, "The court lifted the house arrest of the opposition leader.")


def test_refusals_in_their_idiomatic_forms(code_text):
    """'balked at the proposal', 'stonewalled', 'disregarded the ruling' are rejections; resisting
    calls to go is a refusal to yield."""
    assert ("REJECT", "120") in events_of(code_text, "The teachers' union balked at the proposal.")
    assert code("VERB", "disregard", object="ruling") == "120"
    assert code("VERB", "resist", object="call") == "124"
    assert code("VERB", "resist", object="arrest") == "128"


def test_more_ways_to_yield_and_to_obstruct(code_text):
    """Disarming by putting down weapons (0873), agreeing to remove a checkpoint (promise, 0356),
    promising better pay (0342), and protesters stopping traffic (144)."""
    assert "0873" in {e["cameo"] for e in code_text("The militia members put down their weapons on Friday.")}
    assert "0356" in {e["cameo"] for e in code_text("The army agreed to the removal of the checkpoint.")}
    assert "0342" in {e["cameo"] for e in code_text("The minister pledged to improve pay and conditions.")}
    assert "144" in {e["cameo"] for e in code_text("Protesters stopped traffic in central Cairo on Monday.")}


def test_handing_power_amending_the_constitution_and_delisting(code_text):
    """'promised to hand power to an elected government' (0341), 'promised to amend the
    constitution' (0344), 'removed 30 citizens from a blacklist' (081)."""
    power = code_text("Madagascar's military leader promised on Monday to hand power to an elected civilian government.")
    charter = code_text("Nepal's prime minister promised to amend the constitution.")
    delisted = code_text("Belarus removed 30 Lithuanian citizens from a blacklist.")
    assert [e["cameo"] for e in power] == ["0341"], power
    assert [e["cameo"] for e in charter] == ["0344"], charter
    assert [(e["source_actor"], e["cameo"]) for e in delisted] == [("BLR", "081")], delisted


def test_suspended_attacks_are_a_declared_truce_like_a_suspension_of_attacks(code_text):
    """'the guerrillas said they had suspended their attacks' declares a truce (0871, CONCEDE), as the
    noun 'announced a suspension of attacks' does; suspended operations stay de-escalation (087)."""
    events = code_text("Maoist guerrillas in Nepal said on Friday they had suspended their attacks on police posts.")
    assert [(e["source_actor"], e["cameo"], e["plover"]["event"]) for e in events] == [("NPLREB", "0871", "CONCEDE")], events
    assert code("VERB", "suspend", object="bombardment") == "0871"
    assert code("VERB", "suspend", object="operation") == "087"


def test_loosened_curfews_adopted_demands_and_suspended_claims(code_text):
    """Loosening a curfew eases it (0813); adopting the strikers' demands or suspending a territorial
    claim gives in (080); promised, each is a concession (CONCEDE)."""
    assert ("CONCEDE", "0813") in events_of(code_text, "The governor of Kano loosened the night curfew on Monday.")
    promised = code_text("The Peruvian government agreed on Tuesday to loosen the curfew in Lima.")
    assert [(e["source_actor"], e["plover"]["event"]) for e in promised] == [("PERGOV", "CONCEDE")], promised
    assert ("CONCEDE", "080") in events_of(code_text, "The Ghanaian cabinet adopted all the demands of the striking nurses.")
    assert code("VERB", "suspend", object="claim") == "080"



def test_pledging_not_to_resort_to_force_is_restraint(code_text):
    """'said it would not resort to force' pledges restraint (0356, CONCEDE), as 'would not fire on
    demonstrators' does; resorting to force is the use of force (190)."""
    events = code_text("The Ugandan government said it would not resort to force.")
    assert [(e["source_actor"], e["cameo"], e["plover"]["event"]) for e in events] == [("UGAGOV", "0356", "CONCEDE")], events
    assert code("VERB", "resort", preps=["to"], prep_objects=["force"]) == "190"
    assert code("VERB", "resort", preps=["to"], prep_objects=["action"]) is None  # "resorted to legal action"
