"""The PLOVER type of a pair decided by who acts and what a force is sent for: people taken by an armed
group, a storming by troops or police, one person driven out of a country, a deployment on a
peacekeeping mission told beside the verb (made-up sentences)."""

from __future__ import annotations


def _types(events, cameo=None):
    return {e["plover"]["event"] for e in events if cameo is None or e["cameo"] == cameo}


def test_people_held_by_an_armed_group_are_abducted_not_arrested(code_text):
    """CAMEO 173 keeps hostage-taking out ('coded as 181 instead'): rebels arrest no one."""
    rebels = code_text("Rebels detained two aid workers near the border on Monday.")
    assert any(e["cameo"] == "181" and e["plover"]["event"] == "ASSAULT" for e in rebels), rebels
    assert not any(e["cameo"] == "173" for e in rebels), rebels
    police = code_text("Police detained two journalists near the border on Monday.")
    assert any(e["cameo"] == "173" and e["plover"]["event"] == "COERCE" for e in police), police
    arrested = code_text("Rebels arrested the former president in the capital.")
    assert any(e["cameo"] == "173" for e in arrested), arrested


def test_a_storming_by_troops_or_police_is_no_protest(code_text):
    """PLOVER PROTEST is civilian: soldiers storming a building assault it, police raid it,
    protesters storming an embassy still protest violently."""
    troops = code_text("Soldiers stormed the parliament building on Monday.")
    assert _types(troops) == {"ASSAULT"}, troops
    police = code_text("Police stormed the newspaper office in Harare on Monday.")
    assert _types(police) == {"COERCE"}, police
    crowd = code_text("Protesters stormed the embassy on Monday.")
    assert _types(crowd) == {"PROTEST"}, crowd


def test_one_official_forced_out_of_the_country_is_expelled_not_a_mass_expulsion(code_text):
    """201 is for populations; one named official driven out is an expulsion of an individual (174)."""
    one = code_text("Troops forced President Manuel Ortiz out of the country.")
    assert any(e["cameo"] == "174" and e["plover"]["event"] == "COERCE" for e in one), one
    many = code_text("The army forced 5,000 Rohingya out of the country.")
    assert any(e["cameo"] == "201" for e in many), many


def test_a_deployment_on_a_peacekeeping_mission_is_peacekeeping_wherever_the_parser_hangs_the_mission(code_text):
    """'announced the deployment of troops to Mali on a peacekeeping mission' (the phrase hung on
    'announced') and 'sending soldiers to Lebanon, its largest contribution to a peacekeeping mission'
    (the mission in an apposition) provide peacekeeping (074, AID); without a mission they deploy (154)."""
    nominal = code_text("Ghana announced the deployment of 400 soldiers to Mali on a peacekeeping mission.")
    assert any(e["cameo"] == "074" and e["source_actor"].startswith("GHA") and e["target_actor"].startswith("MLI")
               for e in nominal), nominal
    apposed = code_text("Fiji is sending 200 soldiers to Lebanon, its largest contribution to a peacekeeping mission.")
    assert any(e["cameo"] == "074" and e["target_actor"].startswith("LBN") for e in apposed), apposed
    plain = code_text("Fiji is sending 200 soldiers to Lebanon, its largest deployment in years.")
    assert _types(plain) == {"MOBILIZE"}, plain


def test_a_politicians_attack_on_his_own_countrys_officials_is_criticism(code_text):
    """One politician 'attacking' an official at home uses words (111, ACCUSE); a crowd of supporters
    attacking journalists, or an attack on another country's government, stays force."""
    words = code_text("The opposition leader launched an attack on the justice minister.")
    assert _types(words) == {"ACCUSE"}, words
    senator = code_text("Senator Mary Cole attacked the governor on Monday.")
    assert _types(senator) == {"ACCUSE"}, senator
    crowd = code_text("Government supporters attacked journalists covering the rally.")
    assert _types(crowd) == {"ASSAULT"}, crowd
    abroad = code_text("President Trump ordered an attack on the Iranian government.")
    assert "ASSAULT" in _types(abroad), abroad


def test_a_commitment_to_supporting_a_party_is_a_promise_of_support_by_the_committed(code_text):
    """'reiterated his commitment to supporting Moldova': the gerund after "to" is the act promised
    (032, SUPPORT) by whom "his" stands for, aimed at Moldova; no bare commitment (030) beside it."""
    events = code_text("The Estonian prime minister reiterated his commitment to supporting Moldova.")
    promised = [e for e in events if e["cameo"] == "032"]
    assert promised and all(e["source_actor"].startswith("EST") and e["target_actor"].startswith("MDA")
                            for e in promised), events
    assert not any(e["cameo"] == "030" for e in events), events
