"""How news writes material cooperation, aid, reduced relations and requests: lexicon lookups and coded sentences."""

from lexicon_support import code, codes, plover


def test_calls_for_a_thing_are_appeals_coded_by_what_is_asked_for():
    """'called for calm / restraint / reforms / help / a political solution' are 02x appeals."""
    assert code("VERB", "call", object="calm", preps=["for"]) == "0252"
    assert code("VERB", "call", object="restraint", preps=["for"]) == "025"
    assert code("VERB", "call", object="reform", preps=["for"]) == "024"
    assert code("VERB", "call", object="help", preps=["for"]) == "023"
    assert code("VERB", "call", object="solution", preps=["for"]) == "027"
    assert code("VERB", "appeal", object="calm", preps=["for"]) == "0252"
    assert code("VERB", "push", object="wage", preps=["for"]) == "020"
    assert code("VERB", "lobby", object="investment", preps=["for"]) == "0211"


def test_calls_for_a_vote_on_a_bill_are_not_leadership_appeals():
    """A call for a vote is not a call for elections; a call for elections is 0241."""
    assert code("VERB", "push", object="vote", preps=["for"]) != "0241"
    assert code("VERB", "push", object="election", preps=["for"]) == "0241"


def test_appeals_stated_with_for_are_requests_with_the_caller_as_source(code_text):
    """A mayor calling for calm and a union pushing for higher pay are REQUEST events."""
    events = code_text("The mayor of the city called for calm after a night of looting.")
    assert "0252" in codes(events)
    events = code_text("Nurses in Kenya are pushing for higher salaries.")
    assert "REQUEST" in plover(events)
    events = code_text("Lebanon's prime minister appealed for international help after the explosion.")
    assert "023" in codes(events)


def test_a_requested_meeting_is_a_request_to_meet(code_text):
    """'requested a meeting with' is PLOVER REQUEST (meet), like 'asked for a meeting'."""
    assert code("VERB", "request", object="meeting") == "026"
    events = code_text("Peru's president requested talks with his Chilean counterpart on Monday.")
    assert "REQUEST" in plover(events)


def test_stated_needs_and_requests_for_assistance_are_appeals_for_aid(code_text):
    """'expressed the need for assistance' and 'made a request for help' are 023."""
    assert code("NOUN", "need", object="assistance") == "023"
    assert code("NOUN", "request", object="weapon") == "0232"
    events = code_text("Malawi's president expressed the need for foreign assistance during the drought.")
    assert "023" in codes(events)


def test_widened_sharing_more_investment_and_resumed_trade_are_cooperation():
    """Expanded intelligence sharing is 064; increased investment in a country and resumed trade are 061."""
    assert code("VERB", "expand", object="sharing") == "064"
    assert code("VERB", "step", particle="up", object="sharing") == "064"
    assert code("VERB", "increase", object="investment", preps=["in"]) == "061"
    assert code("VERB", "resume", object="trade") == "061"
    assert code("VERB", "resume", object="talk") != "061"


def test_common_currencies_and_joint_bodies_are_cooperation(code_text):
    """A launched common currency or joint project is 061, a joint commission 060, a joint command 062."""
    assert code("NOUN", "currency", modifiers=["common"]) == "061"
    assert code("NOUN", "currency") is None
    assert code("NOUN", "project", modifiers=["joint"]) == "061"
    assert code("NOUN", "commission", modifiers=["joint"]) == "060"
    assert code("NOUN", "statement", modifiers=["joint"]) is None
    assert code("VERB", "form", object="command") == "062"
    events = code_text("Senegal and Gambia launched a joint project to build a bridge over the river.")
    assert "COOPERATE" in plover(events)
    events = code_text("Peru and Bolivia set up a joint commission with Chile to manage the lake.")
    assert "060" in codes(events)


def test_training_with_a_foreign_force_is_military_cooperation(code_text):
    """'trained with the French navy' is 062; training with weapons names no partner."""
    assert code("VERB", "train", preps=["with"]) == "062"
    events = code_text("A Greek frigate trained with the Egyptian navy in the Mediterranean.")
    assert "062" in codes(events)


def test_stepped_up_aid_and_help_for_victims_are_aid(code_text):
    """Increased aid, help for flood victims and relief efforts are 07x."""
    assert code("VERB", "increase", object="aid", preps=["to"]) == "070"
    assert code("VERB", "step", particle="up", object="weapon", preps=["to"]) == "072"
    assert code("VERB", "increase", object="support", preps=["for"]) != "070"  # political backing is not aid
    assert code("VERB", "help", object="victim") == "073"
    assert code("NOUN", "effort", modifiers=["relief"]) == "073"
    assert code("NOUN", "effort", modifiers=["recovery"]) is None
    events = code_text("Volunteers from Chile helped quake victims in Ecuador on Sunday.")
    assert "AID" in plover(events)


def test_camps_set_up_for_the_displaced_are_aid_but_training_camps_are_not():
    """'set up shelters' / 'a refugee camp' is 073; 'set up a training camp' is not aid."""
    assert code("VERB", "set", particle="up", object="shelter") == "073"
    assert code("VERB", "set", particle="up", object="camp") != "073"


def test_ejections_lending_halts_export_controls_and_convictions_are_sanctions(code_text):
    """Ejected observers, suspended lending and handed-down convictions are 16x/116."""
    assert code("VERB", "eject", object="observer") == "1662"
    assert code("VERB", "eject", object="diplomat") == "161"
    assert code("VERB", "suspend", object="lending", preps=["to"]) == "1621"
    assert code("VERB", "tighten", object="control", preps=["on"]) != "163"  # "controls on prices" names no one
    assert code("VERB", "hand", particle="down", object="conviction") == "116"
    events = code_text("The World Bank suspended lending to Mozambique on Thursday.")
    assert "SANCTION" in plover(events)
    events = code_text("Serbia ejected two Croatian diplomats on Friday.")
    assert "161" in codes(events)


def test_coordination_maintained_trade_and_awarded_contracts_are_cooperation(code_text):
    """'coordinated with', 'maintain trade', 'awarded the contract to' are 06x; a bare 'coordinated' is not."""
    assert code("VERB", "coordinate", preps=["with"]) == "060"
    assert code("VERB", "coordinate", object="response") is None
    assert code("VERB", "maintain", object="trade") == "061"
    assert code("VERB", "award", object="contract", preps=["to"]) == "061"
    events = code_text("Jordan coordinated with Egypt on the evacuation of its citizens.")
    assert "060" in codes(events)


def test_gifted_supplies_and_refugee_status_are_aid(code_text):
    """Gifted vaccines are 070; granted refugee status is asylum (075)."""
    assert code("VERB", "gift", object="dose") == "070"
    assert code("VERB", "grant", object="refugee") == "075"
    events = code_text("India gifted 200,000 vaccine doses to Bhutan on Wednesday.")
    assert "AID" in plover(events)


def test_upheld_convictions_guilty_verdicts_and_airspace_closed_to_others_are_sanctions(code_text):
    """Upheld convictions and guilty verdicts are 116; airspace closed to a foreign party is 163."""
    assert code("VERB", "uphold", object="conviction") == "116"
    assert code("NOUN", "verdict", modifiers=["guilty"]) == "116"
    assert code("VERB", "close", object="airspace", preps=["to"]) == "163"
    assert code("VERB", "close", object="airspace") == "172"  # a closure with no one named stays a restriction
    events = code_text("Latvia closed its airspace to Belarusian airlines on Monday.")
    assert "163" in codes(events)


def test_demands_for_higher_wages_are_demands():
    """Workers' demands for higher wages are 100; 'demand for oil' (the market) is not an event."""
    assert code("NOUN", "demand", object="wage") == "100"
    assert code("NOUN", "demand", object="oil") is None


def test_received_energy_won_contracts_and_renewed_swaps_are_economic_cooperation():
    """Electricity received from a neighbour, a won contract and an extended currency swap are 061."""
    assert code("VERB", "receive", object="electricity", preps=["from"]) == "061"
    assert code("VERB", "receive", object="award", preps=["from"]) is None
    assert code("VERB", "win", object="contract") == "061"
    assert code("VERB", "extend", object="swap") == "061"
    assert code("VERB", "resume", object="sharing") == "064"


def test_rushed_given_and_supplied_relief_goods_are_humanitarian_aid(code_text):
    """Food, water and medicine rushed, given or supplied to someone are 073; a credit line is 071."""
    assert code("VERB", "rush", object="food", preps=["to"]) == "073"
    assert code("VERB", "supply", object="medicine", preps=["to"]) == "073"
    assert code("VERB", "supply", object="wheat", preps=["to"]) == "061"  # grain sold abroad stays trade
    assert code("NOUN", "line", modifiers=["credit"], preps=["to"]) == "071"
    assert code("NOUN", "line") is None
    events = code_text("Oman supplied food and medicine to Yemen on Sunday.")
    assert "073" in codes(events)
    events = code_text("Beijing extended a $2 billion credit line to Laos.")
    assert "071" in codes(events)


def test_calls_and_appeals_for_weapons_or_money_are_requests_for_aid():
    """'a call for fighter jets' is 0232, 'calls for loans' 0231, 'calls for food' 0233."""
    assert code("NOUN", "call", object="jet") == "0232"
    assert code("NOUN", "call", object="loan") == "0231"
    assert code("NOUN", "call", object="food") == "0233"
    assert code("NOUN", "appeal", object="weapon") == "0232"


def test_hosted_troops_and_surrendered_suspects_are_cooperation(code_text):
    """Hosting a partner's troops is 062 (not a hosted visit); a suspect surrendered to a court is 063."""
    assert code("VERB", "host", object="troop") == "062"
    assert code("VERB", "host", object="summit") == "043"
    assert code("VERB", "surrender", object="suspect", preps=["to"]) == "063"
    assert code("VERB", "surrender", preps=["to"]) == "0874"  # surrendering oneself is still a yield
    events = code_text("Romania hosts about 4,000 American troops.")
    assert "062" in codes(events)


def test_reparations_waived_and_rescheduled_debts_are_economic_aid(code_text):
    """Reparations paid to a country and waived or rescheduled debts are 071."""
    assert code("NOUN", "reparation", preps=["to"]) == "071"
    assert code("VERB", "waive", object="debt") == "071"
    assert code("VERB", "waive", object="sanction") == "085"
    assert code("VERB", "reschedule", object="loan") == "071"
    events = code_text("Italy paid reparations to Libya for the colonial era.")
    assert "AID" in plover(events)


def test_withdrawn_recognition_breaks_relations():
    """Withdrawn, revoked or renounced recognition is 161."""
    assert code("VERB", "withdraw", object="recognition") == "161"
    assert code("VERB", "renounce", object="recognition") == "161"


def test_repeated_and_reiterated_appeals_are_coded_from_their_noun(code_text):
    """'reiterated its call for dialogue' and 'repeated its demand for the release' keep the appeal or demand."""
    events = code_text("The African Union reiterated its call for dialogue between the two parties.")
    assert "REQUEST" in plover(events)
    events = code_text("Ankara repeated its demand for the release of the sailors.")
    assert "1053" in codes(events)


def test_turning_to_someone_for_help_is_an_appeal_for_aid_not_aid(code_text):
    """'turned to the IMF for a loan' is a request (0231), not a loan given (071)."""
    assert code("VERB", "turn", object="loan", preps=["for"]) == "0231"
    assert code("VERB", "turn", object="home", preps=["for"]) is None
    events = code_text("Sri Lanka turned to the IMF for a loan in March.")
    assert "0231" in codes(events)
    assert "AID" not in plover(events)


def test_pressing_for_and_urging_things_are_demands_and_appeals():
    """'pressed for reforms' is a demand (104); 'urged more aid' an appeal (023); 'sought a review' 0242."""
    assert code("VERB", "press", object="reform", preps=["for"]) == "104"
    assert code("VERB", "press", object="wage", preps=["for"]) == "100"
    assert code("VERB", "urge", object="weapon") == "0232"
    assert code("VERB", "urge", object="partnership") == "021"
    assert code("VERB", "seek", object="review") == "0242"
    assert code("VERB", "seek", object="reelection") != "0241"  # running again is not a call for elections
