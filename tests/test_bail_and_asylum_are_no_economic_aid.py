"""Bail is a release, not a bailout: "applied for bail" appeals for a release (0253), a person "bailed out"
is freed on bail (0841); "applied for asylum" appeals for humanitarian help (0233); one "sent back to
prison" is detained (173), migrants sent back home are deported (174).  A state that applies
for a bailout or bails out another still asks for or gives economic aid."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "code"), [
    ("The journalist's lawyers applied for bail on Monday.", "0253"),
    ("Lawyers for the journalist had requested that he be bailed out.", "0253"),
    ("The court bailed out the journalist on Monday.", "0841"),
    ("Three Syrian activists applied for asylum in Germany.", "0233"),
    ("Greece applied for a bailout from the EU.", "0231"),
    ("The EU bailed out Greece.", "071"),
    ("The judge sent the journalist back to prison on Monday.", "173"),
    ("Italy sent the migrants back to Libya.", "174"),
])
def test_bail_is_a_release_and_a_bailout_is_aid(code_text, sentence, code):
    assert [e["cameo"] for e in code_text(sentence)] == [code]
