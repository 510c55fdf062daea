"""How news reports threats (13x), shows of force and mobilisation (15x) and coercion (17x)."""

from lexicon_support import code, plover_events


def test_cyber_intrusions_are_coercion(code_text):
    """Breaching, infiltrating or taking down networks and sites, and cyber assaults, are 170."""
    assert ("170", "COERCE") in plover_events(code_text, "Russian hackers breached the ministry's computer network.")
    assert ("170", "COERCE") in plover_events(code_text, "Chinese hackers infiltrated the servers of the election board.")
    assert ("170", "COERCE") in plover_events(code_text, "Iranian hackers took down several government websites.")
    assert ("170", "COERCE") in plover_events(code_text, "Syrian hackers carried out a cyber assault on the broadcaster.")
    assert code("VERB", "breach", object="ceasefire") == "196"  # a breached truce stays a fight


def test_spreading_falsehoods_is_coercion(code_text):
    """Spreading fake news or false information and running influence operations are 170."""
    assert ("170", "COERCE") in plover_events(code_text, "Russian trolls spread fake news about the referendum.")
    assert ("170", "COERCE") in plover_events(code_text, "Officials said Belarus spread false information about the vote.")
    assert ("170", "COERCE") in plover_events(code_text, "The ruling party ran a disinformation campaign against its rivals.")
    assert code("VERB", "peddle", object="propaganda") == "170"
    assert plover_events(code_text, "The minister spread the news of the victory to his colleagues.") == set()


def test_cutting_services_and_closing_outlets_is_coercion(code_text):
    """Cut phone lines, sealed offices, closed-down papers and banned groups are 17x."""
    assert ("170", "COERCE") in plover_events(
        code_text, "The authorities cut mobile phone services in the region before the vote.")
    assert ("172", "COERCE") in plover_events(code_text, "Police sealed the offices of the opposition party on Friday.")
    assert ("1722", "COERCE") in plover_events(code_text, "The government banned two human rights groups on Monday.")
    assert code("VERB", "close", particle="down", object="newspaper") == "1721"
    assert code("VERB", "seal", object="deal") == "057"  # sealing a deal is an agreement


def test_proclaimed_martial_law_and_ordered_curfews_are_coercion(code_text):
    """Proclaimed martial law is 1724 and an ordered curfew 1723; enforcing the law is no event."""
    assert ("1724", "COERCE") in plover_events(code_text, "The king proclaimed martial law in the southern provinces.")
    assert ("1723", "COERCE") in plover_events(code_text, "The governor ordered a curfew in the city.")
    assert plover_events(code_text, "The government will enforce the law.") == set()


def test_crushing_dissent_is_repression_and_vowing_it_a_threat(code_text):
    """'crushed the uprising' is 175; 'vowed to crush' the matching threat."""
    assert code("VERB", "crush", object="uprising") == "175"
    assert ("137", "THREATEN") in plover_events(code_text, "The president vowed to crush the rebellion.")


def test_threat_nouns_with_their_object(code_text):
    """'a threat of military action/force/arrest' is a threat of the named kind."""
    assert ("130", "THREATEN") in plover_events(code_text, "Russia issued a threat of military action against Lithuania.")
    assert code("NOUN", "threat", object="force") == "138"
    assert code("NOUN", "threat", object="arrest") == "137"
    assert code("NOUN", "warning", object="consequence") == "130"


def test_ordering_forces_somewhere_is_mobilisation(code_text):
    """'ordered police to the square' and 'ordered troops to stand guard' deploy forces (15x)."""
    assert ("153", "MOBILIZE") in plover_events(code_text, "The governor ordered police to the city centre on Sunday.")
    assert ("150", "MOBILIZE") in plover_events(code_text, "The president ordered troops to stand guard outside the palace.")


def test_raising_forces_and_militias_is_mobilisation(code_text):
    """Forming militias, call-ups, conscription and recruitment drives are 154."""
    assert ("154", "MOBILIZE") in plover_events(code_text, "Village elders formed a militia to defend the valley.")
    assert ("154", "MOBILIZE") in plover_events(code_text, "The army announced the call-up of 20,000 reservists.")
    assert ("154", "MOBILIZE") in plover_events(code_text, "The government reintroduced conscription on Monday.")
    assert ("154", "MOBILIZE") in plover_events(code_text, "The rebels stepped up the recruitment of fighters.")
    assert code("VERB", "form", object="government") is None
    assert code("VERB", "form", object="force") is None  # "formed a task force"


def test_readiness_checkpoints_and_patrols_are_force_posture(code_text):
    """Raised readiness (152), checkpoints (151), police patrols and positions taken (150/154)."""
    assert ("152", "MOBILIZE") in plover_events(code_text, "The navy increased its combat readiness after the incident.")
    assert ("151", "MOBILIZE") in plover_events(code_text, "Police set up checkpoints on the roads into the capital.")
    assert ("150", "MOBILIZE") in plover_events(code_text, "The police launched night patrols in the district.")
    assert ("154", "MOBILIZE") in plover_events(code_text, "Soldiers took up positions around the parliament.")
    assert code("NOUN", "launch", modifiers=["missile"]) == "150"


def test_lockdowns_blackouts_and_wiretaps_are_coercion(code_text):
    """Placing a town under lockdown (172), internet blackouts (1721) and tapped phones (170)."""
    assert ("172", "COERCE") in plover_events(code_text, "The authorities placed the town under lockdown on Friday.")
    assert ("1721", "COERCE") in plover_events(code_text, "The government imposed an internet blackout in the province.")
    assert ("170", "COERCE") in plover_events(code_text, "Intelligence agents tapped the phones of opposition leaders.")


def test_states_returning_migrants_deport_them(code_text):
    """'returned/sent back migrants to X' is 174; refugees returning home is no coercion."""
    assert ("174", "COERCE") in plover_events(code_text, "Spain sent back two hundred migrants to Morocco.")
    assert ("174", "COERCE") in plover_events(code_text, "Pakistan returned 300 Afghan refugees to Afghanistan.")
    assert plover_events(code_text, "The refugees returned to their villages after the floods.") == set()


def test_forces_called_out_or_called_to_a_place_are_mobilised(code_text):
    """'called out the army', 'police were called to the capital' are 15x, not telephone calls."""
    assert ("154", "MOBILIZE") in plover_events(code_text, "The governor called out the army after the riots.")
    assert ("153", "MOBILIZE") in plover_events(code_text, "Hundreds of officers were called to the capital after the riots.")
    assert ("041", "CONSULT") in plover_events(code_text, "The president called his French counterpart on Monday.")


def test_vows_of_revenge_and_fresh_threats(code_text):
    """'vowed to avenge' is a threat of force; 'issued fresh threats' a threat."""
    assert "THREATEN" in {p for _, p in plover_events(code_text, "The militia vowed to avenge the death of its commander.")}
    assert ("130", "THREATEN") in plover_events(code_text, "Pyongyang issued fresh threats against Seoul.")


def test_missile_tests_and_surveillance(code_text):
    """A test-launched missile is a show of force (150); watching dissidents is coercion (170)."""
    assert ("150", "MOBILIZE") in plover_events(code_text, "Pyongyang test-launched a new ballistic missile on Sunday.")
    assert ("170", "COERCE") in plover_events(code_text, "The security services monitored the communications of activists.")
    assert plover_events(code_text, "UN observers monitored the ceasefire.") == set()
    assert code("VERB", "sink", object="warship") == "190"
    assert code("VERB", "wipe", particle="out", object="debt") is None
