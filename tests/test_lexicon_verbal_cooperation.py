"""How news writes diplomatic support, intents to cooperate and consultations: lexicon lookups and coded sentences."""

from lexicon_support import code, codes, plover


def test_resumed_and_reestablished_relations_are_diplomatic_cooperation(code_text):
    """'resumed / re-established diplomatic relations' is 050, with or without a with-phrase."""
    assert code("VERB", "resume", object="relation") == "050"
    assert code("VERB", "reestablish", object="tie", preps=["with"]) == "050"
    events = code_text("Bahrain and Iran resumed diplomatic relations on Monday after years of estrangement.")
    assert "050" in codes(events)


def test_ties_expanded_between_two_parties_without_a_with_phrase_are_050(code_text):
    """'the two countries are expanding / cementing their ties' is mutual diplomatic cooperation."""
    for verb in ("expand", "deepen", "cement", "bolster", "upgrade"):
        assert code("VERB", verb, object="tie") == "050", verb
    events = code_text("Chile and Argentina cemented their diplomatic ties during the summit.")
    assert "SUPPORT" in plover(events)


def test_ties_words_do_not_capture_cooperation_objects():
    """'deepened cooperation' stays material cooperation (060), not diplomatic ties."""
    assert code("VERB", "deepen", object="cooperation") == "060"
    assert code("VERB", "boost", object="cooperation") == "060"


def test_opened_relations_and_exchanged_ambassadors_are_recognition(code_text):
    """Opening relations, exchanging or naming ambassadors and granting recognition are 054."""
    assert code("VERB", "open", object="relation", preps=["with"]) == "054"
    assert code("VERB", "exchange", object="ambassador") == "054"
    assert code("VERB", "name", object="ambassador", preps=["to"]) == "054"
    assert code("VERB", "grant", object="recognition", preps=["to"]) == "054"
    events = code_text("Oman named an ambassador to Syria for the first time since 2012.")
    assert "054" in codes(events)
    events = code_text("The new envoy presented his credentials to the Thai king.")
    assert "054" in codes(events)


def test_solidarity_with_a_party_is_support(code_text):
    """'expressed solidarity with' and 'in solidarity with' are PLOVER SUPPORT (051)."""
    events = code_text("Poland's president expressed solidarity with Lithuania over the border crisis.")
    assert "051" in codes(events)
    assert "SUPPORT" in plover(events)


def test_announced_or_declared_support_is_endorsement_not_aid(code_text):
    """'announced its support for the candidate' is 051, not an aid announcement (070)."""
    assert code("VERB", "announce", object="support") == "051"
    events = code_text("The farmers' union announced its support for the opposition candidate.")
    assert "051" in codes(events)
    assert "070" not in codes(events)
    events = code_text("The governor declared his support for the new water plan.")
    assert "051" in codes(events)


def test_reaffirmed_support_is_praise_and_reaffirmed_commitment_an_intent():
    """Reaffirming support states present support (051); reaffirming a commitment promises (032)."""
    assert code("VERB", "reaffirm", object="support") == "051"
    assert code("VERB", "reaffirm", object="commitment") == "032"


def test_praise_heaped_conveyed_or_sent_is_051(code_text):
    """'heaped praise on', 'conveyed his gratitude to', 'sent congratulations to' are 051."""
    events = code_text("The Indian minister heaped praise on Bangladesh for its flood response.")
    assert "051" in codes(events)
    events = code_text("The Kenyan president conveyed his congratulations to the newly elected leader of Zambia.")
    assert "051" in codes(events)
    assert code("VERB", "send", object="congratulation", preps=["to"]) == "051"
    assert code("VERB", "send", object="condolence", preps=["to"]) == "018"


def test_approval_words_are_endorsements(code_text):
    """Green lights, sign-offs, rubber stamps and vouching are 051."""
    assert code("VERB", "give", object="light", preps=["to"]) == "051"
    assert code("VERB", "sign", particle="off", preps=["on"]) == "051"
    assert code("VERB", "vouch", preps=["for"]) == "051"
    events = code_text("The finance committee signed off on the debt relief proposal.")
    assert "SUPPORT" in plover(events)
    events = code_text("The assembly rubber-stamped the new cabinet.")
    assert "051" in codes(events)


def test_treaties_approved_acceded_or_initialled_are_signed_agreements(code_text):
    """Parliamentary approval, accession and initialling of a treaty are 057; acceding to demands is not."""
    assert code("VERB", "approve", object="treaty") == "057"
    assert code("VERB", "accede", object="convention", preps=["to"]) == "057"
    assert code("VERB", "accede", object="demand", preps=["to"]) != "057"
    assert code("VERB", "initial", object="agreement") == "057"
    events = code_text("Ecuador's congress approved the border accord with Peru.")
    assert "057" in codes(events)
    events = code_text("Norway and Iceland renewed their border treaty for another decade.")
    assert "057" in codes(events)


def test_assurances_and_self_commitments_are_intents(code_text):
    """'gave assurances' and 'committed themselves to' are 030 intents to cooperate."""
    events = code_text("The junta gave assurances that foreign observers would be admitted.")
    assert "AGREE" in plover(events)
    events = code_text("The five governments committed themselves to the new regional framework.")
    assert "030" in codes(events)


def test_returning_to_the_table_is_negotiation(code_text):
    """'returned to the negotiating table' is 046; promised, it is a 036 intent."""
    assert code("VERB", "return", object="table", preps=["to"]) == "046"
    events = code_text("The union and the employers returned to the negotiating table on Thursday.")
    assert "046" in codes(events)
    events = code_text("Hamas signalled its willingness to return to the talks.")
    assert "036" in codes(events)


def test_phone_contacts_without_a_with_phrase_are_phone_calls(code_text):
    """'spoke by phone', 'talked by telephone', 'phone talks' are 041."""
    events = code_text("The Turkish and Greek foreign ministers spoke by phone on Sunday.")
    assert "041" in codes(events)
    events = code_text("Modi held telephone talks with the Japanese prime minister.")
    assert "041" in codes(events)


def test_reaching_out_and_exchanging_views_are_consultations(code_text):
    """'reached out to' and 'exchanged views with/on' are 040 consultations, not intelligence sharing."""
    assert code("VERB", "exchange", object="view", preps=["with"]) == "040"
    assert code("VERB", "exchange", object="information", preps=["with"]) == "064"
    events = code_text("The new prime minister reached out to the main opposition party.")
    assert "040" in codes(events)
    events = code_text("The Malaysian and Thai leaders exchanged views on the border situation.")
    assert "CONSULT" in plover(events)


def test_envoys_sent_to_a_capital_are_visits(code_text):
    """'sent a delegation / dispatched an envoy to' is a 042 visit; sending troops is not."""
    events = code_text("Qatar dispatched a senior envoy to Kabul on Saturday.")
    assert "042" in codes(events)
    assert code("VERB", "send", object="troop", preps=["to"]) != "042"


def test_nominal_restorations_of_ties_are_diplomatic_cooperation(code_text):
    """'announced the resumption / restoration of diplomatic ties' is 050; their establishment 054."""
    assert code("NOUN", "resumption", object="tie") == "050"
    assert code("NOUN", "establishment", object="relation") == "054"
    events = code_text("Sweden and Iran announced the restoration of diplomatic relations.")
    assert "050" in codes(events)


def test_courtesy_calls_and_welcome_ceremonies_are_visits_not_appeals(code_text):
    """'paid a courtesy call on' is a 042 visit; a welcome ceremony for a guest is 043 hosting."""
    events = code_text("The new Japanese ambassador paid a courtesy call on the Vietnamese president.")
    assert "042" in codes(events)
    assert "REQUEST" not in plover(events)
    events = code_text("The mayor held a welcome ceremony for the visiting Korean delegation.")
    assert "043" in codes(events)


def test_coming_out_in_support_is_endorsement(code_text):
    """'came out in support of / in favour of' is 051."""
    events = code_text("The teachers' federation came out in support of the nurses.")
    assert "051" in codes(events)


def test_gathering_at_a_summit_is_a_meeting(code_text):
    """'leaders gathered at a summit' is 044; a pledge of support is a 032 intent."""
    events = code_text("Leaders of the Pacific island states gathered at a summit in Suva.")
    assert "044" in codes(events)
    assert code("NOUN", "pledge", object="support") == "032"


def test_standing_by_an_ally_and_switching_recognition_are_support(code_text):
    """'stood by its ally' is 051; 'switched recognition from Taipei to Beijing' is 054."""
    events = code_text("Pakistan stood by its ally after the sanctions were announced.")
    assert "051" in codes(events)
    events = code_text("Nicaragua switched diplomatic recognition from Taiwan to China on Monday.")
    assert "054" in codes(events)
    assert code("VERB", "put", object="signature", preps=["to"]) == "057"


def test_promised_ties_are_intents_to_cooperate_diplomatically(code_text):
    """'pledged closer ties with' is an intent to cooperate (030, AGREE), not ties already improved
    (050) nor a statement of support (032, SUPPORT)."""
    assert code("VERB", "pledge", object="tie", preps=["with"]) == "030"
    events = code_text("The new Nepali prime minister promised closer ties with India.")
    assert "030" in codes(events)
    assert "AGREE" in plover(events)
