"""Lexicon lookups for how news writes material cooperation, concessions, force posture and sanctions."""

from lexicon_support import code

from eventwire.coding.lexicon import NO_ACT


def test_joint_exercises_are_cooperation_and_single_country_ones_force_posture():
    """'held joint drills' is 062 (PLOVER COOPERATE); 'held military drills' stays 150 (MOBILIZE)."""
    assert code("NOUN", "drill", modifiers=["joint"]) == "062"
    assert code("NOUN", "exercise", modifiers=["joint", "military"]) == "062"
    assert code("NOUN", "patrol", modifiers=["joint"]) == "062"
    assert code("NOUN", "exercise", modifiers=["military"]) == "150"
    assert code("NOUN", "venture", modifiers=["joint"]) == "061"


def test_delivered_aid_in_its_news_forms():
    """Shipped, handed out, allocated, contributed and handed-over aid are 07x deliveries, not pledges."""
    assert code("VERB", "ship", object="supply", preps=["to"]) == "070"
    assert code("VERB", "hand", particle="out", object="blanket") == "070"
    assert code("VERB", "allocate", object="million", preps=["to"]) == "071"
    assert code("VERB", "contribute", object="million") == "070"
    assert code("VERB", "hand", particle="over", object="supply", preps=["to"]) == "070"
    assert code("VERB", "deliver", object="equipment", preps=["to"]) == "070"
    assert code("VERB", "send", object="trainer", preps=["to"]) == "072"
    assert code("VERB", "send", object="doctor", preps=["to"]) == "073"
    assert code("VERB", "accept", object="refugee") == "073"
    assert code("VERB", "give", object="firearm", preps=["to"]) == "072"
    assert code("VERB", "pledge", object="aid") == "033"  # a pledge is still an intent


def test_concessions_in_their_news_forms():
    """Met or accepted demands, shelved plans, granted amnesty and conceded defeat are yields."""
    assert code("VERB", "meet", object="demand") == "080"
    assert code("VERB", "accept", object="demand") == "080"
    assert code("VERB", "comply", preps=["with"]) == "080"
    assert code("VERB", "shelve", object="plan") == "0832"
    assert code("VERB", "suspend", object="hike") == "0832"
    assert code("VERB", "grant", object="amnesty", preps=["to"]) == "0841"
    assert code("VERB", "concede", object="defeat") == "0831"
    assert code("VERB", "concede", object="mistake") == "015"
    assert code("VERB", "declare", object="fire") == "0871"  # 'cease-fire' is split by the parser
    assert code("VERB", "hand", particle="in", object="weapon") == "0873"


def test_force_posture_in_its_news_forms():
    """Rushed, moved, airlifted troops and boosted security are 15x."""
    assert code("VERB", "rush", object="troop", preps=["to"]) == "154"
    assert code("VERB", "move", object="launcher") == "154"
    assert code("VERB", "airlift", object="troop") == "154"
    assert code("VERB", "airlift", object="food") == "073"
    assert code("VERB", "boost", object="security") == "151"
    assert code("VERB", "send", object="police") == "153"
    assert code("VERB", "scramble", object="jet") == "152"


def test_reduced_relations_in_their_news_forms():
    """Cut ties, withdrawn funding, left alliances and talks, suspended aid are 16x."""
    assert code("VERB", "cut", object="tie") == "161"
    assert code("VERB", "suspend", object="relation") == "161"
    assert code("VERB", "withdraw", object="funding", preps=["from"]) == "162"
    assert code("VERB", "cut", particle="off", object="aid", preps=["to"]) == "162"
    assert code("VERB", "leave", object="alliance") == "160"
    assert code("VERB", "leave", object="talk") == "164"
    assert code("NOUN", "suspension", object="aid") == "162"
    assert code("VERB", "freeze", object="asset", preps=["of"]) == "163"


def test_everyday_uses_of_the_same_verbs_code_nothing():
    """Leaving a meeting, handing down a verdict, a constitution giving rights, conceding to reporters:
    no sanction, coercion or yielding."""
    assert code("VERB", "leave", object="meeting") is None
    assert code("VERB", "hand", particle="down", object="verdict") is None
    assert code("VERB", "give", object="right") is None
    assert code("VERB", "place", object="child") is None
    assert code("VERB", "concede", preps=["to"], prep_objects=["reporter"]) == NO_ACT  # the no-act sense wins


def test_coercion_in_its_news_forms():
    """House arrest, jailing and suspended newspapers are 17x; a court's sentence is a conviction (116)."""
    assert code("VERB", "place", object="dissident") == "173"
    assert code("VERB", "jail") == "173"
    assert code("VERB", "hand", particle="down", object="sentence") == "116"
    assert code("VERB", "sentence") == "116"
    assert code("VERB", "suspend", object="newspaper") == "1721"
    assert code("VERB", "cut", object="internet") == "170"


def test_withdrawing_from_places_is_retreat_and_from_treaties_reduces_relations():
    """'withdrew from the town' is 0874 (RETREAT); 'from the deal' 160; 'from the talks' 164."""
    assert code("VERB", "withdraw", object="town") == "0874"
    assert code("VERB", "withdraw", object="position") == "0874"
    assert code("VERB", "withdraw", object="deal") == "160"
    assert code("VERB", "withdraw", object="alliance") == "160"
    assert code("VERB", "withdraw", object="talk") == "164"
    assert code("VERB", "withdraw", object="troop", preps=["from"]) == "0874"


def test_resignations_and_yields_in_their_news_forms():
    """Announced or tendered resignations, agreed demands and lifted curfews are yields."""
    assert code("VERB", "announce", object="resignation") == "0831"
    assert code("VERB", "announce", object="election") == "0341"
    assert code("VERB", "tender", object="resignation") == "0831"
    assert code("VERB", "agree", object="demand", preps=["to"]) == "080"
    assert code("VERB", "agree", object="plan", preps=["to"]) != "080"
    assert code("VERB", "comply", object="demand", preps=["with"]) == "080"
    assert code("VERB", "suspend", object="curfew") == "0813"
    assert code("NOUN", "lifting", object="curfew") == "0813"
    assert code("NOUN", "removal", object="curfew") == "0813"


def test_warnings_of_retaliation_protests_or_sanctions_are_threats():
    """'warned of consequences' is 130, 'of protests' 133, 'of sanctions' 1312; a bare warning stays 012."""
    assert code("VERB", "warn", object="consequence") == "130"
    assert code("VERB", "warn", object="retaliation") == "130"
    assert code("VERB", "warn", object="protest") == "133"
    assert code("VERB", "warn", object="sanction") == "1312"
    assert code("VERB", "warn", preps=["of"]) == "012"


def test_force_moves_without_an_object_or_with_new_recruits():
    """'the brigade deployed to the border', 'called up volunteers', 'dispatched warships' are 154."""
    assert code("VERB", "deploy", preps=["to"]) == "154"
    assert code("VERB", "deploy", object="software") is None
    assert code("VERB", "call", particle="up", object="volunteer") == "154"
    assert code("VERB", "dispatch", object="warship") == "154"
    assert code("VERB", "call", object="army", preps=["in"]) == "154"
    assert code("VERB", "call", object="police", preps=["in"]) == "153"
    assert code("NOUN", "fighting") == "190"
    assert code("NOUN", "movement", modifiers=["troop"]) == "154"
    assert code("NOUN", "movement", modifiers=["rights"]) is None
    assert code("NOUN", "massing", object="troop") == "154"


def test_tear_gas_is_repression_and_regret_an_apology():
    """'used tear gas' is 175, not chemical warfare (2041); 'expressed regret' is 055, not condolence (018)."""
    assert code("VERB", "use", object="gas") == "175"
    assert code("VERB", "use", object="sarin") == "2041"
    assert code("VERB", "express", object="regret") == "055"
    assert code("VERB", "express", object="sympathy") == "018"
    assert code("VERB", "roll", particle="back", object="hike") == "0832"


def test_appeals_for_help_and_cyber_or_disinformation_coercion():
    """'appealed for help' is 023; cyberattacks, hacking and disinformation campaigns are 170."""
    assert code("VERB", "appeal", object="help", preps=["for"]) == "023"
    assert code("VERB", "ask", object="assistance", preps=["for"]) == "023"
    assert code("NOUN", "cyberattack") == "170"
    assert code("NOUN", "attack", modifiers=["ransomware"]) == "170"
    assert code("NOUN", "campaign", modifiers=["disinformation"]) == "170"
    assert code("NOUN", "campaign", modifiers=["advertising"]) is None
    assert code("VERB", "spread", object="disinformation") == "170"
    assert code("VERB", "spread", object="word") is None


def test_predicative_attitudes_in_their_news_forms():
    """'committed to' is 030, 'apologetic about' 055, 'unhappy with' 111, 'averse to' 120."""
    assert code("ADJ", "committed", preps=["to"]) == "030"
    assert code("ADJ", "apologetic", preps=["about"]) == "055"
    assert code("ADJ", "unhappy", preps=["with"]) == "111"
    assert code("ADJ", "averse", preps=["to"]) == "120"
    assert code("ADJ", "resistant", preps=["to"]) is None  # 'resistant to erosion': too often physical


def test_teaming_up_and_swapping_intelligence_are_cooperation():
    """'teamed up' with no partner named is 060 (coded both ways); 'swapped intelligence' is 064."""
    assert code("VERB", "team", particle="up") == "060"
    assert code("VERB", "swap", object="intelligence") == "064"
    assert code("VERB", "collaborate") == "060"


def test_calls_for_elections_and_pleas_for_weapons_are_requests():
    """'called for early elections' is 0241; 'pleaded for weapons' 023; a call for a vote on a bill is not 0241."""
    assert code("VERB", "call", object="election", preps=["for"]) == "0241"
    assert code("VERB", "call", object="vote", preps=["for"]) != "0241"
    assert code("VERB", "plead", object="weapon", preps=["for"]) == "023"


def test_lemma_fixes_let_plural_news_nouns_match(nlp):
    """The model lemmatises 'taxes' as 'taxis' and 'bases' as 'basis'; our fixes table corrects both."""
    from eventwire.nlp.loader import load_coder_nlp

    doc = load_coder_nlp()("The government abolished taxes near the military bases.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["taxes"] == "tax" and lemmas["bases"] == "base"


def test_closing_a_strait_is_a_blockade_and_announcing_it_a_threat(code_text):
    """'Iran said it will close the Strait of Hormuz' threatens a blockade (1381, THREATEN)."""
    events = code_text("Iran said it will close the Strait of Hormuz.")
    assert any(e["cameo"] == "1381" and e["source_actor"].startswith("IRN") for e in events), events


def test_actor_object_constraint_matches_named_parties(code_text):
    """threaten.v takes &ACTOR: 'Iran threatened Israel' is a threat; 'the storm threatened crops' is none."""
    assert any(e["cameo"] == "130" and e["target_actor"].startswith("ISR") for e in code_text("Iran threatened Israel."))
    assert code_text("The storm threatened crops.") == []


def test_information_fed_hospitals_built_and_troops_sent_back(code_text):
    """'began feeding radar data to Finland's air force' shares information (064), not food (073);
    'promised to build field hospitals for refugees' promises humanitarian aid (0333); 'ordered
    troops to return to their barracks' de-escalates (087)."""
    events = code_text("Estonia began feeding real-time air surveillance radar data to Finland's air force on Monday.")
    assert ("EST", "064", "FINMIL") in {(e["source_actor"], e["cameo"], e["target_actor"]) for e in events}, events
    promised = code_text("The United Arab Emirates promised to build two field hospitals for refugees.")
    assert "0333" in {e["cameo"] for e in promised}
    events = code_text("Serbia's president ordered troops to return to their barracks on Monday.")
    assert ("SRBGOV", "087") in {(e["source_actor"], e["cameo"]) for e in events}, events
