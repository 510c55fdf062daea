"""'he'/'she' as the subject of what an office holder named without a name says is that office
holder (the provincial leader who 'said he is adding a levy'), not the last person named before."""


def _sources(code_text, text, cameo, word=None):
    return {e["source_actor"] for e in code_text(text)
            if e["cameo"] == cameo and (word is None or e["evidence"]["event_text"] == word)}


def test_he_in_an_unnamed_leaders_statement_is_that_leader(code_text):
    text = ("President Trump doubled the tariffs on Tuesday after Quebec's premier said "
            "he is adding a 25% levy on electricity sold to American customers.")
    sources = _sources(code_text, text, "163", "adding")
    assert any(s.startswith("CAN") for s in sources), sources
    assert not any(s.startswith("USA") for s in sources), sources


def test_a_named_reporter_is_left_to_the_person_mentions(code_text):
    """'his rival, former general Jan Novak, said he would ...': the named person, as before."""
    text = ("Prime Minister Petr Fiala's main rival, former general Jan Novak, said on Tuesday "
            "he would impose tariffs on Hungarian wine.")
    sources = _sources(code_text, text, "1312") | _sources(code_text, text, "163")
    assert sources and all(s.endswith("ELI") for s in sources), sources  # Novak himself, not "rival"
