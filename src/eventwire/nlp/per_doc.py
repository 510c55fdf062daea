"""Answers kept per Doc: what depends on the parse alone, worked out once and kept in the Doc's user_data.

Performance (the speed floor of issues 16 and 17): several stages ask the same question of the same
verb, phrase or sentence (a verb's direct object, whether a date hangs in its phrase, a sentence's
date and name phrases); the parse does not change once coding starts, so each answer is computed on
its first asking.  Keeping it in `doc.user_data` ties it to the Doc's life: no global cache.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

from spacy.tokens import Doc, Token

T = TypeVar("T")


def kept_per_doc(doc: Doc, store: str, key: Hashable, compute: Callable[[], T]) -> T:
    """The answer kept under `key` in the Doc's `store`, computed by `compute()` on the first asking."""
    user_data = doc.user_data
    known: dict[Hashable, T] | None = user_data.get(store)
    if known is None:
        known = user_data[store] = {}
    if key in known:
        return known[key]
    found = known[key] = compute()
    return found


CHILDREN_KEY = "eventwire.children"


def children_of(token: Token) -> tuple[Token, ...]:
    """`token.children`, read from a table of every word's children built once per Doc.

    spaCy's `Token.children` scans the word's whole span (from its left edge to its right edge, the
    whole sentence for a verb at the root) and makes a new Token for each child on every asking; the
    rules ask about the same few verbs' children hundreds of times per article.  Same words, same
    order (left to right) as spaCy's."""
    doc = token.doc
    table: tuple[tuple[Token, ...], ...] | None = doc.user_data.get(CHILDREN_KEY)
    if table is None:
        table = _children_table(doc)
        doc.user_data[CHILDREN_KEY] = table
    return table[token.i]


def _children_table(doc: Doc) -> tuple[tuple[Token, ...], ...]:
    children: list[list[Token]] = [[] for _ in range(len(doc))]
    # left to right: each list comes out in spaCy's order (perf: the heads read from the Doc's array, not
    # a new Token per word for its head)
    for token, head in zip(tokens_of(doc), _head_indices(doc)):
        if head != token.i:
            children[head].append(token)
    return tuple(tuple(c) for c in children)


TOKENS_KEY = "eventwire.tokens"


def tokens_of(doc: Doc) -> tuple[Token, ...]:
    """The Doc's words as Token objects made once per Doc: `tokens_of(doc)[i]` is `doc[i]`.

    spaCy makes a new Token object on every `doc[i]` and on every step of iterating a Doc or a Span
    (about 0.1 us each); the stages walk the same sentences dozens of times per article.  Slice this
    tuple (`tokens_of(doc)[sent.start:sent.end]`) to walk a sentence with the same objects."""
    tokens: tuple[Token, ...] | None = doc.user_data.get(TOKENS_KEY)
    if tokens is None:
        tokens = doc.user_data[TOKENS_KEY] = tuple(doc)
    return tokens


SUBTREES_KEY = "eventwire.subtrees"


def subtree_of(token: Token) -> tuple[Token, ...]:
    """`token.subtree`, kept per Doc: the word and all its dependents, left to right as spaCy gives them.

    spaCy walks the subtree through nested generators, each scanning its word's span again (about 100 us
    for a sentence's root); the same phrases' subtrees are read by several rules per event."""
    known: dict[int, tuple[Token, ...]] = token.doc.user_data.setdefault(SUBTREES_KEY, {})
    subtree = known.get(token.i)
    if subtree is None:
        children = children_of(token)
        words: list[Token] = []
        for child in children:
            if child.i < token.i:
                words.extend(subtree_of(child))
        words.append(token)
        for child in children:
            if child.i > token.i:
                words.extend(subtree_of(child))
        subtree = known[token.i] = tuple(words)
    return subtree


TREE_WORDS_KEY = "eventwire.tree_words"
TREE_LEMMAS_KEY = "eventwire.tree_lemmas"


def tree_words(token: Token) -> frozenset[str]:
    """The lowercased words (`lower_`) of the dependency tree the token is in (its sentence), kept per Doc.

    A word's dependents and heads all lie in its tree, so a check that looks among them for a word of a
    small set ("ago", "previously", "than") may first ask whether the tree holds one at all: one set
    lookup for the many clauses that hold none, instead of reading their words."""
    table: tuple[frozenset[str], ...] | None = token.doc.user_data.get(TREE_WORDS_KEY)
    if table is None:
        table = token.doc.user_data[TREE_WORDS_KEY] = _tree_table(token.doc, lower_list(token.doc))
    return table[token.i]


def tree_lemmas(token: Token) -> frozenset[str]:
    """The lowercased lemmas (`lemma_.lower()`) of the dependency tree the token is in, kept per Doc: as
    `tree_words`, for checks that look for a lemma of a small set ("start", "hold")."""
    table: tuple[frozenset[str], ...] | None = token.doc.user_data.get(TREE_LEMMAS_KEY)
    if table is None:
        table = token.doc.user_data[TREE_LEMMAS_KEY] = _tree_table(token.doc, lemma_lowers(token.doc))
    return table[token.i]


def _tree_table(doc: Doc, forms: list[str]) -> tuple[frozenset[str], ...]:
    """For each word, the `forms` (one per word of the Doc, kept per Doc) of every word of its tree."""
    roots = _tree_roots(doc)
    found: dict[int, set[str]] = {}
    for form, root in zip(forms, roots):
        found.setdefault(root, set()).add(form)
    frozen = {root: frozenset(values) for root, values in found.items()}
    return tuple(frozen[root] for root in roots)


TREE_ROOTS_KEY = "eventwire.tree_roots"


def _tree_roots(doc: Doc) -> list[int]:
    """Each word's tree, by the index of its root, worked out once per Doc."""
    roots: list[int] | None = doc.user_data.get(TREE_ROOTS_KEY)
    if roots is not None:
        return roots
    heads = _head_indices(doc)
    roots = [-1] * len(heads)
    for i in range(len(heads)):
        climbed: list[int] = []
        j = i
        while roots[j] < 0 and heads[j] != j and len(climbed) <= len(heads):  # (bounded: no loop on a bad parse)
            climbed.append(j)
            j = heads[j]
        root = roots[j] if roots[j] >= 0 else j
        for k in (*climbed, j):
            roots[k] = root
    doc.user_data[TREE_ROOTS_KEY] = roots
    return roots


LOWER_FORMS_KEY = "eventwire.lower_forms"


def positions_of_word(doc: Doc, word: str) -> list[int]:
    """The indices, left to right, of the words whose lowercased form (`lower_`) is `word`.

    perf: the Doc's lowercased forms are read once per Doc, as an array of hashes, and each word looked
    for by one comparison over it, not by a Token and a string read per word of the story."""
    forms = doc.user_data.get(LOWER_FORMS_KEY)
    if forms is None:
        forms = doc.user_data[LOWER_FORMS_KEY] = doc.to_array("LOWER")
    tokens = tokens_of(doc)
    found: list[int] = (forms == doc.vocab.strings[word]).nonzero()[0].tolist()
    return [i for i in found if tokens[i].lower_ == word]


LEMMA_LOWERS_KEY = "eventwire.lemma_lowers"
LOWER_LIST_KEY = "eventwire.lower_list"


def lemma_lowers(doc: Doc) -> list[str]:
    """`[t.lemma_.lower() for t in doc]`, kept per Doc: `lemma_lowers(doc)[i]` is word i's lowercased lemma.

    perf: several stages read every word's lemma (the context cues of each sentence, the reporting
    verbs, the agreement nouns); spaCy decodes the string anew on each `lemma_`.  Read here from the
    Doc's array of lemma ids, each distinct id's string read once (from the first word that has it).
    Do not change the list returned."""
    known: list[str] | None = doc.user_data.get(LEMMA_LOWERS_KEY)
    if known is None:
        known = doc.user_data[LEMMA_LOWERS_KEY] = _strings_by_id(doc, "LEMMA", lambda t: t.lemma_.lower())
    return known


def lower_list(doc: Doc) -> list[str]:
    """`[t.lower_ for t in doc]`, kept per Doc, read as `lemma_lowers` reads the lemmas.  Do not change the
    list returned."""
    known: list[str] | None = doc.user_data.get(LOWER_LIST_KEY)
    if known is None:
        known = doc.user_data[LOWER_LIST_KEY] = _strings_by_id(doc, "LOWER", lambda t: t.lower_)
    return known


def _strings_by_id(doc: Doc, attribute: str, read: Callable[[Token], str]) -> list[str]:
    """`read(t)` for each word t, where `read` depends on the word's `attribute` id alone: asked once per
    distinct id."""
    tokens = tokens_of(doc)
    by_id: dict[int, str] = {}
    out: list[str] = []
    for i, value in enumerate(doc.to_array(attribute).tolist()):
        found = by_id.get(value)
        if found is None:
            found = by_id[value] = read(tokens[i])
        out.append(found)
    return out


HEAD_INDICES_KEY = "eventwire.head_indices"


def _head_indices(doc: Doc) -> list[int]:
    """Each word's head, by index, kept per Doc.  perf: the heads read in one call, as offsets from each
    word (spaCy keeps them so; a Token per word to ask its head would cost ten times as much)."""
    heads: list[int] | None = doc.user_data.get(HEAD_INDICES_KEY)
    if heads is None:
        offsets = doc.to_array("HEAD").astype("int64")
        heads = doc.user_data[HEAD_INDICES_KEY] = [i + int(offset) for i, offset in enumerate(offsets.tolist())]
    return heads
