"""How news reports investigations and accusations (09x, 11x) and protests, strikes and riots (14x)."""

from lexicon_support import code, plover_events


def events(code_text, text):
    """The PLOVER events asserted or announced in a text."""
    return {event for _, event in plover_events(code_text, text)}


def test_going_and_walking_out_on_strike_are_strikes(code_text):
    """'went on strike', 'walked off the job', 'called/declared/observed a strike' are 143."""
    assert ("143", "PROTEST") in plover_events(code_text, "Bus drivers in Lagos went on strike on Monday.")
    assert ("143", "PROTEST") in plover_events(code_text, "Dock workers walked off the job at the port.")
    assert ("143", "PROTEST") in plover_events(code_text, "The teachers' union declared an indefinite strike over arrears.")
    assert ("143", "PROTEST") in plover_events(code_text, "Traders observed a general shutdown across the valley.")
    assert code("VERB", "call", object="strike") == "143"
    assert code("VERB", "remain", object="strike", preps=["on"]) == "143"
    assert code("NOUN", "action", modifiers=["industrial"]) == "143"
    assert code("NOUN", "strike", modifiers=["student"]) == "143"


def test_calling_for_a_strike_stays_an_appeal(code_text):
    """Urging others to strike is an appeal (02x); the union calling its own strike is the strike."""
    assert "PROTEST" not in events(code_text, "The opposition leader called for a general strike on Monday.")
    assert "REQUEST" in events(code_text, "The opposition leader called for a general strike on Monday.")
    assert ("143", "PROTEST") in plover_events(code_text, "The nurses' union called a general strike for Monday.")


def test_boycotted_summits_and_elections_are_protest_boycotts_but_boycotted_talks_are_refusals(code_text):
    """PLOVER PROTEST/boycott covers shunned summits, polls and sessions; boycotting talks stays 125."""
    assert ("143", "PROTEST") in plover_events(code_text, "Canada and Britain boycotted the summit in Colombo.")
    assert ("143", "PROTEST") in plover_events(code_text, "The main opposition party boycotted the presidential election.")
    assert ("143", "PROTEST") in plover_events(code_text, "Opposition deputies boycotted the parliamentary session.")
    assert code("VERB", "boycott", object="talk") == "125"
    assert code("VERB", "shun", object="conference") == "143"
    assert code("VERB", "stay", particle="away", object="poll", preps=["from"]) == "143"


def test_crowds_filling_the_streets_are_demonstrations(code_text):
    """Pouring into, flooding, filling the streets or squares, massing outside, waving placards are 141."""
    assert ("141", "PROTEST") in plover_events(code_text, "Tens of thousands of Sudanese poured into the streets of Omdurman.")
    assert ("141", "PROTEST") in plover_events(code_text, "Students thronged the streets of Bogota on Thursday.")
    assert "PROTEST" not in events(code_text, "Heavy rains flooded the streets of Lagos on Monday.")
    assert ("141", "PROTEST") in plover_events(code_text, "Crowds massed outside the prime minister's residence.")
    assert ("141", "PROTEST") in plover_events(code_text, "Farmers waved banners outside the agriculture ministry.")
    assert ("141", "PROTEST") in plover_events(code_text, "Villagers burned an effigy of the governor.")
    assert code("VERB", "shout", object="slogan") == "141"
    assert code("NOUN", "chain", modifiers=["human"]) == "141"
    assert code("VERB", "fill", object="stadium") is None


def test_rioting_in_its_news_forms(code_text):
    """Smashed windows, overturned cars, hurled stones, burned tyres and rampages are 145."""
    assert ("145", "PROTEST") in plover_events(code_text, "Angry fans smashed shop windows in the old town.")
    assert ("145", "PROTEST") in plover_events(code_text, "Youths overturned police cars and set bins alight.")
    assert ("145", "PROTEST") in plover_events(code_text, "Demonstrators hurled rocks at riot police.")
    assert ("145", "PROTEST") in plover_events(code_text, "Protesters burned tyres on the main road.")
    assert code("VERB", "go", object="rampage", preps=["on"]) == "145"
    assert code("VERB", "smash", object="record") is None
    assert code("VERB", "overturn", object="ruling") != "145"


def test_blocking_traffic_and_access_is_obstruction(code_text):
    """Shut down highways, paralysed or disrupted traffic, blocked ports are 144."""
    assert ("144", "PROTEST") in plover_events(code_text, "Taxi drivers shut down the main highway to the airport.")
    assert ("144", "PROTEST") in plover_events(code_text, "Truckers paralysed traffic in the capital.")
    assert ("144", "PROTEST") in plover_events(code_text, "Fishermen blocked the harbour with their boats.")
    assert code("VERB", "paralyse", object="traffic") == "144"
    assert "PROTEST" not in events(code_text, "The accident disrupted traffic on the bridge for hours.")


def test_investigating_bodies_and_widened_probes_are_investigations(code_text):
    """Grand juries, commissions of inquiry, inquests, reopened cases and widened probes are 090."""
    assert ("090", "ACCUSE") in plover_events(code_text, "The state convened a grand jury to look at the shooting.")
    assert ("090", "ACCUSE") in plover_events(code_text, "Parliament set up a commission of inquiry into the deaths.")
    assert ("090", "ACCUSE") in plover_events(code_text, "The coroner opened an inquest into the crash.")
    assert ("090", "ACCUSE") in plover_events(code_text, "Prosecutors reopened the case against the tycoon.")
    assert ("090", "ACCUSE") in plover_events(code_text, "The FBI widened its investigation into the lobbyist.")
    assert code("NOUN", "mission", modifiers=["fact-finding"]) == "090"
    assert code("NOUN", "committee", modifiers=["investigative"]) == "090"
    assert code("VERB", "widen", object="road") is None


def test_sharp_criticism_in_its_news_forms(code_text):
    """Hit back at, took aim at, tore into, excoriated, faulted are 111; traded accusations 112."""
    assert ("111", "ACCUSE") in plover_events(code_text, "The minister hit back at the opposition on Sunday.")
    assert ("111", "ACCUSE") in plover_events(code_text, "The senator took aim at the administration over the budget.")
    assert ("111", "ACCUSE") in plover_events(code_text, "An inquiry report faulted the ministry for the delays.")
    assert ("112", "ACCUSE") in plover_events(code_text, "India and Pakistan traded accusations over the shelling.")
    assert code("VERB", "take", object="aim", preps=["at"]) == "111"
    assert code("VERB", "hit", particle="back", preps=["at"]) == "111"
    assert code("VERB", "take", object="aim") is None


def test_formal_protests_backlash_and_regret_are_disapproval(code_text):
    """'protested to Japan', 'complained to the UN' are 114; regretted decisions and backlash 110."""
    assert ("114", "ACCUSE") in plover_events(code_text, "Seoul protested to Tokyo over the textbook.")
    assert ("114", "ACCUSE") in plover_events(code_text, "Armenia complained to the Security Council about the blockade.")
    assert ("110", "ACCUSE") in plover_events(code_text, "Moscow regretted the decision of the committee.")
    assert code("NOUN", "outcry", preps=["over"]) == "110"
    assert code("VERB", "regret", object="incident") == "055"  # regretting one's own act is an apology


def test_court_actions_in_their_news_forms(code_text):
    """Arraignments, going to court and legal challenges are lawsuits (115)."""
    assert ("115", "ACCUSE") in plover_events(code_text, "The former mayor was arraigned on bribery charges.")
    assert ("115", "ACCUSE") in plover_events(code_text, "The union went to court to stop the privatisation.")
    assert code("NOUN", "challenge", modifiers=["legal"], preps=["to"]) == "115"
    assert code("VERB", "go", preps=["to"]) == "042"  # going to a place is a visit


def test_lashing_out_at_a_capital_is_still_criticism(code_text):
    """'lashed out at Washington': the capital is read as a place, but the criticism is kept."""
    assert ("111", "ACCUSE") in plover_events(code_text, "Beijing lashed out at Washington over the tariffs.")
    assert ("111", "ACCUSE") in plover_events(code_text, "Tehran hit out at London on Monday.")


def test_formed_bodies_are_coded_by_what_they_are(code_text):
    """'formed' is a light verb: an investigative committee is 090, a human chain 141, a government nothing."""
    assert ("090", "ACCUSE") in plover_events(code_text, "The national assembly formed an investigative committee on Tuesday.")
    assert ("141", "PROTEST") in plover_events(code_text, "Thousands of students formed a human chain across the city.")
    assert plover_events(code_text, "The winning parties formed a new government.") == set()


def test_symbolic_damage_and_break_ins_are_violent_protest(code_text):
    """Pulled-down statues, torn-down portraits, sprayed slogans and break-ins into parliament are 145."""
    assert ("145", "PROTEST") in plover_events(code_text, "Demonstrators pulled down a statue of the former dictator.")
    assert ("145", "PROTEST") in plover_events(code_text, "Protesters broke into the parliament building.")
    assert code("VERB", "spray", object="graffiti") == "145"
    assert code("VERB", "tear", particle="down", object="portrait") == "145"
    assert code("VERB", "pull", particle="down", object="price") is None


def test_snubbed_summits_and_stopped_work_are_protest_acts(code_text):
    """Snubbing a summit is a protest boycott (143), snubbing talks a refusal (125); stopping work a strike."""
    assert ("143", "PROTEST") in plover_events(code_text, "Several African leaders snubbed the summit in Paris.")
    assert ("143", "PROTEST") in plover_events(code_text, "Port workers stopped work for four hours on Friday.")
    assert code("VERB", "snub", object="talk") == "125"
    assert ("141", "PROTEST") in plover_events(code_text, "Hundreds of farmers gathered in front of the parliament.")


def test_impeachment_and_complaints_in_their_news_forms(code_text):
    """Impeachment proceedings are 115; crying foul is disapproval, smears criticism, scapegoating accusation."""
    assert ("115", "ACCUSE") in plover_events(code_text, "Lawmakers launched impeachment proceedings against the president.")
    assert code("VERB", "impeach") == "115"
    assert code("VERB", "cry", object="foul") == "110"
    assert code("VERB", "smear", object="opposition") == "111"
    assert code("VERB", "smear", object="paint") is None
    assert code("VERB", "scapegoat") == "112"


def test_questioning_officials_and_uncovering_wrongdoing_are_investigations(code_text):
    """Grilled ministers, quizzed suspects, uncovered irregularities, examined wreckage are 090."""
    assert ("090", "ACCUSE") in plover_events(code_text, "Senators grilled the defence secretary for five hours.")
    assert ("090", "ACCUSE") in plover_events(code_text, "State auditors uncovered irregularities in the health budget.")
    assert code("VERB", "examine", object="wreckage") == "090"
    assert code("VERB", "quiz", object="suspect") == "090"
    assert code("VERB", "uncover", object="secret") is None
    assert code("VERB", "grill", object="meat") is None


def test_walkouts_from_work_are_strikes_but_from_talks_a_break_off(code_text):
    """'walked out of classes/the factory' is 143; 'walked out of the talks' stays 164."""
    assert ("143", "PROTEST") in plover_events(code_text, "Pupils walked out of classes across the country.")
    assert ("164", "SANCTION") in plover_events(code_text, "The rebel delegation walked out of the talks.")


def test_protest_actions_camps_and_looting(code_text):
    """Protest actions and camps are 141; looting is 145; censure motions 111; protest letters 114."""
    assert ("141", "PROTEST") in plover_events(code_text, "Trade unions held protest actions in twelve cities.")
    assert ("145", "PROTEST") in plover_events(code_text, "Looting broke out in the capital overnight.")
    assert code("NOUN", "camp", modifiers=["protest"]) == "141"
    assert code("NOUN", "camp", modifiers=["refugee"]) is None
    assert code("NOUN", "motion", modifiers=["censure"], preps=["against"]) == "111"
    assert code("NOUN", "letter", object="protest") == "114"


def test_heckling_and_booing_are_disapproval(code_text):
    """Heckled, booed or jeered officials are 110 (ACCUSE)."""
    assert ("110", "ACCUSE") in plover_events(code_text, "Angry farmers heckled the agriculture minister.")
    assert code("VERB", "boo") == "110"
    assert code("VERB", "jeer") == "110"
