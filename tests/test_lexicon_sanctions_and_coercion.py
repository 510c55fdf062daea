"""How news reports threats (THREATEN), sanctions and reduced relations (SANCTION) and coercion
(COERCE): cyber attacks, arrests, closures, embargoes and blockades, broken-off talks and ties."""

from lexicon_support import code, events_of, plover


def test_attacking_or_breaking_into_computer_systems_is_a_cyber_attack(code_text):
    """Attacking a website or breaking into servers is a cyber operation (170), not armed force (190)."""
    assert ("COERCE", "170") in events_of(code_text, "Unknown hackers attacked the tax office's website on Sunday.")
    assert ("COERCE", "170") in events_of(code_text, "Investigators said foreign hackers broke into the party's email servers.")
    assert code("VERB", "target", object="server") == "170"
    assert code("VERB", "hit", object="database") == "170"
    assert code("VERB", "target", object="position") == "190"


def test_breaking_into_a_building_is_not_a_cyber_attack():
    """'broke into the ministry' keeps its occupation code; only computer objects give 170."""
    assert code("VERB", "break", object="ministry", preps=["into"]) == "145"


def test_taking_someone_into_custody_is_an_arrest(code_text):
    """'took X into custody' and 'hauled away' protesters report detentions (173)."""
    assert ("COERCE", "173") in events_of(code_text, "Border guards took the two reporters into custody.")
    assert ("COERCE", "173") in events_of(code_text, "Riot police hauled away scores of students from the square.")
    assert code("VERB", "drag", particle="away", object="activist") == "173"


def test_closure_of_a_group_or_newspaper_is_an_administrative_sanction(code_text):
    """Ordering the closure of an NGO (172) or a newspaper (1721) is a restriction."""
    assert ("COERCE", "172") in events_of(code_text, "A judge ordered the closure of the human rights centre's association.")
    assert code("NOUN", "closure", object="newspaper") == "1721"
    assert code("NOUN", "closure", object="crossing") == "172"


def test_breaking_off_negotiations_halts_talks_not_ties(code_text):
    """'broke off negotiations with' is 164; 'broke off relations with' stays 161."""
    assert ("SANCTION", "164") in events_of(code_text, "The ministry broke off wage negotiations with the teachers' union.")
    assert code("VERB", "break", particle="off", object="relation", preps=["with"]) == "161"


def test_halting_imports_without_a_named_partner_is_an_embargo(code_text):
    """'halted imports of coal' restricts trade (163) even without 'from X'."""
    assert ("SANCTION", "163") in events_of(code_text, "Beijing halted imports of Canadian canola on Monday.")
    assert code("VERB", "suspend", object="import") == "163"
    assert code("VERB", "stop", object="export") == "163"


def test_blocking_shipping_lanes_is_a_blockade(code_text):
    """Blocking a strait or shipping lanes restricts movement (191); a threat to do so is 1381."""
    assert ("COERCE", "191") in events_of(code_text, "Naval units blocked the shipping lanes near the island.")
    assert ("THREATEN", "1381") in events_of(code_text, "The militia threatened to block the strait to tankers.")
    assert code("VERB", "block", object="road") == "144"


def test_warning_of_a_strike_threatens_one(code_text):
    """A union that 'warned of a general strike' threatens to strike (133)."""
    assert ("THREATEN", "133") in events_of(
        code_text, "The dockworkers' union warned of an indefinite strike if wages are not raised.")


def test_closing_a_consulate_reduces_diplomatic_relations(code_text):
    """Ordering the closure of an embassy or consulate cuts diplomatic ties (161)."""
    assert ("SANCTION", "161") in events_of(code_text, "Ankara ordered the closure of the Dutch consulate in Istanbul.")


def test_cancelling_joint_drills_with_a_partner_reduces_relations(code_text):
    """Cancelling or suspending exercises with a named partner reduces relations (160)."""
    assert ("SANCTION", "160") in events_of(code_text, "Manila cancelled its annual naval exercises with the Australian fleet.")
    assert code("VERB", "suspend", object="drill", preps=["with"]) == "160"


def test_silencing_critics_restricts_political_freedom(code_text):
    """Silencing critics or journalists curbs free expression (1721); silencing fans is no event."""
    assert ("COERCE", "1721") in events_of(code_text, "The junta silenced independent journalists after the coup.")
    assert code("VERB", "silence", object="fan") is None


def test_raising_a_tariff_or_sanction_is_a_new_sanction(code_text):
    """More of a sanction is a new sanction (163): "doubled the tariff on", "raised duties on"; a price
    that rises is nothing."""
    assert ("SANCTION", "163") in events_of(code_text, "Mexico doubled the 10% tariff on Guatemalan sugar on Monday.")
    assert ("SANCTION", "163") in events_of(code_text, "Brazil raised import duties on Argentine wheat last week.")
    assert code("VERB", "hike", object="tariff") == "163"
    assert events_of(code_text, "Fuel prices increased sharply in March.") == set()


def test_a_cancelled_visit_is_a_rejection_not_a_break_in_relations(code_text):
    """PLOVER: cancelling a meeting is REJECT; closing an embassy still reduces relations (161)."""
    assert ("REJECT", "125") in events_of(code_text, "The Peruvian president cancelled a planned visit to Quito.")
    assert ("SANCTION", "161") in events_of(code_text, "Peru closed its embassy in Quito on Monday.")


def test_participation_cancelled_or_called_off_reduces_relations(code_text):
    """Cancelling, calling off or ending one's participation (or membership) is a reduction of relations
    (160, as a suspended participation is); "called off their participation" is no phone call (041)."""
    assert code("VERB", "cancel", object="participation") == "160"
    assert code("VERB", "call", particle="off", object="participation") == "160"
    events = code_text("The rebels called off their participation in the peace talks on Monday.", "2024-05-01")
    assert [e["cameo"] for e in events] == ["160"]
    assert "SANCTION" in plover(code_text("Paraguay cancelled its participation in the AIDS conference."))


def test_an_announced_curfew_or_state_of_emergency_is_imposed(code_text):
    """Announcing a curfew or a state of emergency imposes it (1723, 1724), as declaring one does;
    announcing the lifting of a curfew eases it (0813)."""
    assert code("VERB", "announce", object="curfew") == "1723"
    assert code("VERB", "announce", object="emergency") == "1724"
    assert events_of(code_text, "The provincial government has announced a two-day weekend curfew.") == {("COERCE", "1723")}
    assert ("CONCEDE", "0813") in events_of(code_text, "The governor announced the lifting of the curfew on Monday.")
