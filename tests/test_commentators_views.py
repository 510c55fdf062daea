"""What commentators say is not an event: an analyst's, an academic's, a former official's or a
witness's view is theirs, their praise or criticism is no act of the parties, and what any speaker
only guesses, judges or cannot say is not asserted.  The parties' own acts, an official's words and an
NGO's statement stay."""

from __future__ import annotations

import pytest

# The first sentence of a story (its lead) states the news: the sentences under test come after it.
LEAD = "Officials met in the capital on Tuesday."


def _body(code_text, text: str) -> list[dict]:
    """The events of `text` read after LEAD (all sentences of `text`)."""
    return [e for e in code_text(f"{LEAD} {text}", "2025-03-12") if e["evidence"]["sentence_index"] >= 1]


def _readings(events: list[dict], word: str) -> list[tuple[str, str]]:
    """(modality, cue) of the events whose text starts with `word` (after the auxiliary that states an act
    for the future: "would impose")."""
    return [(e["modality"], e["evidence"]["modality_cue"]) for e in events
            if _act_words(e["evidence"]["event_text"])[0] == word]


def _act_words(text: str) -> list[str]:
    words = text.lower().split()
    return words[1:] if len(words) > 1 and words[0] in ("will", "would", "shall", "'ll") else words


def _codes(events: list[dict]) -> list[str]:
    return [e["cameo"] for e in events]


VIEWS = [
    # an analyst described in apposition: what they say happened is their account
    ("Oleg Marin, a political analyst in Vilnius, said the army had shelled the port.", "shelled",
     "view of a commentator (analyst)"),
    # a post at a think tank makes the speaker a commentator
    (('"Brasilia will not hesitate to confront Caracas," said Rosa Lind, a director at the Andes Peace '
     'Foundation. "It has already defied the neighbours."'), "defied", "view of a commentator (foundation)"),
    # introduced earlier, later named by surname
    (("Lena Brandt, a professor at Hamburg University, spoke to reporters in Berlin. "
     '"Moscow rejected the offer out of hand," Brandt said.'), "rejected", "view of a commentator (professor)"),
    # introduced earlier, later "he said"
    (("Tom Reyes of the Pacific Strategy Institute followed the vote. "
     '"Beijing blocked the resolution to protect its ally," he said.'), "blocked",
     "view of a commentator (institute)"),
    # a former official described in apposition
    ("Peter Grant, a former State Department negotiator, said Tehran had expelled the inspectors.", "expelled",
     "view of a commentator (former)"),
    # a former post as a title before the name, or in a coordinated description
    ('"Ankara rejected the offer," said former Turkish Ambassador Mithat Rende.', "rejected",
     "view of a commentator (former)"),
    ("Abdul Lewal, an Afghan writer and former diplomat, told VOA the Taliban rejected the offer.", "rejected",
     "view of a commentator (former)"),
    # a clause attributed to commentators by "according to"
    ("Police refused to release the detainees, according to local resident Abala Waro.", "refused",
     "view of a witness (resident)"),
    # an opinion verb frames the commentator's view as "said" does
    ("Experts think Pyongyang has resumed work at the reactor to pressure Washington.", "resumed",
     "view of a commentator (expert)"),
    # an event noun in a commentator's words that refers to no act told as news is only theirs
    (('"Hanoi is building leverage for future negotiations with Beijing," said Kim Ly, a professor at Saigon '
     'University.'), "negotiations", "view of a commentator (professor)"),
    # a witness's account of talks or refusals is their story
    ('"The officials refused to register our children," said a resident of the village.', "refused",
     "view of a witness (resident)"),
]


@pytest.mark.parametrize(("text", "word", "cue"), VIEWS)
def test_what_a_commentator_says_is_their_view_not_an_asserted_act(code_text, text, word, cue):
    readings = _readings(_body(code_text, text), word)
    assert readings and all(r == ("hypothetical", cue) for r in readings), readings


REMARKS = [
    (('"The accord is a fine model for the whole region," said Maria Lopez, a senior fellow at the Atlantic '
     'Policy Institute.'), {"051"}),
    ("Security analyst Ruth Okafor welcomed the decision.", {"051"}),
    ("Researchers warn that the outbreak could spread to the capital.", {"130"}),
    ("Gus Hale, a former Treasury official, said the tariff plan was reckless and dangerous.", {"111"}),
    # a witness's verdict in their words
    ('"This is a disgrace for the country," said a resident of the town.', {"111"}),
    # introduced earlier, the verdict later said by "she"
    ('Rosa Lind, a Brazilian professor, spoke on Monday. "The accord is a fine model for the region," she said.',
     {"051"}),
]


@pytest.mark.parametrize(("text", "codes"), REMARKS)
def test_a_commentators_praise_criticism_or_warning_is_not_an_event(code_text, text, codes):
    assert not codes & set(_codes(_body(code_text, text)))


KEPT = [
    # an NGO's official speaks for the NGO: its condemnation is coded, its account asserted
    ("Ana Ruiz, a researcher at Human Rights Watch, said police beat the protesters in Lagos on Monday.",
     "beat"),
    # an official's words report the government's acts
    ("Foreign Minister Sergei Lavrov said Russia expelled the diplomats on Monday.", "expelled"),
    # residents acting together act: their criticism of a policy is no remark in a quote
    ("Residents of the port city criticized the government's new fishing quotas.", "criticized"),
    # a witness's account of violence is how the news learns of it
    ('"They shot the guards and set the train on fire," said a passenger.', "shot"),
    # a student telling of violence is a witness, not a commentator of their university
    ("Ahmed Saleh, a student at Khartoum University, said police beat the protesters.", "beat"),
    # a commentator telling their own act acts
    (('"Thousands of us turned out today to show that we support the strikers," said Ali Khatib, a professor '
     'at the medical college.'), "support"),
    # an event the commentator names by a noun is told elsewhere in the story: it stays
    ("Analysts said the prime minister's visit to Paris came amid rising tensions with Rome.", "visit"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_the_parties_acts_in_an_officials_or_an_ngos_words_stay_asserted(code_text, text, word):
    readings = _readings(_body(code_text, text), word)
    assert readings and all(m == "asserted" for m, _ in readings), readings


@pytest.mark.parametrize("text", [
    "Ivo Kral, a former prime minister, criticized the government's budget.",
    "Pavel Dusek, a former steel tycoon, criticized the government's budget.",
])
def test_a_former_leader_or_tycoon_is_a_political_figure_not_a_commentator(code_text, text):
    assert "111" in _codes(_body(code_text, text))


def test_an_ngo_officials_condemnation_stays_an_event(code_text):
    events = _body(code_text, "Maya Stone, the Asia director at Amnesty International, condemned the "
                              "government's crackdown on journalists.")
    assert "111" in _codes(events)


NOT_ASSERTED = [
    # a guessing modal up the clause covers every act of it
    (('"Emboldened by weak sanctions, he may provoke Washington further by attempting to buy missiles and '
     'defying the U.S. in the Gulf," the minister said.'), "defying", "may"),
    # an impersonal judgement: what should or should not have been done
    ('"It was a mistake to arm the militias," the senator said.', "arm", "it was mistake"),
    ('"It was evident that they would impose tariffs on steel," the minister said.', "impose", "it was evident"),
    # through the small clause of "help them V"
    (('"To counter that, it is necessary for Japan to keep talks going with Manila and help them train coast '
     'guards," the minister said.'), "train", "it is necessary"),
    # an obligation in the speaker's words
    ('"You got to rescue the hostages," the governor told the crowd.', "rescue", "got to"),
    # a speaker's own opinion or hope
    ('"I believe the army attacked the villages to punish them," the senator said.', "attacked", "I believe"),
    ('"We hope we will round up the smugglers soon," the minister said.', "hope", "We hope"),
    # a saying that is not made
    ('"Ankara officially cannot say we will renounce the Brotherhood\'s support," the minister said.', "renounce",
     "say not"),
]


@pytest.mark.parametrize(("text", "word", "cue"), NOT_ASSERTED)
def test_what_a_speaker_guesses_judges_or_cannot_say_is_not_asserted(code_text, text, word, cue):
    readings = _readings(_body(code_text, text), word)
    assert readings and all(r == ("hypothetical", cue) for r in readings), readings


def test_a_saying_left_open_by_a_question_word_keeps_its_content(code_text):
    events = _body(code_text, "Police did not say how many protesters they arrested in Nairobi on Monday.")
    assert ("asserted", "") in _readings(events, "arrested")


def test_a_saying_a_speaker_can_make_is_made(code_text):
    events = _body(code_text, '"We can say that the army withdrew from the town," the minister said.')
    assert ("asserted", "") in _readings(events, "withdrew")


@pytest.mark.parametrize(("text", "word"), [
    # "it" is the country, and "willing" its readiness: no impersonal judgement
    ("Tunisia said on Monday it is willing to open dialogue with the two unions to end a two-week strike.", "end"),
    # the act of a relative clause inside an opinion is not the opinion
    (('"I think that those who criticize the reforms from abroad are acting on their own views," the minister '
     'said.'), "criticize"),
])
def test_readiness_and_the_acts_an_opinion_mentions_stay_asserted(code_text, text, word):
    readings = _readings(_body(code_text, text), word)
    assert readings and all(m == "asserted" for m, _ in readings), readings
