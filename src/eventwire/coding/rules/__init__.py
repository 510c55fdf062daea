"""The coder's rules, one family per module; `precedence.py` says in which order they are tried.

    matching       a predicate's lexicon entry (verb or noun), with the targets its preposition names
    control_frames control frames over verbs: "agreed to cooperate", "urged X to release"
    noun_frames    frame nouns: "Iran's threat to close the strait"
    future         future acts: intents ("will sign") and threats ("will resume attacks if ...")
    constructions  passives by events, permissions, evaluations, verdicts, joint action, receiving...
    verbs          a verb's own entry, light verbs ("held talks"), taking part, acts that subsided
    nouns          event nouns ("Russia's invasion", "clashes broke out"), planned acts
    violence       violent causes ("an air strike killed four"), natural causes, attack tolls
    clauses        clause tests the families share (carried acts, the speaker's side, conditions)

Who the source and target of an act are is asked of coding/parties.py.  docs/coding.md says where
a new rule goes and how to test it.
"""
