"""How news reports concessions (PLOVER CONCEDE: eased restrictions, abolished penalties, ended
boycotts), truces and material retreats (RETREAT) and threats of measures (THREATEN)."""

from lexicon_support import code, events_of


def test_suspended_or_rolled_back_restrictions_are_eased(code_text):
    """Suspending a requirement or rolling back curbs relaxes an administrative restriction (081)."""
    assert ("CONCEDE", "081") in events_of(
        code_text, "The interior ministry suspended the registration requirement for charities.")
    assert ("CONCEDE", "081") in events_of(code_text, "The junta rolled back curbs on the independent press.")
    assert code("VERB", "waive", object="requirement") == "081"
    assert code("NOUN", "suspension", object="ban") == "081"


def test_abolishing_a_penalty_is_a_policy_concession(code_text):
    """'abolished the death penalty' is the verbal twin of 'the abolition of the death penalty'."""
    assert ("CONCEDE", "0832") in events_of(code_text, "The national assembly abolished the death penalty on Tuesday.")


def test_shutting_down_a_contested_project_is_a_policy_concession(code_text):
    """Shutting down or shuttering a disputed project after objections is 0832."""
    assert ("CONCEDE", "0832") in events_of(
        code_text, "The provincial government shut down the disputed copper mine project after weeks of protests.")
    assert code("VERB", "shutter", object="project") == "0832"
    assert code("VERB", "shut", particle="down", object="newspaper") == "1721"


def test_gaining_concessions_reports_a_concession(code_text):
    """Reformers who gain, extract or wring concessions report a concession by the other side."""
    assert "CONCEDE" in {e for e, _ in events_of(
        code_text, "The reformers gained significant concessions from the cabinet.")}
    assert code("VERB", "extract", object="concession") == "080"
    assert code("VERB", "wring", object="concession") == "080"


def test_calling_a_halt_is_stopping_not_appealing(code_text):
    """'called a halt to the marches' ends them (080); 'called for a halt' stays an appeal."""
    events = events_of(code_text, "The student union called a halt to the marches on Friday.")
    assert ("CONCEDE", "080") in events
    assert not any(e == "REQUEST" for e, _ in events)


def test_returning_to_parliament_ends_a_boycott(code_text):
    """An opposition returning to parliament ends its boycott (082)."""
    assert ("CONCEDE", "082") in events_of(
        code_text, "The opposition bloc returned to parliament after a six-month boycott.")


def test_a_suspension_or_pause_of_attacks_is_a_declared_truce(code_text):
    """'announced a suspension of attacks' is declared like a ceasefire (0871, CONCEDE)."""
    assert ("CONCEDE", "0871") in events_of(
        code_text, "The insurgents announced a suspension of their attacks on army posts.")
    assert code("NOUN", "cessation", object="hostility") == "0871"
    assert code("NOUN", "pause", object="airstrike") == "0871"


def test_pausing_operations_and_standing_down_forces_de_escalate(code_text):
    """Pausing strikes or standing down forces is a material de-escalation (087)."""
    assert ("RETREAT", "087") in events_of(code_text, "The air force paused its bombing raids on the valley.")
    assert ("RETREAT", "087") in events_of(code_text, "The navy stood down its forces in the gulf.")
    assert code("VERB", "stand", particle="down") == "0831"


def test_removing_checkpoints_eases_a_blockade(code_text):
    """Dismantling or removing military checkpoints around a town eases a blockade (0872)."""
    assert ("RETREAT", "0872") in events_of(code_text, "The army dismantled its checkpoints around Hebron.")
    assert code("VERB", "remove", object="roadblock") == "0872"


def test_arriving_peacekeepers_are_received(code_text):
    """The arrival of peacekeepers is the host allowing them in (0861)."""
    assert ("RETREAT", "0861") in events_of(
        code_text, "The arrival of UN peacekeepers in Juba was welcomed by residents.")


def test_warnings_of_arrests_are_threats_of_repression(code_text):
    """Police warning of arrests or prosecution threaten repression (137)."""
    assert ("THREATEN", "137") in events_of(code_text, "The police warned of arrests at the weekend rally.")
    assert code("VERB", "warn", object="prosecution") == "137"


def test_threatening_the_use_or_imposition_of_a_measure(code_text):
    """'threatened the use of force' (138) and 'threatened the imposition of martial law' (132) are threats."""
    assert ("THREATEN", "138") in events_of(code_text, "Moscow threatened the use of force against the separatists.")
    assert ("THREATEN", "132") in events_of(
        code_text, "The military council threatened the imposition of emergency rule.")


def test_returned_buildings_and_observers(code_text):
    """Returning seized buildings is 0842; ordering the observers' return lets them in (086)."""
    assert ("RETREAT", "0842") in events_of(code_text, "The militia returned the occupied ministry buildings.")
    assert code("NOUN", "return", object="observer") == "086"


def test_a_movement_dissolving_itself_disbands(code_text):
    """An armed movement that dissolves itself disbands (0873); dissolving another's party stays a ban."""
    assert ("RETREAT", "0873") in events_of(code_text, "The guerrilla movement formally dissolved itself on Monday.")
    assert code("VERB", "dissolve", object="party") == "1722"


def test_withdrawing_militants_is_a_retreat(code_text):
    """The withdrawal of militants or rebels from an area is a military retreat (0874)."""
    assert code("NOUN", "withdrawal", object="militant") == "0874"
    assert code("VERB", "withdraw", object="insurgent") == "0874"


def test_eased_limitations_and_appeasement_are_concessions(code_text):
    """Limitations and constraints are restrictions that can be eased (081); appeasing is yielding (080)."""
    assert ("CONCEDE", "081") in events_of(code_text, "The regulator eased limitations on foreign broadcasters.")
    assert ("CONCEDE", "080") in events_of(code_text, "The cabinet appeased the farmers on Monday.")
    # appeasing by a measure is the measure's yielding ("by scrapping the levy": eased, 08x)
    yielded = events_of(code_text, "The cabinet appeased the farmers by scrapping the levy.")
    assert yielded and all(code.startswith("08") for _, code in yielded)


def test_price_cuts_and_power_sharing_are_concessions(code_text):
    """Cutting fuel prices after protests is a policy concession (0832); agreeing to share power is 0341."""
    assert ("CONCEDE", "0832") in events_of(code_text, "The cabinet lowered bread prices after a week of riots.")
    assert ("CONCEDE", "0341") in events_of(
        code_text, "The ruling coalition agreed to share power with the main opposition party.")


def test_drawdowns_and_handovers_of_security_are_retreats(code_text):
    """Drawing down forces and handing over security control are military retreats (0874)."""
    assert ("RETREAT", "0874") in events_of(code_text, "NATO began drawing down its troops in the province.")
    assert code("VERB", "hand", particle="over", object="responsibility", preps=["to"]) == "0874"


def test_a_humanitarian_pause_is_a_truce(code_text):
    """A humanitarian pause is a short ceasefire (0871)."""
    assert code("NOUN", "pause", modifiers=["humanitarian"]) == "0871"


def test_hinting_at_sanctions_or_retaliation_is_a_threat(code_text):
    """'hinted at sanctions' is a veiled threat (1312), not the sanctions themselves."""
    events = events_of(code_text, "The trade ministry hinted at new sanctions on the exporters.")
    assert ("THREATEN", "1312") in events
    assert not any(e == "SANCTION" for e, _ in events)
    assert ("THREATEN", "130") in events_of(code_text, "Tokyo hinted at retaliation on Tuesday.")
