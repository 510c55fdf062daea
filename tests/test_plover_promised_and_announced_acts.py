"""The PLOVER type of acts promised, offered or announced, and of territory taken.

A promise to yield is a CONCEDE where the manual lists the yield among the announced concessions
(easing restrictions, ceasefires, withdrawals); a promise of a yield it lists only as a material
act (releasing captives, letting in aid workers or observers) and an offer to yield are AGREE.
A protest announced is a threat of dissent; territory taken keeps the per-code table's COERCE/seize.
"""


def typed(events, cameo=None):
    """(PLOVER event, mode) of the events, of one CAMEO code if given."""
    return {(e["plover"]["event"], e["plover"]["mode"]) for e in events if cameo is None or e["cameo"] == cameo}


def plover(events):
    return {e["plover"]["event"] for e in events}


def test_a_promised_release_or_admission_is_an_agreement(code_text):
    """'said it will release the hostages', 'agreed to allow Red Cross inspectors into its prisons':
    a promised material act (PLOVER AGREE), still CAMEO's intent to yield."""
    release = code_text("The militia said it will release two kidnapped aid workers from Norway.")
    admit = code_text("The junta agreed to allow Red Cross inspectors into its prisons.")
    assert ("AGREE", "") in typed(release, "0353"), release
    assert ("AGREE", "") in typed(admit, "0355"), admit


def test_an_offer_to_withdraw_is_an_agreement(code_text):
    """'is willing to withdraw its troops if ...' offers the withdrawal (AGREE); 'agreed to withdraw'
    announces it (CONCEDE: the manual's announced withdrawals)."""
    offer = code_text("Armenia is willing to withdraw its troops from the border villages if Azerbaijan does the same.")
    agreed = code_text("The rebels agreed to withdraw their fighters from the town of Kidal.")
    assert "AGREE" in plover(offer) and "CONCEDE" not in plover(offer), offer
    assert "CONCEDE" in plover(agreed) and "AGREE" not in plover(agreed), agreed


def test_promised_eased_restrictions_and_ceasefires_stay_concessions(code_text):
    """Easing a curfew and declaring a ceasefire are the manual's own examples of CONCEDE; being
    willing to make concessions of no stated kind is itself a verbal concession."""
    curfew = code_text("The transitional council agreed to lift the curfew in Bamako.")
    truce = code_text("The two armed groups agreed to a ceasefire in the Kasai region.")
    flexible = code_text("The Bolivian government is willing to make concessions to the miners' union.")
    assert "CONCEDE" in plover(curfew) and "AGREE" not in plover(curfew), curfew
    assert "CONCEDE" in plover(truce), truce
    assert "CONCEDE" in plover(flexible) and "AGREE" not in plover(flexible), flexible


def test_an_announced_protest_is_a_threat(code_text):
    """'will hold a rally', 'said it would boycott the vote': THREATEN (a boycott: mode restrict); a
    rally held is a PROTEST."""
    rally = code_text("The teachers' union will hold a rally outside the education ministry on Friday.")
    boycott = code_text("The main opposition party said it would boycott the parliamentary vote.")
    held = code_text("The teachers' union held a rally outside the education ministry on Friday.")
    assert "THREATEN" in plover(rally) and "PROTEST" not in plover(rally), rally
    assert ("THREATEN", "restrict") in typed(boycott), boycott
    assert "PROTEST" in plover(held) and "THREATEN" not in plover(held), held


def test_territory_taken_keeps_the_per_code_coerce_seize(code_text):
    """'captured two towns' occupies territory (CAMEO 192): the 2021 per-code table (ontology) maps it
    to COERCE/seize, and the PLOVER-type rules for promises leave it alone."""
    events = code_text("Rebel fighters captured two towns in the north of Burkina Faso on Sunday.")
    assert ("COERCE", "seize") in typed(events, "192"), events
