"""How news reports restrictions the state imposes on the press, online platforms and places
(PLOVER COERCE: censor, restrict), and the acts near them that keep their own codes."""

from lexicon_support import code, events_of


def test_suspending_a_social_media_platform_is_censorship(code_text):
    """Suspending Facebook or a messaging app, or announcing the suspension of the platforms,
    restricts political freedoms (1721), as blocking them does."""
    assert ("COERCE", "1721") in events_of(code_text, "The interior ministry suspended Telegram and WhatsApp for two days.")
    assert ("COERCE", "1721") in events_of(
        code_text, "Police in Tirana announced the suspension of social media platforms across the country.")
    assert code("VERB", "suspend", object="platform") == "1721"
    assert code("NOUN", "suspension", object="talk") == "164"  # suspending talks stays a sanction


def test_prohibiting_journalists_is_censorship_and_keeping_them_out_a_refusal(code_text):
    """'prohibited reporters from covering the hearing' restricts the press (1721); prohibiting them
    from entering the country keeps the refusal of entry (1245)."""
    assert ("COERCE", "1721") in events_of(
        code_text, "The Bolivian government prohibited reporters from covering the hearing.")
    assert code("VERB", "prohibit", object="journalist") == "1721"
    assert code("VERB", "prohibit", object="journalist", preps=["from"], prep_objects=["country"]) == "1245"


def test_tightening_controls_on_a_group_is_a_restriction_not_a_force_posture(code_text):
    """'tightened controls on the media' curbs rights (172); 'tightened security' stays 151."""
    assert ("COERCE", "172") in events_of(code_text, "The junta in Niamey tightened controls on foreign media.")
    assert ("MOBILIZE", "151") in events_of(code_text, "Police in Lagos tightened security around the stadium.")


def test_cordoning_an_area_or_putting_it_under_lockdown_restricts_movement(code_text):
    """'cordoned off the town' (the parser reads 'off' as a preposition) and 'put the village under
    lockdown' restrict movement (172); 'put the government under pressure' is no act."""
    assert ("COERCE", "172") in events_of(code_text, "Soldiers cordoned off the market district on Friday.")
    assert ("COERCE", "172") in events_of(code_text, "The Ethiopian army put the village under lockdown.")
    assert not events_of(code_text, "The scandal put the Dutch government under pressure.")


def test_cyber_strikes_are_cyber_attacks(code_text):
    """'carried out cyber strikes' is a cyber operation (170), not an air or missile strike."""
    assert ("COERCE", "170") in events_of(code_text, "Ukrainian military hackers carried out cyber strikes on Russian banks.")
    assert code("NOUN", "strike", modifiers=["cyber"]) == "170"


def test_signing_a_code_of_conduct_signs_an_agreement(code_text):
    """A code of conduct signed by states is a formal agreement (057, PLOVER SUPPORT)."""
    assert ("SUPPORT", "057") in events_of(
        code_text, "Vietnam and the Philippines signed a code of conduct for the disputed sea.")


def test_ordering_the_extension_of_an_emergency_or_curfew_extends_it(code_text):
    """'ordered the extension of the state of emergency' imposes it for a new period (1724), as
    'extended the state of emergency' does; 'an extension of the law on NGOs' is no act."""
    assert ("COERCE", "1724") in events_of(code_text, "The Peruvian president ordered the extension of the state of emergency.")
    assert ("COERCE", "1723") in events_of(code_text, "The governor of Kano announced an extension of the curfew.")
    assert code("NOUN", "extension", object="law") is None
