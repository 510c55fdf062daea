"""Agreement references in short hand-written news passages: each kind, each status with its
modality, parties through the actor resolver, dates resolved against the publication date, and
dates that cannot be read kept as text."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Article


@pytest.fixture(scope="module")
def agreements_of(coder):
    def run(text: str, published: str | None = "2023-05-10") -> list[dict]:
        day = dt.date.fromisoformat(published) if published else None
        return coder.code_article(Article(id="t", text=text, published=day)).to_dict()["agreements"]

    return run


def _one(found: list[dict], kind: str) -> dict:
    of_kind = [a for a in found if a["kind"] == kind]
    assert len(of_kind) == 1, [(a["kind"], a["mention"]) for a in found]
    return of_kind[0]


def _status(agreement: dict) -> set[tuple[str, str]]:
    return {(s["action"], s["modality"]) for s in agreement["status"]}


def test_a_ceasefire_agreed_and_then_said_to_be_violated(agreements_of):
    found = agreements_of("Russia and Ukraine agreed to a ceasefire on Tuesday, but Kyiv accused Moscow "
                          "of violating the truce hours later.")
    ceasefire = _one(found, "ceasefire")
    assert set(ceasefire["parties"]) == {"RUS", "UKR"}
    assert [m["text"] for m in ceasefire["mentions"]] == ["a ceasefire", "the truce"]
    assert _status(ceasefire) == {("signed", "asserted"), ("violated", "claimed")}


def test_sanctions_imposed_name_who_imposes_them_and_on_whom(agreements_of):
    sanctions = _one(agreements_of("The United States imposed new sanctions on Venezuela on Monday."), "sanctions")
    assert set(sanctions["parties"]) == {"USA", "VEN"}
    assert _status(sanctions) == {("imposed", "asserted")}
    assert sanctions["dates"]["signed"]["value"] == "2023-05-08"  # the Monday before publication


def test_sanctions_extended_until_a_day_give_their_expiry(agreements_of):
    sanctions = _one(agreements_of("The European Union extended its sanctions against Russia until July 31, 2024."),
                     "sanctions")
    assert "RUS" in sanctions["parties"]
    assert sanctions["dates"]["expiry"] == {"text": "July 31, 2024", "value": "2024-07-31", "precision": "day",
                                            "start": sanctions["dates"]["expiry"]["start"],
                                            "end": sanctions["dates"]["expiry"]["end"]}
    assert _status(sanctions) == {("extended", "asserted")}


def test_a_memorandum_of_understanding_signed_by_the_two_countries_named_before(agreements_of):
    found = agreements_of("Turkish and Azerbaijani ministers met in Ankara on Monday. Turkey and Azerbaijan "
                          "signed a memorandum of understanding on defence cooperation.")
    mou = _one(found, "mou")
    assert mou["mention"] == "a memorandum of understanding"
    assert set(mou["parties"]) == {"TUR", "AZE"}
    assert _status(mou) == {("signed", "asserted")}


def test_aliases_of_a_known_agreement_are_one_reference(agreements_of):
    found = agreements_of("Washington withdrew from the Iran nuclear deal in 2018, and Tehran has since "
                          "breached the JCPOA's limits on enrichment.")
    deal = _one(found, "agreement")
    assert deal["name"] == "Joint Comprehensive Plan of Action" and deal["named"]
    assert [m["text"] for m in deal["mentions"]] == ["the Iran nuclear deal", "the JCPOA"]
    assert ("withdrawn", "historical") in _status(deal)  # 2018, five years before the news
    assert ("violated", "asserted") in _status(deal)


def test_a_treaty_that_expires_later_has_a_future_expiry(agreements_of):
    treaty = _one(agreements_of("The New START treaty, which expires in February 2026, limits deployed warheads."),
                  "treaty")
    assert treaty["name"] == "New START"
    assert treaty["dates"]["expiry"]["value"] == "2026-02"
    assert treaty["dates"]["expiry"]["precision"] == "month"
    assert _status(treaty) == {("expired", "future")}


def test_an_adopted_un_resolution_has_its_number_and_adoption_month(agreements_of):
    resolution = _one(agreements_of("The Security Council adopted Resolution 2254 in December 2015, endorsing "
                                    "a roadmap for peace in Syria."), "un_resolution")
    assert resolution["number"] == "2254"
    assert resolution["dates"]["signed"]["value"] == "2015-12"
    assert _status(resolution) == {("signed", "historical")}
    assert "IGOUNO" in resolution["parties"]


def test_an_arms_embargo_imposed_years_ago_and_violated_since(agreements_of):
    embargo = _one(agreements_of("The UN arms embargo on Libya, imposed in 2011, has been violated repeatedly."),
                   "sanctions")
    assert {"IGOUNO", "LBY"} <= set(embargo["parties"])
    assert embargo["dates"]["signed"]["value"] == "2011"
    assert _status(embargo) == {("imposed", "historical"), ("violated", "asserted")}


def test_a_treaty_two_countries_plan_to_sign_is_future(agreements_of):
    treaty = _one(agreements_of("Iran and Russia plan to sign a 20-year cooperation treaty next month."), "treaty")
    assert set(treaty["parties"]) == {"IRN", "RUS"}
    assert _status(treaty) == {("signed", "future")}
    assert treaty["dates"]["signed"] == {**treaty["dates"]["signed"], "value": "2023-06", "precision": "month"}


def test_suspending_participation_is_suspending_the_treaty(agreements_of):
    treaty = _one(agreements_of("Russia suspended its participation in New START on Tuesday."), "treaty")
    assert _status(treaty) == {("suspended", "asserted")}


def test_a_ceasefire_under_a_condition_is_hypothetical(agreements_of):
    ceasefire = _one(agreements_of("The truce could be extended if both sides agree."), "ceasefire")
    assert _status(ceasefire) == {("extended", "hypothetical")}


def test_lifting_withdrawing_ratifying_proposing_negotiating(agreements_of):
    cases = {
        "The European Union lifted sanctions on Belarus on Friday.": ("sanctions", ("lifted", "asserted")),
        "Niger revoked a military cooperation agreement with the United States on Saturday.":
            ("agreement", ("withdrawn", "asserted")),
        "The Turkish parliament ratified the treaty on Thursday.": ("treaty", ("ratified", "asserted")),
        "France proposed a ceasefire in Lebanon on Monday.": ("ceasefire", ("proposed", "asserted")),
        "Negotiators negotiated a trade agreement in Geneva on Wednesday.": ("agreement", ("negotiated", "asserted")),
    }
    for text, (kind, status) in cases.items():
        assert status in _status(_one(agreements_of(text), kind)), text


def test_idioms_and_generic_plurals_are_not_agreements(agreements_of):
    assert agreements_of("Traders faced a great deal of uncertainty, and analysts were in broad agreement "
                         "that the resolution of this question would take months.") == []
    assert agreements_of("All bilateral agreements were reviewed, officials said.") == []


def test_dates_that_cannot_be_read_never_break_the_article(agreements_of):
    found = agreements_of("The deal was signed on 31 Februar 2019 and expires on the 45th of Smarch.")
    deal = _one(found, "agreement")
    assert deal["dates"]["signed"]["value"] == "2019"  # the only part that reads as a date
    assert deal["dates"]["signed"]["precision"] == "year"


def test_without_a_publication_date_relative_dates_stay_text(agreements_of):
    found = agreements_of("Iran and Russia will sign a defence agreement next month.", published=None)
    agreement = _one(found, "agreement")
    signed = agreement["dates"]["signed"]
    assert (signed["text"], signed["value"]) == ("next month", None)
    assert ("signed", "future") in _status(agreement)
