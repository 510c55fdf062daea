"""The linguistics real news needs: voice, reported speech, compounds, control, nominals, modality."""

from __future__ import annotations


def triples(events, modality="asserted"):
    return {(e["source_actor"], e["cameo_root"], e["target_actor"]) for e in events if e["modality"] == modality}


def test_active_voice_gives_attacker_as_source(code_text):
    """'Russian forces attacked Ukrainian positions' codes Russia -> Ukraine, material conflict."""
    events = code_text("Russian forces attacked Ukrainian positions near Bakhmut on Monday.")
    assert any(e["source_actor"].startswith("RUS") and e["target_actor"].startswith("UKR")
               and e["quad_class"] == 4 for e in events), events


def test_passive_voice_keeps_the_attacker_as_source(code_text):
    """'X was attacked by Y' codes Y -> X."""
    events = code_text("Ukrainian positions near Bakhmut were attacked by Russian forces on Monday.")
    assert any(e["source_actor"].startswith("RUS") and e["target_actor"].startswith("UKR")
               and e["quad_class"] == 4 for e in events), events


def test_reported_speech_codes_the_reported_act_not_the_speaker(code_text):
    """'Kyiv said Russian troops shelled Kharkiv': Russia is the source, not the speaker."""
    events = code_text("Ukrainian officials said Russian troops shelled Kharkiv overnight.")
    assert events and all(not e["source_actor"].startswith("UKR") for e in events), events
    assert any(e["source_actor"].startswith("RUS") and e["quad_class"] == 4 for e in events)


def test_compound_subject_of_a_mutual_act_gives_both_directions(code_text):
    """'India and Japan signed a defence agreement' codes India->Japan and Japan->India."""
    events = code_text("India and Japan signed a defence agreement in Tokyo on Monday.")
    pairs = {(e["source_actor"][:3], e["target_actor"][:3]) for e in events if e["cameo"] == "057"}
    assert {("IND", "JPN"), ("JPN", "IND")} <= pairs, events


def test_intent_verb_gives_an_asserted_intent_code(code_text):
    """'plans to visit' is an asserted 03x intent, not a future visit."""
    events = code_text("The Chinese president plans to visit France next month.")
    intents = [e for e in events if e["cameo_root"] == "03"]
    assert intents and intents[0]["modality"] == "asserted", events
    assert intents[0]["source_actor"].startswith("CHN") and intents[0]["target_actor"].startswith("FRA")
    assert not [e for e in events if e["cameo"] == "042"]


def test_agreed_to_cooperate_is_intent_to_cooperate(code_text):
    """'agreed to cooperate' codes an 03x event from the agreeing actor."""
    events = code_text("Iran agreed to cooperate with the International Atomic Energy Agency.")
    assert any(e["cameo_root"] == "03" and e["source_actor"].startswith("IRN") for e in events), events


def test_nominal_talks_between_two_states_are_reciprocal(code_text):
    """'talks between Israel and Egypt' gives a consult event in both directions."""
    events = code_text("Talks between Israel and Egypt on the Gaza crossing resumed in Cairo on Tuesday.")
    pairs = {(e["source_actor"][:3], e["target_actor"][:3]) for e in events if e["cameo_root"] == "04"}
    assert {("ISR", "EGY"), ("EGY", "ISR")} <= pairs, events


def test_possessive_visit_is_a_visit_to_the_host(code_text):
    """'Modi's visit to Washington' is India visiting the United States (042)."""
    events = code_text("Indian Prime Minister Narendra Modi's visit to Washington was welcomed by the White House.", "2023-06-22")
    assert any(e["cameo"] == "042" and e["source_actor"].startswith("IND") and e["target_actor"].startswith("USA")
               for e in events), events


def test_negated_event_is_flagged_not_asserted(code_text):
    """'did not attack' is reported with modality negated."""
    events = code_text("Pakistan did not attack Indian border posts, the army said.")
    assert events and all(e["modality"] == "negated" for e in events if e["quad_class"] == 4), events
    assert any(e["quad_class"] == 4 for e in events)


def test_conditional_event_is_hypothetical(code_text):
    """'could impose sanctions if' is hypothetical."""
    events = code_text("If the talks fail, Turkey could impose sanctions on Sweden.")
    coded = [e for e in events if e["cameo_root"] == "16" or e["cameo"] == "163"]
    assert coded and all(e["modality"] == "hypothetical" for e in coded), events


def test_historical_reference_is_flagged_with_its_year(code_text):
    """'signed a peace treaty in 1979' is historical and dated 1979."""
    events = code_text("Egypt and Israel signed a peace treaty in 1979.", "2021-03-10")
    signed = [e for e in events if e["cameo"] == "057"]
    assert signed and all(e["modality"] == "historical" and e["date"].startswith("1979") for e in signed), events


def test_plain_statement_gives_no_event(code_text):
    """A statement that reports no political act codes nothing."""
    assert code_text("The finance minister said the economy grew by three percent last year.") == []


def test_refusing_in_the_future_is_an_asserted_rejection(code_text):
    """'will not release' is a refusal (12x) that happened, not a negated release."""
    events = code_text("Russia will not release the detained sailors, the Kremlin said.")
    assert any(e["cameo_root"] == "12" and e["modality"] == "asserted" and e["source_actor"].startswith("RUS")
               for e in events), events


def test_negated_past_cooperation_stays_negated(code_text):
    """'did not meet' is a negated meeting, not a rejection."""
    events = code_text("Pakistan did not meet Indian officials on Monday.")
    assert events and all(e["modality"] == "negated" and e["cameo_root"] == "04" for e in events), events


def test_predicative_adjective_codes_a_comment(code_text):
    """'Germany remains opposed to the deal' codes a rejection by Germany."""
    events = code_text("Germany remains opposed to the deal.")
    assert any(e["source_actor"].startswith("DEU") and e["cameo_root"] == "12" for e in events), events


def test_appeal_is_addressed_to_whom_it_calls_on(code_text):
    """'called on Iran to release the journalists' is an appeal by Amnesty to Iran (025x)."""
    events = code_text("Amnesty International called on Iran to release the detained journalists.")
    assert any(e["cameo"].startswith("025") and e["target_actor"].startswith("IRN") for e in events), events
    assert all(e["plover"]["event"] == "REQUEST" for e in events if e["cameo_root"] == "02")


def test_event_noun_that_breaks_out_is_coded_without_a_named_actor(code_text):
    """'Clashes broke out between police and protesters' is a mutual fight, both directions."""
    events = code_text("Clashes broke out between police and protesters in Dhaka on Sunday.")
    pairs = {(e["actor"]["sector"], e["recipient"]["sector"]) for e in events if e["cameo_root"] in ("18", "19")}
    assert {("COP", "CVL"), ("CVL", "COP")} <= pairs, events


def test_nominal_strike_with_a_nationality_hits_its_target(code_text):
    """'Russian air strikes hit Idlib' is Russia attacking Syria from the air (195)."""
    events = code_text("Russian air strikes hit Idlib on Tuesday.")
    assert any(e["cameo"] == "195" and e["source_actor"].startswith("RUS") and e["target_actor"].startswith("SYR")
               for e in events), events


def test_reported_obligation_is_the_speakers_demand(code_text):
    """'Trump said North Korea must release the prisoners' is a US demand on North Korea (1053)."""
    events = code_text("President Trump said North Korea must release the American prisoners.", "2018-05-01")
    assert any(e["cameo"] == "1053" and e["source_actor"].startswith("USA") and e["target_actor"].startswith("PRK")
               and e["modality"] == "asserted" for e in events), events


def test_an_agent_noun_as_subject_is_an_actor_not_an_event(code_text):
    """'negotiators failed to reach a deal' codes no negotiation event for the word 'negotiators'."""
    events = code_text("British and EU negotiators have failed to reach a deal on the Irish border.")
    assert not [e for e in events if e["evidence"]["event_text"].lower().startswith("negotiator")], events


def test_a_court_finding_someone_guilty_is_a_conviction(code_text):
    """'The court found the former president guilty' is 116 (PLOVER SANCTION/convict) against him."""
    events = code_text("A Lima court found the former president guilty of corruption on Monday.")
    hits = [e for e in events if e["cameo"] == "116"]
    assert hits and hits[0]["actor"]["sector"] == "JUD" and hits[0]["plover"]["event"] == "SANCTION", events
    assert hits[0]["evidence"]["target_text"].endswith("president")


def test_pulling_out_of_talks_halts_negotiations(code_text):
    """'pulled out of the peace talks' is 164 (halt negotiations), read through 'out of'."""
    events = code_text("The rebels pulled out of the peace talks on Friday.")
    assert any(e["cameo"] == "164" for e in events), events


def test_an_ordered_expulsion_is_the_expulsion(code_text):
    """'ordered the expulsion of ten Dutch diplomats' codes the expulsion (161) by the orderer, to the Netherlands."""
    events = code_text("Russia's foreign ministry ordered the expulsion of ten Dutch diplomats on Monday.")
    assert any(e["cameo"] == "161" and e["source_actor"].startswith("RUS") and e["target_actor"].startswith("NLD")
               for e in events), events


def test_a_vow_about_ones_own_act_is_an_asserted_threat(code_text):
    """'North Korea vowed it would retaliate against South Korea' is an asserted 13x threat."""
    events = code_text("North Korea vowed it would retaliate against South Korea.")
    assert any(e["cameo_root"] == "13" and e["modality"] == "asserted" and e["target_actor"].startswith("KOR")
               for e in events), events


def test_ready_to_is_an_intent(code_text):
    """'Iran is ready to resume talks with the United States' is an intent to negotiate (036)."""
    events = code_text("Iran is ready to resume talks with the United States, its foreign minister said.")
    assert any(e["cameo"] == "036" and e["source_actor"].startswith("IRN") and e["target_actor"].startswith("USA")
               for e in events), events


def test_passive_with_two_objects_keeps_the_recipient(code_text):
    """'The refugees were granted asylum by Germany': Germany gives asylum (075) to the refugees."""
    events = code_text("The refugees were granted asylum by Germany on Friday.")
    assert any(e["cameo"] == "075" and e["source_actor"].startswith("DEU") and e["recipient"]["sector"] == "REF"
               for e in events), events


def test_ordering_ones_own_troops_is_the_act_but_ordering_a_state_is_a_demand(code_text):
    """'ordered troops to attack' is the attack (19x); 'ordered Israel to release' is a demand (10x)."""
    own = code_text("The president ordered troops to attack the rebel positions.")
    assert any(e["cameo_root"] == "19" and e["actor"]["sector"] == "GOV" for e in own), own
    other = code_text("The UN Security Council ordered Israel to release the prisoners.")
    assert any(e["cameo_root"] == "10" and e["target_actor"].startswith("ISR") for e in other), other


def test_a_threat_is_coded_even_when_its_content_is_not_in_the_lexicon(code_text):
    """'threatened to withdraw from the United Nations' is at least a generic threat (130)."""
    events = code_text("Saint Vincent threatened on Friday to withdraw from the United Nations.")
    assert any(e["cameo_root"] == "13" and e["modality"] == "asserted" for e in events), events


def test_a_plan_with_no_political_content_codes_nothing(code_text):
    """'plans to build a new factory' is no intent to cooperate with anyone."""
    assert code_text("The company plans to build a new factory in Ohio.") == []


def test_will_sign_is_an_asserted_intent_not_a_future_signing(code_text):
    """'Iran will sign an agreement with Russia' is an asserted 03x intent (PLOVER AGREE)."""
    events = code_text("Iran will sign an agreement with Russia, the foreign ministry said.")
    assert any(e["cameo_root"] == "03" and e["modality"] == "asserted" and e["plover"]["event"] == "AGREE"
               and e["target_actor"].startswith("RUS") for e in events), events
    assert not [e for e in events if e["cameo"] == "057"]


def test_announced_own_conflictual_act_is_a_threat(code_text):
    """'Iran said it would cut diplomatic ties with Bahrain' is a threat to cut relations (1313)."""
    events = code_text("Iran said it would cut diplomatic ties with Bahrain.")
    assert any(e["cameo"] == "1313" and e["modality"] == "asserted" and e["target_actor"].startswith("BHR")
               for e in events), events


def test_a_threatened_act_is_not_also_coded_as_happening(code_text):
    """'threatened to cut aid to Egypt' codes the threat only, not an aid delivery."""
    events = code_text("The United States threatened to cut military aid to Egypt.")
    assert any(e["cameo_root"] == "13" for e in events), events
    assert not [e for e in events if e["cameo_root"] == "07" and e["modality"] == "asserted"], events


def test_a_frame_noun_with_an_infinitive_codes_the_frame(code_text):
    """'Japan made a pledge to send humanitarian aid to Syria' is an intent to give aid (033x)."""
    events = code_text("Japan made a pledge to send humanitarian aid to Syria.")
    assert any(e["cameo"].startswith("033") and e["source_actor"].startswith("JPN") and e["target_actor"].startswith("SYR")
               for e in events), events
    threat = code_text("Iran's threat to close the Strait of Hormuz alarmed shipping companies.")
    assert any(e["cameo_root"] == "13" and e["source_actor"].startswith("IRN") for e in threat), threat


def test_a_conjoined_act_under_a_frame_is_not_asserted(code_text):
    """'Russia agreed to meet and negotiate with Ukraine': no asserted negotiation is coded."""
    events = code_text("Russia agreed to meet and negotiate with Ukraine.")
    assert any(e["cameo_root"] == "03" for e in events), events
    assert not [e for e in events if e["cameo"] == "046" and e["modality"] == "asserted"], events


def test_conditional_own_attack_is_an_asserted_threat(code_text):
    """'will resume attacks if the talks collapse': PLOVER codes THREATEN, not ASSAULT + hypothetical."""
    events = code_text("The Taliban will resume attacks on Afghan forces if the talks collapse, a spokesman said.")
    threats = [e for e in events if e["plover"]["event"] == "THREATEN"]
    assert threats and threats[0]["modality"] == "asserted", events
    assert threats[0]["cameo"].startswith("13")
    assert not any(e["plover"]["event"] == "ASSAULT" for e in events), events


def test_actor_saying_it_may_act_against_someone_is_threatening(code_text):
    """'the junta said it may ban the party' is a threat by the junta (132x), asserted."""
    events = code_text("Myanmar's junta said on Friday it may ban the National League for Democracy.")
    threats = [e for e in events if e["cameo"].startswith("132")]
    assert threats and threats[0]["modality"] == "asserted", events
    assert threats[0]["source_actor"].startswith("MMR")


def test_negated_conditional_is_not_a_threat(code_text):
    """'will not resume attacks if ...' promises restraint: no threat is coded."""
    events = code_text("The rebels will not resume attacks if the government keeps its word.")
    assert not any(e["plover"]["event"] == "THREATEN" for e in events), events


def test_event_noun_under_a_light_verb_needs_no_recipient(code_text):
    """'police made dozens of arrests' is an arrest event even with no 'of' phrase naming the arrested."""
    events = code_text("Kenyan police made dozens of arrests in Nairobi on Tuesday.")
    assert any(e["cameo"] == "173" and e["source_actor"].startswith("KEN") for e in events), events


def test_a_deadline_after_by_is_not_the_agent(code_text):
    """'unless a deal is reached by midnight': midnight is a time, not who reaches the deal."""
    events = code_text("Nurses said they would strike unless a deal is reached by midnight.")
    assert not any(e["evidence"]["source_text"] == "midnight" for e in events), events


def test_agentless_passive_is_an_event_with_unnamed_actor(code_text):
    """'The curfew in Yangon was lifted on Monday' reports a concession whose actor is not named."""
    events = code_text("The curfew in Yangon was lifted on Monday.")
    lifted = [e for e in events if e["cameo"].startswith("081")]
    assert lifted and lifted[0]["source_actor"] == "" and lifted[0]["modality"] == "asserted", events



def test_warning_about_own_unlisted_act_is_a_threat(code_text):
    """'warned that it will wipe out its critics': a threat even when the act is not in the lexicon."""
    events = code_text("The militia warned on Saturday that it will wipe out its critics.")
    assert any(e["cameo"].startswith("13") and e["modality"] == "asserted" for e in events), events


def test_negated_condition_stays_hypothetical(code_text):
    """'if the president fails to step down' is a condition, not a refusal that happened."""
    events = code_text("The rebels will keep fighting if the president fails to step down.")
    assert not any(e["cameo_root"] == "12" and e["modality"] == "asserted" for e in events), events


def test_order_to_own_troops_with_unlisted_act_is_a_deployment(code_text):
    """'ordered troops to keep watch over the stadium' mobilises forces (15x), not a demand (100)."""
    events = code_text("The Italian prime minister ordered troops to keep watch over the Colosseum.")
    assert any(e["cameo_root"] == "15" and e["plover"]["event"] == "MOBILIZE" for e in events), events


def test_wanting_aloud_to_thank_is_thanking(code_text):
    """'"I wish to thank Kenya," the president said' is praise (051), not a promise of it (032)."""
    events = code_text('"I wish to thank the people of Kenya for their help," the Tanzanian president said.')
    assert any(e["cameo"] == "051" and e["modality"] == "asserted" for e in events), events
    assert not any(e["cameo"] == "032" for e in events), events


def test_would_like_to_visit_is_an_asserted_intent(code_text):
    """'would like to visit' states a wish now: an asserted intent to meet (036), not a hypothetical."""
    events = code_text("Russia would like to visit India next year, the Russian foreign minister said.")
    assert any(e["cameo"] == "036" and e["modality"] == "asserted" for e in events), events


def test_receiving_verbs_make_the_subject_the_recipient(code_text):
    """'Kenya received military aid from Britain': Britain gives (source), Kenya receives (target)."""
    events = code_text("Kenya received military aid from Britain last year.")
    assert any(e["source_actor"].startswith("GBR") and e["target_actor"].startswith("KEN")
               and e["plover"]["event"] == "AID" for e in events), events


def test_came_under_attack_by_names_the_attacker(code_text):
    """'the convoy came under attack by Houthi rebels' codes the rebels attacking."""
    events = code_text("A Saudi convoy came under attack by Houthi rebels near the border.")
    assert any(e["plover"]["event"] == "ASSAULT" and e["evidence"]["source_text"].endswith("rebels")
               for e in events), events


def test_criticism_of_x_from_y(code_text):
    """'criticism of the government from Washington': X is criticised (target), Y criticises (source)."""
    events = code_text("The bill drew fresh criticism of the Hungarian government from Washington.")
    assert any(e["cameo_root"] == "11" and e["source_actor"].startswith("USA")
               and e["target_actor"].startswith("HUN") for e in events), events


def test_circumstance_event_does_not_inherit_the_clause_negation(code_text):
    """'has not acted despite criticism of the government': the criticism happened; only the acting did not."""
    events = code_text("Nicaragua has not acted, despite severe criticism of its government from the United States.")
    criticism = [e for e in events if e["cameo_root"] == "11"]
    assert criticism and criticism[0]["modality"] == "asserted", events


def test_possessed_event_noun_as_subject_is_an_event(code_text):
    """'The American troops' withdrawal comes after ...' reports a withdrawal by the troops."""
    events = code_text("The American troops' withdrawal from Kandahar comes after weeks of talks.")
    assert any(e["plover"]["event"] == "RETREAT" and e["source_actor"].startswith("USA") for e in events), events


def test_passive_with_an_event_as_agent_reports_that_event(code_text):
    """'Kyiv was hit by Russian air strikes': the strikes are the event, by Russia, against Kyiv."""
    events = code_text("Kyiv was hit by Russian air strikes overnight.")
    assert any(e["plover"]["event"] == "ASSAULT" and e["source_actor"].startswith("RUS")
               and e["target_actor"].startswith("UKR") for e in events), events
    cyber = code_text("The state news agency's website was hit by a cyber attack on Monday.")
    assert any(e["plover"]["event"] == "COERCE" for e in cyber), cyber


def test_an_end_to_a_conflictual_act_is_a_concession(code_text):
    """'announced an end to the strike' is easing dissent (082, CONCEDE)."""
    events = code_text("The Kenyan teachers' union announced an end to the strike on Friday.")
    assert any(e["cameo"] == "082" and e["plover"]["event"] == "CONCEDE" for e in events), events


def test_ceasefire_taking_effect_is_carried_out(code_text):
    """'the ceasefire took effect': PLOVER RETREAT/ceasefire (observed), not a declared CONCEDE."""
    events = code_text("A ceasefire between Armenia and Azerbaijan took effect at midnight.")
    assert any(e["plover"]["event"] == "RETREAT" and e["plover"]["mode"] == "ceasefire" for e in events), events


def test_came_to_power_is_not_a_visit(code_text):
    """'came to power', 'came to an end' are not visits; 'came to Tehran' is."""
    assert not any(e["cameo"] == "042" for e in code_text("The junta came to power in a coup in 2021."))
    assert any(e["cameo"] == "042" for e in code_text("Putin came to Tehran on Monday."))


def test_generic_code_of_another_root_is_kept(code_text):
    """'made concessions to X to avoid the expulsion': the concession (080) stands beside the expulsion."""
    events = code_text("The Thai government made concessions to the students to avoid their expulsion.")
    assert any(e["cameo"] == "080" for e in events), events


def test_threatened_deployment_is_a_threat_of_force(code_text):
    """'threatened to send troops into Kosovo' is a threat (138), not a deployment that happened."""
    events = code_text("Serbia threatened to send troops into Kosovo.")
    assert any(e["cameo"] == "138" and e["plover"]["event"] == "THREATEN" for e in events), events
    assert not any(e["plover"]["event"] == "MOBILIZE" for e in events), events


def test_frame_over_an_act_without_its_recipient_phrase(code_text):
    """'ready to use force' is a threat even though 'use force' usually names whom (against/on)."""
    events = code_text("The Burmese junta said it was ready to use force.")
    assert any(e["cameo_root"] == "13" for e in events), events


def test_content_of_a_threat_noun_did_not_happen(code_text):
    """'issued a threat of retaliation against Lithuania': a threat, not an asserted attack."""
    events = code_text("Russia issued a threat of retaliation against Lithuania.")
    assert any(e["plover"]["event"] == "THREATEN" for e in events), events
    assert not any(e["plover"]["event"] == "ASSAULT" for e in events), events
    worried = code_text("The threat of sanctions against Iran worried investors in Tehran.")
    assert not any(e["plover"]["event"] == "SANCTION" for e in worried), worried


def test_a_protest_for_a_demand_is_one_protest_event(code_text):
    """'took to the streets to demand higher wages', 'marched, demanding elections': CAMEO codes the
    protest (its subcode names the demand); the demand is not a second event.  A demand made
    outright still codes 10x."""
    events = code_text("Thousands of Kenyan teachers took to the streets to demand higher wages.")
    marched = code_text("Protesters marched through central Tbilisi for a second night, demanding fresh elections.")
    assert [e["cameo_root"] for e in events] == ["14"] and events[0]["evidence"]["source_text"].endswith("teachers")
    assert [e["cameo_root"] for e in marched] == ["14"], marched
    assert [e["cameo"] for e in code_text("The opposition demanded the president's resignation.")] == ["1041"]


def test_purpose_clause_attack_stays_intended(code_text):
    """'sent troops to attack the rebels': the attack is intended (the sender's, through its troops)."""
    events = code_text("The army sent troops to attack the rebels.")
    attacks = [e for e in events if e["cameo_root"] == "19"]
    assert all(e["modality"] == "hypothetical" for e in attacks), events


def test_weighing_a_coercive_act_against_someone_is_a_threat(code_text):
    """'the EU is considering sanctions against Belarus', 'raised the possibility of suspending talks'."""
    events = code_text("The European Union is considering sanctions against Belarus.")
    assert any(e["cameo"] == "1312" and e["target_actor"].startswith("BLR") for e in events), events
    raised = code_text("Russia raised the possibility of suspending talks with Ukraine.")
    assert any(e["cameo"] == "134" and e["source_actor"].startswith("RUS") for e in raised), raised


def test_weighing_a_proposal_is_considering_a_policy_option(code_text):
    """'the cabinet is considering the proposal' stays CAMEO 014 (no PLOVER event)."""
    events = code_text("The Kenyan cabinet is considering the proposal.")
    assert any(e["cameo"] == "014" for e in events), events


def test_present_tense_report_of_own_would(code_text):
    """'a militia says it would cut ties with X' announces a threat (1313)."""
    events = code_text("An Islamist militia in Syria says it would cut ties with the Free Syrian Army.")
    assert any(e["cameo"] == "1313" for e in events), events


def test_a_decision_to_act_is_the_act_as_with_the_verb(code_text):
    """'Iran's decision to expel the diplomats' codes the expulsion (161), like 'Iran decided to expel'."""
    noun = code_text("Iran's decision to expel the British diplomats angered London.")
    verb = code_text("Iran decided to expel the British diplomats.")
    assert any(e["cameo"] == "161" and e["source_actor"].startswith("IRN") for e in noun), noun
    assert any(e["cameo"] == "161" and e["source_actor"].startswith("IRN") for e in verb), verb
    assert code_text("Iran's decision to paint the house surprised Europe.") == []


def test_reduced_passive_relative_is_coded(code_text):
    """'the diplomats expelled by Russia left Moscow': Russia expelled the diplomats."""
    events = code_text("The Dutch diplomats expelled by Russia left Moscow on Friday.")
    assert any(e["cameo"] == "161" and e["source_actor"].startswith("RUS")
               and e["target_actor"].startswith("NLD") for e in events), events


def test_a_place_the_act_is_aimed_at_is_the_target(code_text):
    """'fired missiles at Riyadh': Riyadh is the target; 'demonstrated in Dhaka': Dhaka is only where."""
    fired = code_text("Houthi rebels fired missiles at Riyadh.")
    assert any(e["target_actor"].startswith("SAU") for e in fired), fired
    marched = code_text("Protesters demonstrated in Dhaka.")
    assert all(not e["target_actor"].startswith("BGD") for e in marched), marched


def test_troops_on_the_move_are_mobilising(code_text):
    """'Russian troops massed near the border', 'riot police poured into the square' (154/153)."""
    massed = code_text("Russian troops massed near the Ukrainian border.")
    assert any(e["cameo"] == "154" and e["source_actor"].startswith("RUS") for e in massed), massed
    police = code_text("Riot police poured into Tahrir Square on Friday.")
    assert any(e["cameo"] == "153" for e in police), police
    assert not any(e["cameo_root"] == "15" for e in code_text("The minister moved to a new office."))


def test_arriving_in_a_capital_is_a_visit(code_text):
    """'The Iranian defence minister arrived in Moscow' is a visit to Russia (042)."""
    events = code_text("The Iranian defence minister arrived in Moscow on Tuesday.")
    assert any(e["cameo"] == "042" and e["source_actor"].startswith("IRN")
               and e["target_actor"].startswith("RUS") for e in events), events


def test_acting_together_is_cooperation(code_text):
    """'Kenya and Uganda are working together on border security' is mutual cooperation (060)."""
    events = code_text("Kenya and Uganda are working together on border security.")
    assert {(e["source_actor"], e["target_actor"]) for e in events if e["cameo"] == "060"} >= {("KEN", "UGA"), ("UGA", "KEN")}
    future = code_text("France and Germany will jointly develop a new fighter jet.")
    assert any(e["plover"]["event"] == "AGREE" for e in future), future


def test_demand_with_a_penalty_is_an_ultimatum(code_text):
    """'ordered the activists to leave or face arrest' is an ultimatum (139, THREATEN), asserted."""
    events = code_text("Serbian police ordered the activists to leave the stadium or face arrest.")
    ultimatums = [e for e in events if e["cameo"] == "139"]
    assert ultimatums and ultimatums[0]["plover"]["event"] == "THREATEN" and ultimatums[0]["modality"] == "asserted"
    plain = code_text("Serbian police ordered the activists to leave the stadium.")
    assert not any(e["cameo"] == "139" for e in plain), plain


def test_telling_an_audience_is_not_a_demand(code_text):
    """'..., the minister told a news conference' reports; it demands nothing (no 10x)."""
    events = code_text("Fiji will review its policy, the foreign minister told a news conference on Sunday.")
    assert not any(e["cameo_root"] == "10" for e in events), events
    told = code_text("Trump told Iran to stop enriching uranium.")
    assert any(e["cameo_root"] == "10" and e["target_actor"].startswith("IRN") for e in told), told


def test_generic_head_takes_its_compounds_event(code_text):
    """'launched a protest campaign', 'announced strike action': the compound names the act."""
    events = code_text("The Thai opposition launched a protest campaign on Monday.")
    assert any(e["cameo_root"] == "14" for e in events), events


def test_owner_of_the_object_is_the_recipient(code_text):
    """'The government met the strikers' demands': the concession is made to the strikers."""
    events = code_text("The Kenyan government met the striking nurses' demands.")
    assert any(e["plover"]["event"] == "CONCEDE" and e["evidence"]["target_text"].endswith("nurses")
               for e in events), events


def test_act_under_a_frame_noun_without_owner_is_not_asserted(code_text):
    """'The agreement to release the prisoners was signed': the release is agreed, not done."""
    events = code_text("The agreement to release the Afghan prisoners was signed on Monday.")
    assert not any(e["cameo"].startswith("084") and e["modality"] == "asserted" for e in events), events
    moved = code_text("Iran's move to expel the British diplomats angered London.")
    assert any(e["cameo"] == "161" for e in moved), moved


def test_litotes_state_the_act(code_text):
    """'would not hesitate to use force', 'did not rule out sending troops': asserted threats, not negations."""
    events = code_text("The army would not hesitate to use force against the rebels.")
    assert any(e["cameo_root"] == "13" and e["modality"] == "asserted" for e in events), events
    ruled = code_text("Washington did not rule out sending troops to Haiti.")
    assert any(e["cameo"] == "138" and e["modality"] == "asserted" for e in ruled), ruled


def test_announced_passive_measure_belongs_to_the_announcer(code_text):
    """'The government announced that the curfew will be lifted': the government promises to yield."""
    events = code_text("The Sri Lankan government announced that the curfew will be lifted.")
    assert any(e["plover"]["event"] == "CONCEDE" and e["source_actor"].startswith("LKA") for e in events), events
    past = code_text("Analysts said the curfew was lifted.")
    assert all(e["source_actor"] == "" for e in past), past


def test_pledged_restraint_is_a_concession(code_text):
    """'Israel will not attack Iran' pledges restraint (035x, CONCEDE); 'did not attack' stays negated."""
    pledge = code_text("Israel will not attack Iran, the defence minister said.")
    assert any(e["cameo"] == "0356" and e["plover"]["event"] == "CONCEDE" and e["modality"] == "asserted"
               for e in pledge), pledge
    past = code_text("Israel did not attack Iran.")
    assert all(e["modality"] == "negated" for e in past if e["cameo_root"] == "19"), past
    police = code_text("The mayor declared that the police would not beat protesters.")
    assert not any(e["plover"]["event"] == "THREATEN" for e in police), police


def test_on_strike_names_what_the_subject_is_doing(code_text):
    """'Miners have been on strike for three weeks', 'arrested while on hunger strike' are protests by them."""
    miners = code_text("Chilean miners have been on strike for three weeks.")
    assert any(e["cameo"] == "143" and e["evidence"]["source_text"].endswith("miners") for e in miners), miners
    hunger = code_text("The activist, arrested while on hunger strike, was freed on Friday.")
    assert any(e["cameo"].startswith("142") for e in hunger), hunger


def test_taking_part_in_an_event(code_text):
    """'Thousands took part in the protest in Minsk' is a protest by them."""
    events = code_text("Thousands of Belarusians took part in the protest in Minsk.")
    assert any(e["cameo_root"] == "14" for e in events), events


def test_an_order_to_leave_is_an_expulsion(code_text):
    """'Moscow ordered four British diplomats to leave the country' expels them (161, SANCTION)."""
    events = code_text("Moscow ordered four British diplomats to leave the country.")
    assert any(e["cameo"] == "161" and e["target_actor"].startswith("GBR") for e in events), events
    square = code_text("Police ordered the protesters to leave the square.")
    assert not any(e["cameo"] in ("161", "174") for e in square), square


def test_attack_by_hackers_is_a_cyber_attack(code_text):
    """'Russian hackers targeted the Ukrainian power grid' is COERCE/cyber (170), not ASSAULT."""
    events = code_text("Russian hackers targeted the Ukrainian power grid.")
    assert any(e["cameo"] == "170" and e["source_actor"].startswith("RUS") for e in events), events
    assert not any(e["plover"]["event"] == "ASSAULT" for e in events), events


def test_sent_in_the_army_is_a_deployment(code_text):
    """'sent in the army' (particle parsed as preposition) and 'soldiers fanned out' mobilise forces."""
    events = code_text("The Kenyan government sent in the army to restore order.")
    assert any(e["cameo_root"] == "15" for e in events), events
    assert code_text("He sent in his application.") == []


def test_under_attack_makes_the_subject_the_target(code_text):
    """'Kharkiv is under attack from Russian forces': Russia attacks (source), Kharkiv is attacked."""
    events = code_text("The city of Kharkiv is under attack from Russian forces.")
    assert any(e["plover"]["event"] == "ASSAULT" and e["source_actor"].startswith("RUS")
               and e["evidence"]["target_text"].startswith("The city") for e in events), events
    assert not any(e["source_actor"].startswith("UKR") for e in code_text("Ukraine is under cyber attack."))


def test_an_exercise_staged_by_two_countries_forces_is_a_joint_exercise(code_text):
    """'Russian and Chinese troops held a live-fire exercise': cooperation (062) both ways, while
    one country's exercise stays a show of force (150) and two countries' missile tests stay apart."""
    joint = code_text("Russian and Chinese troops held a live-fire exercise near the border on Monday.")
    single = code_text("Russian troops held a live-fire exercise near the border on Monday.")
    tests = code_text("India and Pakistan tested missiles on Monday.")
    assert {("RUSMIL", "06", "CHNMIL"), ("CHNMIL", "06", "RUSMIL")} <= triples(joint), joint
    assert {e["cameo"] for e in single} == {"150"}, single
    assert all(e["cameo"] == "150" for e in tests), tests


def test_a_hedged_consideration_of_force_is_an_asserted_threat(code_text):
    """'Chile would consider seizing the islands' makes a threat now; an if-clause keeps it hypothetical."""
    hedged = code_text("Chile would consider seizing the disputed islands.")
    conditional = code_text("If the talks fail, Chile would consider seizing the disputed islands.")
    assert any(e["cameo_root"] == "13" and e["modality"] == "asserted" for e in hedged), hedged
    assert all(e["modality"] != "asserted" for e in conditional if e["cameo_root"] == "13"), conditional


def test_restrictions_on_another_countrys_people_are_international_sanctions(code_text):
    """'The US imposed visa restrictions on Iranian officials' is 163 (SANCTION); restrictions on a
    government's own people stay administrative sanctions (172, COERCE)."""
    foreign = code_text("The United States imposed visa restrictions on Iranian officials on Monday.")
    domestic = code_text("Iran imposed travel restrictions on Iranian journalists on Monday.")
    assert any(e["cameo"] == "163" and e["plover"]["event"] == "SANCTION" for e in foreign), foreign
    assert any(e["cameo"] == "172" for e in domestic) and not any(e["cameo"] == "163" for e in domestic), domestic



def test_a_planned_or_proposed_act_is_its_owners_intent_or_threat_not_an_act(code_text):
    """'Putin's planned visit' is an intent to meet (036); 'Russia's proposed ban on opposition
    parties' a threat (13x); 'a possible attack' is nobody's act.  None is asserted as done."""
    visit = code_text("Putin's planned visit to India was postponed.")
    ban = code_text("Russia's proposed ban on opposition parties drew criticism.")
    possible = code_text("A possible attack on Kyiv worried officials.")
    assert "036" in {e["cameo"] for e in visit} and "042" not in {e["cameo"] for e in visit}, visit
    assert any(e["cameo_root"] == "13" and e["source_actor"].startswith("RUS") for e in ban), ban
    assert not any(e["cameo_root"] == "17" for e in ban), ban
    assert not any(e["cameo_root"] in ("18", "19") for e in possible), possible


def test_a_promise_to_enlarge_an_act_is_a_promise_of_that_act(code_text):
    """'vowed to increase cooperation with Qatar' is an intent to cooperate (03x, AGREE), not
    cooperation that happened; 'agreed on a ceasefire' a promised ceasefire (0356, CONCEDE)."""
    vow = code_text("Oman vowed on Sunday to increase cooperation with Qatar.")
    ceasefire = code_text("The army agreed on a ceasefire with the rebels.")
    assert any(e["cameo_root"] == "03" and e["plover"]["event"] == "AGREE" for e in vow), vow
    assert not any(e["cameo_root"] == "06" and e["modality"] == "asserted" for e in vow), vow
    assert any(e["cameo"] == "0356" and e["plover"]["event"] == "CONCEDE" for e in ceasefire), ceasefire


def test_an_adjective_names_the_kind_of_a_collective_object(code_text):
    """'formed a paramilitary group' mobilises a militia (154) as 'formed a militia' does; a
    working group is no armed group."""
    armed = code_text("Nationalists have formed a paramilitary group in the north.")
    working = code_text("The ministry formed a working group on migration.")
    assert any(e["cameo"] == "154" for e in armed), armed
    assert not any(e["cameo"] == "154" for e in working), working


def test_the_two_countries_are_the_last_two_parties_named(code_text):
    """'the two countries', 'the two leaders' refer back to the last two parties named, so the
    act between them is coded both ways with their codes."""
    trade = code_text("Guyana and Guinea forged closer ties in May. Trade talks between the two countries "
                      "began on Friday.")
    leaders = code_text("Putin met Erdogan in Sochi on Monday. The two leaders signed a gas deal.")
    assert {("GUY", "04", "GIN"), ("GIN", "04", "GUY")} <= triples(trade), trade
    assert {("RUSGOV", "05", "TURGOV"), ("TURGOV", "05", "RUSGOV")} <= triples(leaders), leaders


def test_chained_pair_references_resolve_without_looping(code_text):
    """Several 'the two countries' in a row each look back only, and all resolve to the same pair."""
    events = code_text("Chile and Peru held talks on Monday. The two countries agreed to expand trade. "
                       "The two nations also signed a trade deal. Both countries praised the outcome.")
    assert {("CHL", "05", "PER"), ("PER", "05", "CHL")} <= triples(events), events


def test_a_pull_out_by_an_organisation_or_company_is_a_withdrawal_not_a_retreat(code_text):
    """'Oxfam pulled out of Somalia', 'Shell withdrew from Russia' are 166 (SANCTION/withdraw);
    'the rebels withdrew from Mosul' stays a military retreat (0874, RETREAT)."""
    ngo = code_text("Oxfam pulled out of Somalia on Monday.")
    company = code_text("Shell withdrew from Russia in March.")
    rebels = code_text("The rebels withdrew from Mosul on Monday.")
    assert {e["plover"]["event"] for e in ngo} == {"SANCTION"}, ngo
    assert {e["plover"]["event"] for e in company} == {"SANCTION"}, company
    assert {e["plover"]["event"] for e in rebels} == {"RETREAT"}, rebels


def test_blocking_by_police_is_a_restriction_and_by_protesters_a_protest(code_text):
    """PLOVER PROTEST is civilian: 'police blocked the road' is COERCE (172), 'protesters blocked
    the road' PROTEST (144)."""
    police = code_text("Police blocked the road to parliament on Monday.")
    protesters = code_text("Protesters blocked the road to parliament on Monday.")
    assert {e["plover"]["event"] for e in police} == {"COERCE"}, police
    assert {e["plover"]["event"] for e in protesters} == {"PROTEST"}, protesters


def test_force_by_security_forces_on_protesters_is_repression(code_text):
    """'security forces killed eight protesters' is violent repression (175); killing rebels is force (190)."""
    assert {e["cameo"] for e in code_text("Security forces killed eight protesters in Aungban on Sunday.")} == {"175"}
    assert {e["cameo"] for e in code_text("Soldiers killed five rebels near the border on Friday.")} == {"190"}


def test_a_transcripts_speaker_label_is_not_a_subject(code_text):
    """'VOA: Putin visited China on Monday' in an interview transcript: Putin visited, not VOA."""
    events = code_text("VOA: Russia's President Vladimir Putin visited China on Monday.")
    assert {(e["source_actor"], e["cameo"]) for e in events} == {("RUSGOV", "042")}, events


def test_a_speaker_label_after_the_previous_answer_is_not_a_subject(code_text):
    """Mid-transcript the label follows the last answer's sentence, and the parser may hang the real
    subject on the label as its apposition: the apposition is the subject."""
    events = code_text("Many young people want to serve their country. "
                       "VOA: Russia's President Vladimir Putin recently visited China after he began a fifth term.")
    visits = [e for e in events if e["cameo"] == "042"]
    assert visits and {e["source_actor"] for e in visits} == {"RUSGOV"}, events


def test_a_coercive_act_announced_for_the_future_is_a_threat(code_text):
    """'The EU will impose new sanctions on Russia' threatens sanctions now (131x, THREATEN); a
    pledge not to attack is restraint (035x), not a threat."""
    sanctions = code_text("The EU will impose new sanctions on Russia.")
    restraint = code_text("Iran will not attack its neighbours.")
    assert any(e["cameo_root"] == "13" and e["modality"] == "asserted" and e["target_actor"] == "RUS"
               for e in sanctions), sanctions
    assert not any(e["cameo_root"] == "13" for e in restraint), restraint


def test_acts_conjoined_under_a_frame_share_the_frame(code_text):
    """'agreed to stop fighting and hand over their weapons': both are promised (CONCEDE), and the
    handing over is neither negated by "stop" nor asserted as done; 'threatened to close the strait
    and attack ships' threatens both acts."""
    promise = code_text("The rebels agreed to stop fighting and hand over their weapons.")
    threat = code_text("Iran threatened to close the strait and attack American ships.")
    hand = [e for e in promise if e["evidence"]["event_text"] == "hand"]
    assert hand and all(e["modality"] == "asserted" and e["plover"]["event"] == "CONCEDE" for e in hand), promise
    assert len({e["cameo"] for e in threat if e["cameo_root"] == "13"}) == 2, threat


def test_who_is_allowed_to_act_decides_the_concession(code_text):
    """'allowed observers to monitor the vote' is 0862 (RETREAT/access) by the allower; letting
    refugees return is 0833; 'will not allow inspectors' refuses it (12x); 'won't allow Kim to
    visit' is the host refusing the visit, not Kim visiting."""
    observers = code_text("The authorities allowed international observers to monitor the vote.")
    refugees = code_text("The government allowed refugees to return to their homes.")
    refused = code_text("Ghana will not allow North Korea's leader to visit Accra.")
    assert any(e["cameo"] == "0862" and e["plover"]["event"] == "RETREAT" for e in observers), observers
    assert any(e["cameo"] == "0833" for e in refugees), refugees
    assert any(e["source_actor"] == "GHA" and e["cameo_root"] == "12" and e["modality"] == "asserted"
               for e in refused), refused
    assert not any(e["cameo_root"] == "04" and e["modality"] == "asserted" for e in refused), refused


def test_calling_something_a_success_or_a_mistake_evaluates_it(code_text):
    """'called the agreement a significant step' praises (051) and 'called the sanctions a mistake'
    criticises (111); neither is an appeal.  'called a ceasefire' declares one; 'called for talks'
    stays an appeal."""
    praise = code_text("Afghanistan's foreign ministry called the agreement a significant step.")
    criticism = code_text("Russia called the US sanctions a mistake.")
    declared = code_text("The rebels called a ceasefire on Monday.")
    appeal = code_text("The UN called for talks between the two sides.")
    assert "051" in {e["cameo"] for e in praise} and not any(e["cameo_root"] == "02" for e in praise), praise
    assert any(e["cameo"] == "111" and e["source_actor"] == "RUS" for e in criticism), criticism
    assert "0871" in {e["cameo"] for e in declared}, declared
    assert any(e["cameo_root"] == "02" for e in appeal), appeal


def test_talks_that_open_and_inquiries_underway_took_place(code_text):
    """'Talks between Chile and Peru opened in Lima' and 'an investigation by Kenyan police is
    underway' assert the talks (046) and the investigation (090)."""
    talks = code_text("Talks between Chile and Peru opened in Lima on Wednesday.")
    probe = code_text("An investigation by Kenyan police into the shooting is underway.")
    assert {("CHL", "04", "PER"), ("PER", "04", "CHL")} <= triples(talks), talks
    assert any(e["cameo"] == "090" and e["source_actor"] == "KENCOP" for e in probe), probe


def test_members_of_and_provision_of_carry_the_meaning_of_their_of_phrase(code_text):
    """'deployed members of its militia' deploys forces (154); 'declined the provision of
    humanitarian assistance' refuses aid (122)."""
    assert "154" in {e["cameo"] for e in code_text("The government deployed members of its militia to the border.")}
    assert "122" in {e["cameo"] for e in code_text("Syria declined the provision of humanitarian assistance.")}


def test_raising_the_possibility_that_an_act_could_happen_threatens_it(code_text):
    """'raised the possibility that opposition parties could be banned' is a threat (132; 1322 when the
    ban is read as one on parties) by the one who raised it, not a hypothetical ban."""
    events = code_text("The president of Chad raised the possibility that opposition parties could be banned.")
    assert any(e["cameo"] in ("132", "1322") and e["source_actor"] == "TCDGOV" and e["modality"] == "asserted"
               for e in events), events


def test_a_ceasefire_observed_is_carried_out_and_a_declared_one_conceded(code_text):
    """'observed the ceasefire' is RETREAT/ceasefire (the manual: observing a ceasefire); 'declared a
    ceasefire' is announced, CONCEDE with no mode."""
    observed = code_text("Both sides observed the ceasefire on Monday.")
    declared = code_text("The rebels declared a ceasefire on Monday.")
    assert any(e["plover"] == {"event": "RETREAT", "mode": "ceasefire", "context": e["plover"]["context"]}
               for e in observed), observed
    assert any(e["plover"]["event"] == "CONCEDE" and e["plover"]["mode"] == "" for e in declared), declared


def test_taking_part_in_an_act_makes_the_subject_its_actor(code_text):
    """'Rebels engaged in clashes with the army' (190 by the rebels), 'workers participated in the
    strike' (143 by the workers, not a meeting), as 'took part in' always did."""
    clashes = code_text("Rebels engaged in clashes with the army near Goma.")
    strike = code_text("Thousands of workers participated in the strike.")
    assert any(e["source_actor"].endswith("REB") and e["cameo_root"] == "19" for e in clashes), clashes
    assert {e["cameo"] for e in strike} == {"143"}, strike


def test_a_conflictual_act_that_stops_by_itself_is_de_escalation_not_the_act(code_text):
    """'hostilities stopped in Yemen' is de-escalation (087), not a stopover visit (042); 'the
    fighting between the army and the rebels ended' is 087 between them, not fighting (190); a
    president stopping in Islamabad still visits."""
    stopped = code_text("Hostilities temporarily stopped in Yemen as talks began in Geneva.")
    ended = code_text("The fighting between the army and the rebels ended on Sunday.")
    visit = code_text("The Kenyan president stopped in Islamabad on his way to Beijing.")
    assert "087" in {e["cameo"] for e in stopped} and not {"042", "043"} & {e["cameo"] for e in stopped}, stopped
    assert {(e["source_actor"], e["cameo"], e["target_actor"]) for e in ended} == {
        ("---MIL", "087", "---REB"), ("---REB", "087", "---MIL")}, ended
    assert [(e["source_actor"], e["cameo"]) for e in visit] == [("KENGOV", "042")], visit


def test_the_first_or_latest_to_act_did_act(code_text):
    """'became the latest country to downgrade ties' and 'was the first to' report the act by the
    subject; they are no purpose clause (an intended act is hypothetical)."""
    latest = code_text("Greece became the latest European country to downgrade relations with Liberia.")
    first = code_text("Greece was the first to downgrade relations with Liberia.")
    only = code_text("Qatar is the only Gulf state to have recognised the new government.")
    for events in (latest, first):
        assert [(e["source_actor"], e["cameo"], e["target_actor"], e["modality"]) for e in events] == [
            ("GRC", "160", "LBR", "asserted")], events
    assert [(e["source_actor"], e["cameo"]) for e in only] == [("QAT", "054")], only


def test_an_adjunct_between_a_threat_and_its_infinitive_keeps_the_threat(code_text):
    """'threatened on Monday to slap sanctions ... unless': the parser hangs the infinitive on the
    verb or on the adjunct's noun; it is still the threatened act, and "unless" is the threat's
    condition, not a hypothetical."""
    sanctions = code_text("Washington threatened on Monday to slap fresh sanctions on Caracas unless the "
                          "Venezuelan government frees jailed opposition figures.")
    bombs = code_text("Al-Shabaab threatened in an audio message to carry out new bomb attacks against Kenyan targets.")
    assert [(e["cameo"][:2], e["modality"]) for e in sanctions] == [("13", "asserted")], sanctions
    assert [(e["cameo"][:2], e["modality"]) for e in bombs] == [("13", "asserted")], bombs


def test_a_named_speaker_warning_what_its_country_would_do_is_a_threat(code_text):
    """'Iran's foreign minister warned that Iran would strike US bases if attacked' (138x)."""
    events = code_text("Iran's foreign minister warned that Iran would strike US bases in the region if it was attacked.")
    assert any(e["cameo"].startswith("138") and e["source_actor"].startswith("IRN") and e["modality"] == "asserted"
               for e in events), events


def test_a_permission_under_a_promise_is_a_promise_to_let_in(code_text):
    """'agreed to let IAEA inspectors return' is an intent to allow involvement (0355), not yet inspectors let in."""
    events = code_text("Iran agreed on Monday to let IAEA inspectors return to the Isfahan site next month.")
    assert [(e["source_actor"], e["cameo"], e["target_actor"]) for e in events] == [("IRN", "0355", "IGOUNO")], events


def test_no_plans_refrained_and_forecasts_are_not_acts(code_text):
    """'has no plans to impose sanctions' is negated, 'refrained from criticising' too, and 'is
    expected to reject' is others' forecast: none is an asserted act."""
    for text in ("Japan has no plans to impose sanctions on Beijing over the incident.",
                 "Seoul refrained from criticising Tokyo's decision.",
                 "Indonesia is widely expected to reject Australia's proposal for joint patrols."):
        events = code_text(text)
        assert not [e for e in events if e["modality"] == "asserted"], (text, events)


def test_a_frame_verb_that_is_a_light_verb_performs_its_object(code_text):
    """'atrocities committed by troops' are not a promise (committing atrocities is doing them);
    'committed to withdrawing' still promises (0356)."""
    apology = code_text("Germany's president apologised to Tanzania for atrocities committed by German colonial troops.")
    promise = code_text("Israel committed to withdrawing its troops.")
    assert "055" in {e["cameo"] for e in apology} and not any(e["cameo_root"] == "13" for e in apology), apology
    assert [e["cameo"] for e in promise] == ["0356"], promise


def test_a_verb_entry_naming_its_object_beats_the_light_verb_reading(code_text):
    """'lodged a formal protest' is a formal complaint (114), not a demonstration; 'riot police'
    are police, not a riot; a modified noun entry still wins ("a joint investigation", 063)."""
    protest = code_text("China lodged a formal protest with Japan over the visit.")
    police = code_text("Kenyan riot police fired tear gas at protesters.")
    joint = code_text("Dutch and Belgian police launched a joint investigation into the smuggling ring.")
    assert [(e["source_actor"], e["cameo"], e["target_actor"]) for e in protest] == [("CHN", "114", "JPN")], protest
    assert {e["cameo"] for e in police} == {"175"}, police
    assert {e["cameo"] for e in joint} == {"063"}, joint


def test_mutual_fighting_without_with(code_text):
    """'X and Y clashed', 'Indian and Pakistani troops exchanged fire': fighting both ways."""
    clash = code_text("Ethiopian troops and Fano militiamen clashed in the town on Tuesday.")
    fire = code_text("Indian and Pakistani troops exchanged small-arms fire across the Line of Control.")
    assert {(e["source_actor"], e["target_actor"]) for e in fire} == {("INDMIL", "PAKMIL"), ("PAKMIL", "INDMIL")}, fire
    assert len(clash) == 2 and {e["cameo"] for e in clash} == {"190"}, clash


def test_a_countryless_domestic_group_takes_the_country_of_the_state_it_faces(code_text):
    """'Venezuela's government and the opposition' -> VENOPP; 'police arrested Kenyan activists' ->
    KENCOP; armed forces' victims are not assumed to be their own people (civilians killed in Jenin are
    of the place the killing happened, coding/placed_parties.py, not of the forces' country)."""
    talks = code_text("Venezuela's government and the opposition held talks in Barbados.")
    arrests = code_text("Police arrested five Kenyan activists.")
    killed = code_text("Israeli forces killed three civilians in Jenin.")
    assert {(e["source_actor"], e["target_actor"]) for e in talks} == {("VENGOV", "VENOPP"), ("VENOPP", "VENGOV")}
    assert [(e["source_actor"], e["target_actor"]) for e in arrests] == [("KENCOP", "KENCVL")], arrests
    assert [e["target_actor"] for e in killed] == ["PSECVL"], killed
    assert "domestic" not in killed[0]["recipient"]["reason"]
    assert "domestic" in talks[0]["recipient"]["reason"]


def test_responsibility_claimed_names_who_did_it(code_text):
    """'the Taliban claimed responsibility for Monday's suicide bombing': the bombing is theirs (and
    "Monday's" is a date, not an actor)."""
    events = code_text("The Pakistani Taliban claimed responsibility for Monday's suicide bombing at a police checkpoint.")
    assert any(e["source_actor"] == "PAKREB" and e["cameo_root"] == "18" for e in events), events


def test_a_by_phrase_names_the_actor_of_an_event_noun(code_text):
    """'the expulsion of IAEA inspectors by Iran' (1662 by Iran); the by-phrase also counts when the
    parser hangs it on the of-phrase ('the demolition of hundreds of homes by county authorities')."""
    expulsion = code_text("The expulsion of IAEA inspectors by Iran was confirmed on Monday.")
    demolition = code_text("The demolition of hundreds of homes by county authorities left thousands homeless.")
    assert [(e["source_actor"], e["cameo"]) for e in expulsion] == [("IRN", "1662")], expulsion
    assert [(e["source_actor"], e["cameo"]) for e in demolition] == [("---GOV", "1712")], demolition


def test_requests_declined_and_organisations_expelled(code_text):
    """'declined Havana's request' refuses it (12x); 'declined requests for comment' declines to
    comment (011); ordering an NGO out of the country withdraws it (166), not a person's expulsion."""
    refused = code_text("The US Treasury declined Havana's request to ease restrictions.")
    no_comment = code_text("The spokesman declined requests for comment.")
    ngo = code_text("Burkina Faso's government ordered the Norwegian Refugee Council to leave the country.")
    assert any(e["source_actor"] == "USAGOV" and e["cameo_root"] == "12" for e in refused), refused
    assert [e["cameo"] for e in no_comment] == ["011"], no_comment
    assert [(e["source_actor"], e["cameo"]) for e in ngo] == [("BFAGOV", "166")], ngo


def test_a_compound_weapon_name_is_read_whole(code_text):
    """'water cannon' is crowd control (175), not artillery (194); a plain 'cannon' stays artillery."""
    assert {e["cameo"] for e in code_text("Police fired water cannon at the protesters.")} == {"175"}
    assert {e["cameo"] for e in code_text("The army fired cannon at the fort.")} == {"194"}


def test_what_a_noun_is_for_or_failed_at_did_not_happen(code_text):
    """'the right to apply' and 'a mission to fight gangs' (POTENTIAL_NOUN) are hypothetical; 'its
    failure to protect civilians' is negated and no refusal."""
    right = code_text("Kazakhstan's government granted stateless residents the right to apply for citizenship.")
    mission = code_text("Haiti asked the UN to authorise a peacekeeping mission to fight armed gangs.")
    failure = code_text("The UN criticised its failure to protect civilians.")
    assert [e["cameo"] for e in right if e["modality"] == "asserted"] == ["0833"], right
    assert not [e for e in mission if e["modality"] == "asserted"], mission
    assert [e["cameo"] for e in failure if e["modality"] == "asserted"] == ["111"], failure


def test_an_accused_act_is_alleged_but_a_started_event_is_a_fact(code_text):
    """'accused Doha of financing militants': only the accusation is asserted; 'accused them of
    starting the riots' keeps the riots."""
    financing = code_text("Gulf media accused Doha of financing militant groups.")
    riots = code_text("The prime minister accused Madhesi activists of starting the riots.")
    assert [e["cameo_root"] for e in financing if e["modality"] == "asserted"] == ["11"], financing
    assert "14" in {e["cameo_root"] for e in riots if e["modality"] == "asserted"}, riots


def test_an_accused_act_named_by_a_noun_is_alleged_too(code_text):
    """'accused the army of the killing of villagers': the noun names the charge, as the gerund does."""
    events = code_text("A rights group accused the army of the massacre of villagers near Gao.")
    assert [e["cameo_root"] for e in events if e["modality"] == "asserted"] == ["11"], events
    assert any(e["cameo_root"] in ("18", "19", "20") and e["modality"] == "hypothetical" for e in events), events


def test_an_act_said_to_have_happened_allegedly_is_not_asserted(code_text):
    """'arrested for allegedly insulting the king': the arrest happened, the insult is alleged."""
    events = code_text("Police arrested a blogger in Bangkok for allegedly insulting the king.")
    asserted = {e["cameo_root"] for e in events if e["modality"] == "asserted"}
    assert "17" in asserted and "11" not in asserted, events
    assert not any(e["modality"] == "asserted" for e in code_text("The soldier allegedly shot two protesters."))


def test_disasters_and_accidents_are_nobodys_violence(code_text):
    """'an earthquake killed dozens', 'killed in the crash': no violent act; gunmen still kill."""
    assert code_text("An earthquake killed dozens of people in eastern Turkey.") == []
    assert code_text("Three people were killed in the crash.") == []
    assert [e["cameo"] for e in code_text("Gunmen killed three people.")] == ["190"]


def test_naming_with_no_verdict_is_no_phone_call(code_text):
    """'called the talks a routine step' names; it is neither praise, criticism nor a phone call."""
    assert code_text("He called the talks a routine step.") == []
    assert [e["cameo"] for e in code_text("Putin called Erdogan on Monday.")] == ["041"]


def test_a_violent_act_as_subject_is_the_event(code_text):
    """'an Israeli air strike killed four people' is the air strike (195) by Israel, aimed at the
    dead; 'a car bomb killed ten soldiers' a car bombing (1832)."""
    strike = code_text("An Israeli air strike killed four people in Khan Younis on Monday.")
    bomb = code_text("A car bomb killed ten soldiers in Mogadishu.")
    assert [(e["source_actor"], e["cameo"], e["target_actor"]) for e in strike] == [("ISR", "195", "---CVL")], strike
    assert [e["cameo"] for e in bomb] == ["1832"], bomb


def test_talks_in_an_after_phrase_were_held_by_the_speakers(code_text):
    """'X and his counterpart Y said ... after talks in New Delhi': the talks are theirs, both ways;
    'wrapped up a round of talks' and 'concluded talks' report talks held."""
    after = code_text("Jaishankar and his Brazilian counterpart Mauro Vieira said in a joint statement "
                      "after talks in New Delhi on Monday.")
    wrapped = code_text("Negotiators from India and the European Union wrapped up a round of trade talks on Monday.")
    assert {(e["source_actor"], e["target_actor"]) for e in after if e["cameo"] == "046"} == {
        ("INDGOV", "BRAGOV"), ("BRAGOV", "INDGOV")}, after
    assert {e["cameo"] for e in wrapped} == {"046"}, wrapped


def test_agreed_on_reads_only_what_follows_the_verb(code_text):
    """'Dar, on his first visit to Bangladesh, also agreed to resume flights': the visit is a visit,
    not something agreed on."""
    events = code_text("Dar, on the first visit to Bangladesh by a Pakistani foreign minister in 13 years, "
                       "also agreed to resume direct flights.")
    assert "042" in {e["cameo"] for e in events} and "036" not in {e["cameo"] for e in events}, events


def test_a_reported_verdict_is_the_speakers_criticism_or_praise(code_text):
    """'Hamas said the closure amounted to collective punishment' (111), 'Iran said Israel's strikes
    were a violation of international law' (111 against Israel), 'Russia said the talks were
    constructive' (051); a plain reported fact is no verdict."""
    closure = code_text("Hamas said the closure amounted to collective punishment of two million people.")
    strikes = code_text("Iran said Israel's strikes were a violation of international law.")
    talks = code_text("Russia said the talks were constructive.")
    assert [(e["source_actor"], e["cameo"]) for e in closure] == [("PSEREB", "111")], closure
    assert ("IRN", "111", "ISR") in {(e["source_actor"], e["cameo"], e["target_actor"]) for e in strikes}, strikes
    assert [e["cameo"] for e in talks] == ["051"], talks
    assert code_text("The minister said the economy was growing.") == []


def test_naming_verbs_with_a_verdict(code_text):
    """'dismissed the shutdown as a political stunt', 'called the move insufficient', 'called the
    decision an act of cruelty': criticism (111)."""
    for text in ("A government spokesman dismissed the shutdown as 'a political stunt'.",
                 "Venezuelan Vice President Delcy Rodriguez called the move insufficient.",
                 "The opposition leader called the decision 'an act of cruelty against ordinary families'."):
        assert [e["cameo"] for e in code_text(text)] == ["111"], text


def test_a_strike_by_a_state_or_that_hits_is_military(code_text):
    """'Israel's strikes', 'the strikes hit two power plants': military strikes (190); a teachers'
    strike stays a labour strike (143)."""
    israel = code_text("Iran said Israel's strikes were a violation of international law.")
    hit = code_text("The strikes had hit two power plants in the Lviv region.")
    teachers = code_text("Nigerian teachers' strike entered its third week.")
    assert ("ISR", "190") in {(e["source_actor"], e["cameo"]) for e in israel}, israel
    assert [e["cameo"] for e in hit] == ["190"], hit
    assert [e["cameo"] for e in teachers] == ["143"], teachers


def test_killed_to_death_and_compound_objects_read_whole(code_text):
    """'beat a labourer to death' is killing by assault (1823); 'election observation mission' is an
    observation mission (1662 when expelled), not a diplomatic one (161)."""
    assert [e["cameo"] for e in code_text("A mob beat a Christian labourer to death in a village.")] == ["1823"]
    expelled = code_text("Venezuela expelled the European Union's election observation mission on Monday.")
    assert [e["cameo"] for e in expelled] == ["1662"], expelled


def test_a_clause_relative_to_a_past_date_is_historical(code_text):
    """'since August 2021, when Algiers severed ties', 'last visited Russia in September 2023, when he
    met Putin', 'the 2021 airlift in which Pakistan flew wheat': background, not news."""
    for text in ("Morocco and Algeria have had no diplomatic relations since August 2021, when Algiers severed ties.",
                 "Kim last visited Russia in September 2023, when he met President Vladimir Putin.",
                 "Officials marked the anniversary of the 2021 airlift in which Pakistan flew wheat to Afghanistan."):
        events = code_text(text, date="2026-03-10")
        assert events and all(e["modality"] == "historical" for e in events), (text, events)


def test_disasters_damage_nobody_and_speaking_on_condition_is_no_call(code_text):
    """'an earthquake struck ..., damaging dozens of homes' codes nothing; 'speaking on condition of
    anonymity' is no phone call (041 needs "by/on the phone")."""
    assert code_text("A magnitude 6.4 earthquake struck southern Peru, killing three people and damaging dozens of homes.") == []
    assert code_text("A Western diplomat said so, speaking on condition of anonymity.") == []
    assert {e["cameo"] for e in code_text("Putin and Erdogan spoke by phone on Monday.")} == {"041"}


def test_a_dateline_gives_countryless_domestic_actors_their_country(code_text):
    """'NAIROBI, March 10 (Reuters) - Police fired tear gas at protesters' is KENCOP -> KENCVL; in a
    Kyiv story Russian troops stay Russian and only the police become Ukrainian."""
    nairobi = code_text("NAIROBI, March 10 (Reuters) - Police fired tear gas at protesters outside parliament on Tuesday.")
    kyiv = code_text("KYIV, March 10 (Reuters) - Russian troops shelled the city, and police evacuated residents.")
    assert [(e["source_actor"], e["target_actor"]) for e in nairobi] == [("KENCOP", "KENCVL")], nairobi
    assert {e["source_actor"] for e in kyiv} == {"RUSMIL", "UKRCOP"}, kyiv
    assert "dateline" in nairobi[0]["actor"]["reason"]


def test_a_reaction_to_an_act_just_reported_is_aimed_at_its_actors(code_text):
    """'Sisi welcomed the pledge' after the EU's pledge: EGY -> EU; 'China condemned the exercises'
    after a joint US-Philippine exercise: against both."""
    pledge = code_text("The European Union pledged on Monday to disburse 4 billion euros to Egypt. Sisi welcomed the pledge.")
    drills = code_text("The US and the Philippines held joint exercises near Taiwan. "
                       "China's defence ministry condemned the exercises as provocative.")
    assert ("EGYGOV", "051", "IGOEUR") in {(e["source_actor"], e["cameo"], e["target_actor"]) for e in pledge}, pledge
    assert {e["target_actor"] for e in drills if e["cameo"] == "111"} == {"USA", "PHL"}, drills
    welcomed = next(e for e in pledge if e["cameo"] == "051")
    assert "refers back" in welcomed["recipient"]["reason"]


def test_support_for_a_call_is_aimed_at_who_made_it(code_text):
    """'Greece and South Korea supported the call' after the United States called a council meeting:
    the call is the act just reported, so its maker is the recipient."""
    events = code_text("The United States called a private meeting of the council on Wednesday. "
                       "Greece and South Korea also supported the call.")
    support = [e for e in events if e["cameo"] == "051"]
    assert {(e["source_actor"], e["target_actor"]) for e in support} == {("GRC", "USA"), ("KOR", "USA")}, events


def test_an_exchange_by_two_parties_goes_both_ways(code_text):
    """'Russia and Ukraine exchanged 150 prisoners': each releases to the other (0841 both ways)."""
    events = code_text("Russia and Ukraine exchanged 150 prisoners of war each on Monday.")
    assert {(e["source_actor"], e["cameo"], e["target_actor"]) for e in events} == {
        ("RUS", "0841", "UKR"), ("UKR", "0841", "RUS")}, events


def test_scheduled_acts_are_intents_and_phone_calls_with_a_party(code_text):
    """'is due to hold talks', 'is scheduled to visit' are intents (036) by the subject; 'spoke by
    phone with X' is a phone call (041) with X."""
    due = code_text("Lula is due to hold talks with President Bola Tinubu on Tuesday.", date="2026-03-10")
    scheduled = code_text("Putin is scheduled to visit India next month.", date="2026-03-10")
    phone = code_text("French President Emmanuel Macron spoke by phone with Iranian President Masoud Pezeshkian.")
    assert [(e["source_actor"], e["cameo"], e["target_actor"]) for e in due] == [("BRAGOV", "036", "NGAGOV")], due
    assert [(e["source_actor"], e["cameo"]) for e in scheduled] == [("RUSGOV", "036")], scheduled
    assert [(e["source_actor"], e["cameo"], e["target_actor"]) for e in phone] == [("FRAGOV", "041", "IRNGOV")], phone


def test_killing_one_political_figure_is_an_assassination(code_text):
    """'gunmen shot dead opposition lawmaker Patricio Vera', '... the mayor of a town' (186); three
    villagers killed stay 190."""
    lawmaker = code_text("Gunmen shot dead opposition lawmaker Patricio Vera as he left a radio station in Guayaquil.")
    mayor = code_text("Cartel gunmen shot dead the mayor of a town in Guerrero state on Monday.")
    villagers = code_text("Gunmen shot dead three villagers.")
    assert [e["cameo"] for e in lawmaker] == ["186"], lawmaker
    assert [e["cameo"] for e in mayor] == ["186"], mayor
    assert [e["cameo"] for e in villagers] == ["190"], villagers


def test_threats_made_through_a_video_or_by_the_speakers_own_forces(code_text):
    """'threatened in a video released on Monday to kill ... unless' (an adjunct with its own
    participle); 'warned that its army would launch strikes ... if'; 'vowing that the army would
    fight': asserted threats (13x) by the speaker's side."""
    video = code_text("JNIM threatened in a video released on Monday to kill three Moroccan truck drivers "
                      "unless Rabat paid a ransom.")
    army = code_text("North Korea warned on Tuesday that its army would launch merciless strikes on South Korean "
                     "bases if Seoul went ahead with the drills.")
    vow = code_text("Sudan's army chief rejected a proposal for a truce, vowing that the army would fight "
                    "until the group was defeated.")
    for events in (video, army, vow):
        assert any(e["cameo_root"] == "13" and e["modality"] == "asserted" for e in events), events


def test_not_ruling_out_force_threatens_it(code_text):
    """'did not rule out military action', 'refused to rule out sanctions': the option kept open is
    a threat (13x); ruling it out would be a rejection."""
    events = code_text("Russia did not rule out military action against Ukraine.")
    assert ("RUS", "13", "UKR") in triples(events), events
    assert not [e for e in events if e["cameo_root"] == "12"], events
    events = code_text("The Turkish government refused to rule out sanctions against Sweden.")
    assert ("TURGOV", "13", "SWE") in triples(events), events


def test_stopping_short_of_an_act_is_neither_the_act_nor_a_stop(code_text):
    """'stopped short of threatening a veto': no threat and nothing stopped (no 087); 'fell short of
    recognising Kosovo' is not a recognition and not a refusal either."""
    events = code_text("The Israeli prime minister stopped short of threatening a veto.")
    assert not [e for e in events if e["modality"] == "asserted"], events
    events = code_text("Serbia's statement fell short of recognising Kosovo.")
    assert not [e for e in events if e["modality"] == "asserted"], events
    assert any(e["cameo"] == "054" and e["modality"] == "negated" for e in events), events


def test_taking_military_action_is_the_action_and_a_press_release_frees_nobody(code_text):
    """'took military action against Syria' is force (190) by the taker; 'took away' is not light;
    'issued a press release' releases no one (no 0841); 'ended armed action' stops fighting (087)."""
    events = code_text("The United States took military action against Syria on Friday.")
    assert ("USA", "19", "SYR") in triples(events), events
    assert not code_text("The Foreign Ministry issued a press release on Monday."), "a press release is no event"
    assert not code_text("Guards took away the chairs before the press conference.")
    events = code_text("The Libyan militia said it was ending armed action against the army.")
    assert any(e["cameo"] == "087" and e["source_actor"].startswith("LBY") for e in events), events
    assert not [e for e in events if e["cameo_root"] == "19"], events


def test_the_state_ending_others_protests_represses_them(code_text):
    """Ending a protest is the protesters' concession (082) only when they end their own: police
    ending it repress it (175), a government cancelling a rally restricts (1721), a leader vowing
    to end the protests threatens (137); a minister agreeing to an end to a strike still concedes."""
    ended = code_text("The opposition ended its protests on Monday.")
    assert ("---OPP", "082") in {(e["source_actor"], e["cameo"]) for e in ended}
    assert "175" in {e["cameo"] for e in code_text("Riot police ended the protest in the capital on Monday.")}
    assert "1721" in {e["cameo"] for e in code_text("The government cancelled the opposition rally in Ankara.")}
    events = code_text("Macedonian Prime Minister Nikola Gruevski vowed on Wednesday to end the antigovernment protests.")
    assert ("MKDGOV", "137") in {(e["source_actor"], e["cameo"]) for e in events}, events
    events = code_text("The Jordanian labour minister agreed to an end to the strike.")
    assert "0352" in {e["cameo"] for e in events}, events


def test_phrasal_verbs_whose_object_is_parsed_as_a_complement(code_text):
    """'called up a new group of volunteers' (parsed as oprd) mobilises (154); 'suspended all air
    strikes' declares a halt to fighting (0871), not a labour strike; 'called on observers to visit'
    calls nobody."""
    events = code_text("The Serbian army on Wednesday called up a new group of volunteers.")
    assert ("SRBMIL", "154") in {(e["source_actor"], e["cameo"]) for e in events}, events
    events = code_text("The Syrian government suspended all air strikes on Idlib for three days.")
    assert "0871" in {e["cameo"] for e in events} and not [e for e in events if e["cameo_root"] in ("14", "17")], events
    events = code_text("Liberia's electoral commission called on foreign observers to visit the country.")
    assert "041" not in {e["cameo"] for e in events}, events


def test_limiting_access_restricts_it(code_text):
    """'restricted access to the city' is a restriction (172), not a trade sanction (163)."""
    events = code_text("The Ethiopian army restricted access to the city of Mekelle on Friday.")
    assert ("ETHMIL", "172") in {(e["source_actor"], e["cameo"]) for e in events}, events


def test_the_speakers_own_forces_and_acts_moved_to_are_threatened(code_text):
    """'said the country's forces could take control of the port if ...' is a threat by the
    speaker's side (1382); 'said it would move to ban the party if ...' threatens the ban (1322);
    'police moved to disperse the crowd' disperses (175) without a deployment (153), while
    'troops moved in to cordon off' still deploys."""
    events = code_text("Ethiopia's army chief said on Monday that the country's forces could take control of "
                       "the Eritrean port of Assab if diplomatic efforts failed.")
    assert any(e["cameo"] == "1382" and e["modality"] == "asserted" for e in events), events
    events = code_text("Pakistan's government said on Tuesday it would move to ban the party if its "
                       "supporters went ahead with the march.")
    assert ("PAKGOV", "1322") in {(e["source_actor"], e["cameo"]) for e in events if e["modality"] == "asserted"}, events
    codes = {e["cameo"] for e in code_text("Riot police moved to disperse the crowd in Nairobi.")}
    assert "175" in codes and "153" not in codes, codes
    assert "154" in {e["cameo"] for e in code_text("Government troops moved in to cordon off the buildings.")}


def test_a_threatened_strike_by_an_army_is_military_and_shared_data_is_information(code_text):
    """'warned that its army would launch strikes' threatens an attack (1384), not a walkout (133);
    spaCy lemmatises 'data' as 'datum', and 'shared hydrological data with India' is still 064."""
    events = code_text("Iran warned that its army would launch strikes.")
    assert "1384" in {e["cameo"] for e in events} and "133" not in {e["cameo"] for e in events}, events
    assert "133" in {e["cameo"] for e in code_text("The teachers' union threatened to launch strikes.")}
    events = code_text("China has resumed sharing hydrological data with India.")
    assert ("CHN", "064", "IND") in {(e["source_actor"], e["cameo"], e["target_actor"]) for e in events}, events


def test_an_event_noun_with_a_date_or_place_is_an_event_without_a_named_party(code_text):
    """'Saturday's clashes', 'protests in Nairobi', 'a ransomware attack on Wednesday evening' name
    one event that took place even when no party is named; a kind of event ('the issue of fake
    news') or a length of time ('a six-year sentence') does not."""
    assert "19" in {e["cameo_root"] for e in code_text("Saturday's clashes left the market in ruins.")}
    assert "14" in {e["cameo_root"] for e in code_text("Protests in Nairobi turned violent.")}
    events = code_text("The refinery's computers were hit by a ransomware attack on Wednesday evening.")
    assert "170" in {e["cameo"] for e in events}, events
    assert not code_text("On the agenda is the issue of fake news.")
    assert not code_text("He is serving a six-year prison sentence.")


def test_words_of_names_and_dates_are_no_events(code_text):
    """'on March 16' is no protest march; the 'Defense' of a committee's name is no defence; a
    named summit is still a meeting."""
    assert not code_text("The new rules go into effect on March 16.")
    assert not [e for e in code_text("The Committee for the Defense of Democracy in Egypt issued a statement.")
                if e["cameo"] == "052"]
    assert "044" in {e["cameo"] for e in code_text("Leaders met at the APEC Summit in Lima on Friday.")}


def test_describing_as_and_claiming_wrongdoing_are_verdicts_and_accusations(code_text):
    """'described the decision as a mistake' criticises (111) even when the parser hangs "as" on
    the object, 'as deplorable' too; 'Russia claimed Ukrainian forces shelled the plant' accuses
    Ukraine (112) besides the shelling; claiming one's own act ('its forces shot down') accuses no one."""
    events = code_text("Health authorities in Sierra Leone described the lack of containment as deplorable.")
    assert ("SLEGOV", "111") in {(e["source_actor"], e["cameo"]) for e in events}, events
    assert "111" in {e["cameo"] for e in code_text("The Russian minister described the decision as a mistake.")}
    events = code_text("Russia claimed Ukrainian forces shelled the plant.")
    assert ("RUS", "112", "UKRMIL") in {(e["source_actor"], e["cameo"], e["target_actor"]) for e in events}, events
    assert "112" not in {e["cameo"] for e in code_text("Iran claimed that its forces shot down a US drone.")}


def test_forces_sent_to_help_a_party_protect_it(code_text):
    """'sent 500 soldiers to Mali to help the government fight the insurgency' provides military
    protection (074, PLOVER AID), not a mobilisation (154), and the fighting it is meant to help is
    only intended; promised ('will send troops to Haiti to support the police') it is 0334;
    'sent troops to the border' still deploys (154)."""
    events = code_text("France sent 500 soldiers to Mali to help the government fight the insurgency.")
    assert ("FRA", "074", "MLI") in {(e["source_actor"], e["cameo"], e["target_actor"]) for e in events}, events
    assert not [e for e in events if e["cameo_root"] == "19" and e["modality"] == "asserted"], events
    assert "0334" in {e["cameo"] for e in code_text("Kenya will send troops to Haiti to support the police.")}
    assert "154" in {e["cameo"] for e in code_text("Russia sent troops to the border with Ukraine.")}


def test_an_order_or_decree_addressed_to_nobody_is_the_authoritys_act(code_text):
    """'made an order to ease the restrictions', 'issued a decree to release 200 prisoners': the
    authority does the act (081, 0841), with no demand (10x) beside it; an order for the army to
    withdraw is addressed to the army, and an ultimatum to fighters stays 139."""
    events = code_text("Guinea-Bissau's culture minister made an order to ease the restrictions on civil society groups.")
    assert ("GNBGOV", "081") in {(e["source_actor"], e["cameo"]) for e in events}, events
    assert not [e for e in events if e["cameo_root"] == "10"], events
    events = code_text("The Kenyan president issued a decree to release 200 prisoners.")
    assert ("KENGOV", "0841") in {(e["source_actor"], e["cameo"]) for e in events}, events
    events = code_text("Turkey issued a final ultimatum to Kurdish fighters in northeastern Syria to lay down their arms.")
    assert "139" in {e["cameo"] for e in events}, events


def test_continuing_an_act_under_a_promise_or_in_the_future(code_text):
    """'vowed to continue fighting the army' threatens force (13x), 'pledged to continue to provide
    aid' and 'will continue to support Ukraine' are intents (03x), not the acts themselves."""
    events = code_text("The rebels vowed to continue fighting the army.")
    assert {e["cameo_root"] for e in events if e["modality"] == "asserted"} == {"13"}, events
    assert "033" in {e["cameo"] for e in code_text("Germany pledged to continue to provide aid to Ukraine.")}
    events = code_text("The United States will continue to support Ukraine.")
    assert ("USA", "032", "UKR") in {(e["source_actor"], e["cameo"], e["target_actor"]) for e in events}, events


def test_suggestions_and_subjunctive_clauses_under_verbs_of_saying(code_text):
    """'suggested the Czech Republic ban him' asks the Czech Republic (02x); 'told AP that the man
    was killed' and 'suggested that the victims were killed' report a killing, not a demand; 'urged
    that the prisoners be released' appeals for a release; 'promised that peacekeepers would be
    sent' is the promiser's intent (0334)."""
    events = code_text("A Slovak official has suggested the Czech Republic ban the former prime minister from the elections.")
    assert any(e["cameo_root"] == "02" and e["target_actor"] == "CZE" for e in events), events
    for text in ("Local officials told The Associated Press that the man was killed in Helmand.",
                 "Local residents have suggested that the victims were killed by the militia."):
        events = code_text(text)
        assert not [e for e in events if e["cameo_root"] in ("02", "10")], events
        assert "19" in {e["cameo_root"] for e in events}, events
    assert "0253" in {e["cameo"] for e in code_text("Amnesty International urged that the prisoners be released.")}
    events = code_text("Rwandan President Paul Kagame on Friday promised that peacekeepers would be sent.")
    assert ("RWAGOV", "0334") in {(e["source_actor"], e["cameo"]) for e in events}, events


def test_generic_heads_name_the_act_of_their_of_phrase(code_text):
    """'a campaign of ethnic cleansing', 'promised to cease all measures of repression': a generic
    head ("campaign", "measures", "acts") is the act its of-phrase names; 'closed their strike'
    ends the strike (082)."""
    events = code_text("Government troops in South Sudan have burned villages and killed civilians in a campaign of "
                       "ethnic cleansing against the Nuer community in Jonglei state.")
    assert "203" in {e["cameo"] for e in events}, events
    events = code_text("Jordan's King Abdullah II has promised to cease all measures of repression.")
    assert ("JORGOV", "0351") in {(e["source_actor"], e["cameo"]) for e in events}, events
    assert "082" in {e["cameo"] for e in code_text("The Indonesian workers closed their strike on Monday.")}


def test_the_process_of_an_act_is_done_by_its_starter_and_state_shutdowns_restrict(code_text):
    """'authorities began the process of shutting down Internet traffic': the authorities shut it
    down; 'protesters shut down the capital' obstructs (144), the state saying it will shut down
    the country threatens a restriction (132)."""
    events = code_text("French authorities on Tuesday began the process of shutting down all Internet traffic in Marseille.")
    assert any(e["source_actor"] == "FRAGOV" and e["cameo_root"] == "17" for e in events), events
    assert "144" in {e["cameo"] for e in code_text("Protesters shut down the capital on Monday.")}
    events = code_text("The Haitian authorities announced on Thursday that they will shut down the country for six months.")
    assert ("HTIGOV", "132") in {(e["source_actor"], e["cameo"]) for e in events}, events


def test_an_announced_strike_is_a_scheduled_protest_unless_conditional_or_military(code_text):
    """'workers announced they will strike on Monday' is a future protest (143), not a threat;
    'will strike unless wages rise' threatens one (133); 'Israel said it would strike back' threatens
    force (1384); 'joined a wave of labor action' is a strike (143)."""
    events = code_text("Workers in Quebec have announced they will strike on Monday over long working hours.")
    assert [(e["cameo"], e["modality"]) for e in events] == [("143", "future")], events
    assert "133" in {e["cameo"] for e in code_text("The union said it will strike unless wages rise.")}
    assert "1384" in {e["cameo"] for e in code_text("Israel said it would strike back.")}
    assert "143" in {e["cameo"] for e in code_text("Workers in Thailand are joining a wave of labor action.")}


def test_signalled_and_reaffirmed_frames_are_the_speakers(code_text):
    """'signalled a new willingness to work with world powers' is an intent to cooperate (031) by
    the signaller; 'reaffirmed calls for a negotiated solution' appeals (02x)."""
    events = code_text("Iranian President Mahmoud Ahmadinejad on Friday signalled a new willingness to work with world powers.")
    assert ("IRNGOV", "031") in {(e["source_actor"], e["cameo"]) for e in events}, events
    events = code_text("The Algerian president reaffirmed calls for a negotiated solution to the crisis.")
    assert any(e["source_actor"] == "DZAGOV" and e["cameo_root"] == "02" for e in events), events


def test_calls_protests_by_states_and_one_act_aimed_once(code_text):
    """'Biden called Zelenskiy on Monday' is a phone call (041) even when the parser reads the name
    as the name given; 'called the remarks irresponsible' calls nobody; a state protesting
    complains officially (114), a crowd demonstrates (141); 'summoned the ambassador to protest'
    is one complaint aimed at the ambassador's government, not a second one aimed at nobody."""
    events = code_text("US President Joe Biden called Ukrainian President Volodymyr Zelenskiy on Monday.")
    assert ("USAGOV", "041", "UKRGOV") in {(e["source_actor"], e["cameo"], e["target_actor"]) for e in events}, events
    events = code_text("France's foreign ministry called the remarks 'irresponsible and unworthy of a permanent member'.")
    assert "041" not in {e["cameo"] for e in events}, events
    assert "114" in {e["cameo"] for e in code_text("China protested against the visit.")}
    assert "141" in {e["cameo"] for e in code_text("Thousands protested against the government in Dhaka.")}
    events = code_text("Bangladesh's foreign ministry summoned Myanmar's ambassador on Monday to protest against the influx.")
    assert [(e["source_actor"], e["cameo"], e["target_actor"]) for e in events] == [("BGDGOV", "114", "MMRGOV")], events


def test_an_attacks_toll_is_part_of_the_attack(code_text):
    """'a car bomb tore through a market, killing 14 and wounding dozens' is one car bombing (1832)
    aimed at the victims; 'shelled Kharkiv overnight, killing three civilians' is one shelling."""
    events = code_text("A car bomb tore through a crowded market in Mogadishu on Monday, killing at least 14 people "
                       "and wounding dozens.")
    assert [e["cameo"] for e in events] == ["1832"], events
    events = code_text("Russian forces shelled Kharkiv overnight, killing three civilians.")
    assert [(e["source_actor"], e["cameo"]) for e in events] == [("RUSMIL", "194")], events


def test_agreeing_to_an_act_the_lexicon_does_not_know_is_an_intent_to_cooperate(code_text):
    """'agreed to resume direct flights' commits to cooperate (030), it does not only express
    accord (019); 'agreed that the talks were useful' does (019); 'plans to build' codes nothing."""
    events = code_text("Pakistan also agreed to resume direct flights between Karachi and Dhaka.")
    assert [e["cameo"] for e in events] == ["030"], events
    assert "019" in {e["cameo"] for e in code_text("Both sides agreed that the talks were useful.")}
    assert not code_text("Iran plans to build a new reactor.")


def test_time_spans_are_read_through_and_a_year_in_a_verdict_is_its_topic(code_text):
    """'wrapped up two weeks of joint drills' is the drills (062 both ways); 'condemned the move as
    a violation of the 1974 agreement' is today's condemnation, not a historical one."""
    events = code_text("Egyptian and Saudi special forces wrapped up two weeks of joint counter-terrorism drills on Monday.")
    assert {(e["source_actor"], e["cameo"], e["target_actor"]) for e in events} == {
        ("EGYMIL", "062", "SAUMIL"), ("SAUMIL", "062", "EGYMIL")}, events
    events = code_text("Syria's foreign ministry condemned the move as a flagrant violation of the 1974 disengagement agreement.")
    assert [(e["cameo"], e["modality"]) for e in events] == [("111", "asserted")], events


def test_an_act_that_paralyses_or_cripples_took_place(code_text):
    """'a ransomware attack paralysed the ministry's systems', 'a general strike crippled the ports':
    saying what the act did says it happened, with no party named."""
    events = code_text("A ransomware attack paralysed the computer systems of Costa Rica's finance ministry.")
    assert "170" in {e["cameo"] for e in events}, events
    assert "143" in {e["cameo"] for e in code_text("A general strike crippled the ports.")}
