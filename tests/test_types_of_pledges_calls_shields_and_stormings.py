"""The PLOVER type of a pair: a pledge of support, the errand of a phone call, people held as human
shields and a storming by armed men (made-up sentences)."""

from __future__ import annotations

from eventwire.coding.ontology import load_ontology


def _events(events, cameo):
    return [e for e in events if e["cameo"] == cameo]


def test_a_pledge_of_support_is_support_and_a_pledge_of_ties_an_agreement(code_text):
    """CAMEO 032 (intent to give policy support) is PLOVER SUPPORT; closer ties promised stay AGREE."""
    assert load_ontology().plover("032")[0] == "SUPPORT"
    pledged = code_text("The Estonian prime minister pledged his full support for Moldova on Tuesday.")
    assert any(e["plover"]["event"] == "SUPPORT" and e["target_actor"].startswith("MDA")
               for e in _events(pledged, "032")), pledged
    ties = code_text("The new Chilean president promised closer ties with Argentina.")
    assert {e["plover"]["event"] for e in _events(ties, "030")} == {"AGREE"}, ties


def test_the_errand_of_a_phone_call_is_done_by_the_caller_to_the_party_called(code_text):
    """'called X to congratulate him': the caller congratulates X on the call (asserted), no appeal."""
    events = code_text("The French president called his Kenyan counterpart on Friday to congratulate him.")
    praised = _events(events, "051")
    assert praised and all(e["modality"] == "asserted" for e in praised), events
    assert any(e["source_actor"].startswith("FRA") and e["target_actor"].startswith("KEN") for e in praised), events
    discussed = code_text("On Monday, the Japanese foreign minister called his Chinese counterpart to discuss the dispute.")
    assert not any(e["plover"]["event"] == "REQUEST" for e in discussed), discussed
    assert any(e["cameo"] == "046" and e["modality"] == "asserted" and e["source_actor"].startswith("JPN")
               and e["target_actor"].startswith("CHN") for e in discussed), discussed


def test_calling_on_a_party_or_calling_a_meeting_is_no_phone_call(code_text):
    """'called on X to discuss' is an appeal to X; 'called a meeting to discuss' leaves the talks intended."""
    appeal = code_text("The Malaysian premier called on Thailand to discuss the border dispute.")
    assert any(e["plover"]["event"] == "REQUEST" for e in appeal), appeal
    meeting = code_text("The United States called a meeting of the Security Council to discuss Iran's program.")
    assert any(e["cameo"] == "040" for e in meeting), meeting
    assert not any(e["cameo"] == "046" and e["modality"] == "asserted" for e in meeting), meeting


def test_people_held_as_human_shields_are_assaulted_not_detained(code_text):
    events = code_text("Rebel fighters held dozens of villagers as human shields in the town.")
    assert [e["plover"]["event"] for e in events] == ["ASSAULT"] and events[0]["cameo"] == "184", events
    detained = code_text("Police held dozens of villagers for questioning.")
    assert "184" not in {e["cameo"] for e in detained}, detained


def test_a_storming_by_armed_men_is_an_assault_by_protesters_a_protest(code_text):
    gunmen = code_text("Gunmen stormed a police station in northern Mali on Sunday.")
    assert any(e["cameo"] == "190" and e["plover"]["event"] == "ASSAULT" for e in gunmen), gunmen
    protesters = code_text("Protesters stormed the parliament building in Lima on Sunday.")
    assert any(e["cameo"] == "145" for e in protesters) and not any(e["cameo"] == "190" for e in protesters), protesters


def test_borders_opened_to_refugees_grant_them_asylum(code_text):
    """'opened its borders to refugees' is asylum (075, AID) aimed at the refugees; borders opened to
    trade stay a matter of trade."""
    events = code_text("Chad opened its borders to Sudanese refugees last week.")
    assert any(e["cameo"] == "075" and e["plover"]["event"] == "AID" and e["source_actor"].startswith("TCD")
               and e["target_actor"].startswith("SDN") for e in events), events
    displaced = code_text("Pakistan opened its borders to displaced Afghans in 1980.")
    assert any(e["cameo"] == "075" and e["target_actor"].startswith("AFG") for e in displaced), displaced
    trade = code_text("Kenya opened its borders to trade with Somalia.")
    assert "075" not in {e["cameo"] for e in trade}, trade


def test_a_storming_has_its_toll(code_text):
    """'stormed a police station, killing three officers': one armed assault on the station, whose
    toll the killing tells, not a second attack that takes its place."""
    events = code_text("Gunmen stormed a police station in northern Mali on Sunday, killing three officers.")
    assert [e["evidence"]["event_text"] for e in events if e["cameo"][:2] == "19"] == ["stormed"], events


def test_partners_named_together_agree_with_each_other_not_with_the_deal(code_text):
    """'Canada and Chile agreed a trade deal', 'Chile and Peru discussed the dispute': what they agree
    on or discuss is no party, each partner is the other's recipient; praise stays each one's own."""
    for text, code in (("Canada and Chile have agreed a landmark free trade agreement.", "057"),
                       ("Chile and Peru discussed the fishing dispute on Monday.", "046")):
        events = [e for e in code_text(text) if e["cameo"] == code]
        dyads = {(e["source_actor"][:3], e["target_actor"][:3]) for e in events}
        assert len(dyads) == 2 and all(a and b and a != b for a, b in dyads) and \
            {a for a, _ in dyads} == {b for _, b in dyads}, events
    praised = code_text("Britain and France praised the decision.")
    assert all(not e["target_actor"] for e in praised if e["cameo"] == "051"), praised
