"""Every CAMEO code the product ships can be produced by at least one lexicon entry."""

from eventwire.coding.lexicon import load_lexicon
from eventwire.coding.ontology import load_ontology


def test_every_cameo_code_is_reachable():
    """All 3- and 4-digit codes of the shipped ontology have an entry; roots count via their x0 code."""
    lexicon = load_lexicon()
    codes = set(load_ontology().codes)
    reachable = lexicon.reachable_codes()
    missing = sorted(c for c in codes if len(c) > 2 and c not in reachable)
    assert not missing, f"codes without a lexicon entry: {missing}"
    roots = sorted(c for c in codes if len(c) == 2 and c + "0" not in reachable)
    assert not roots, f"roots whose x0 code is unreachable: {roots}"


def test_every_code_in_the_lexicon_is_in_the_ontology():
    """No entry produces a code the rest of the pipeline cannot look up."""
    assert load_lexicon().reachable_codes() <= set(load_ontology().codes)


def test_frequent_roots_have_dozens_of_entries():
    """The roots news reports most often are covered by many phrasings, not a token entry."""
    counts: dict[str, int] = {}
    for p in load_lexicon().patterns:
        counts[p.cameo[:2]] = counts.get(p.cameo[:2], 0) + 1
    for root in ("01", "02", "03", "04", "05", "08", "11", "12", "14", "17", "18", "19"):
        assert counts.get(root, 0) >= 40, (root, counts.get(root, 0))
