"""Resolve one noun phrase (a list of matching tokens) to actors, without document context.

Two steps, kept apart so each is testable: `scan` finds the pieces (country names and adjectives, named
entries, role nouns, unknown capitalised names, possessive markers, conjunctions, prepositions), and
`compose` reads them as English noun phrases do: the head is the last content piece before the first
preposition; "X's" is a possessor; modifiers before the head give the country and, for weak heads
("official", "spokesman"), the sector; a prepositional phrase ("of Iran", "in the UK") gives the country
only to a head that is already an actor; "former" makes an official an elite (ELI).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from ..coding.vocabulary import engine_words
from ..model import Actor
from ..places.origin import PLACE_SUFFIXES, place_country
from .codes import compose_code
from .index import CountryForm, EntryGroup, Gazetteer
from .tables import INTERNATIONAL_COUNTRIES, RoleRow
from .text import Tok

PREPOSITIONS = frozenset({"of", "in", "at", "from", "for", "with", "on", "near", "to", "by", "against",
                          "between", "among", "inside", "across", "outside", "within", "under", "into"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "all",
                         "both", "any", "each", "no", "other", "another", "such", "more", "most", "few",
                         "over", "about", "around", "nearly", "almost", "least", "than", "also", "only",
                         "including"})
# Words that only count and qualify; capitalised they may start a name ("New York", "Top Gun").
QUALIFIERS = frozenset({"dozen", "dozens", "hundreds", "thousands", "scores", "number", "group", "large",
                        "small", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one",
                        "twenty", "current", "new", "senior", "top", "local", "then", "prominent", "unnamed",
                        "unidentified", "anonymous", "said"})
# Counts that never start a name, capitalised first in the sentence too ("Thousands of Kenyans marched").
COUNTING_WORDS = frozenset({"dozens", "hundreds", "thousands", "millions", "tens", "scores"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "him", "them", "us", "me", "it", "you",
                               "himself", "herself", "themselves", "ourselves", "ours"})
CONJUNCTIONS = frozenset({"and", "or", ",", "&", ";", "nor"})
# "Iran-backed militias" are not Iranian; "Somalia-based" and "US-led" keep the country.
# Neither does "rebel-held city" make the city rebels.
FOREIGN_LINK_WORDS = frozenset({"backed", "supported", "sponsored", "allied", "funded", "aligned", "linked",
                                "affiliated", "inspired", "armed", "trained", "friendly", "leaning", "held",
                                "controlled", "occupied", "claimed", "dominated", "ruled", "administered",
                                "influenced", "targeted", "hit", "bound"})
MEMBER_STATE_NOUNS = engine_words("MEMBER_STATE_NOUNS")
# "pro-Russian", "anti-American", "non-European": the country only qualifies, or is denied
NEGATING_PREFIXES = frozenset({"pro", "anti", "non"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Last words of proper names of places and buildings: such a name is no person, whatever title precedes.
FACILITY_WORDS = frozenset({"road", "street", "avenue", "square", "bridge", "airport", "port", "hospital",
                            "stadium", "park", "mall", "hotel", "center", "centre", "building", "tower",
                            "camp", "base", "prison", "highway", "boulevard", "station", "market", "mosque",
                            "church", "temple", "cathedral", "school", "river", "valley", "mountain",
                            "mountains", "island", "islands", "lake", "sea", "gulf", "strait", "canal",
                            "crossing", "checkpoint", "dam", "field", "refinery", "plant", "district"})
NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "al", "el", "abu", "de", "da", "di", "del", "dos", "van",
                            "von", "der", "den", "la", "le", "ben", "zu", "ter"})
NAME_STOP = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "madam", "mister"})
# Armed groups the tables do not know are named like armies and fronts: "the Baloch Liberation Army",
# "Sudan Liberation Movement".  An "Army" name with a word of its own is a rebel group, unless that
# word only says whose state army it is ("Royal Thai Army", "the Afghan National Army"); a "Front" or
# "Movement" is a rebel group only when a militant word says so ("National Front" is a party).
ARMED_NAME_HEADS = frozenset({"army", "front", "movement", "liberation"})
ARMED_STATE_SECTORS = frozenset({"MIL", "COP"})
# Nouns for a person of a body that the roles table does not make a role on their own ("head of ...")
BODY_MEMBER_WORDS = frozenset({"head", "chair", "chairman", "chairwoman", "chairperson", "director",
                               "member", "founder", "co-founder", "leader", "chief", "boss"})
# Last words of a body's own name that say it is an organisation: "the Distilled Spirits Council of the
# United States", "the Law Society of Kenya" are bodies of the country their "of" phrase names.
ORGANISATION_NAME_HEADS = frozenset({"council", "association", "society", "federation", "institute",
                                     "foundation", "chamber", "league", "confederation", "syndicate",
                                     "guild", "alliance", "coalition", "union"})
STATE_ARMY_WORDS = frozenset({"royal", "national", "people", "people's", "peoples", "popular", "imperial",
                              "federal", "regular", "republic", "territorial", "red", "united", "defence",
                              "defense", "state", "islamic republic", "s"})
MILITANT_NAME_WORDS = frozenset({"liberation", "revolutionary", "resistance", "jihad", "jihadist", "armed",
                                 "mujahideen", "mujahedeen", "insurgent", "rebel", "independence", "militia"})


@dataclass(frozen=True)
class Piece:
    kind: str  # country | entry | person | role | name | place | poss | conj | prep | det | pro | word
    start: int  # token indices [start, end) in the phrase
    end: int
    text: str
    country: CountryForm | None = None
    groups: tuple[EntryGroup, ...] = ()
    role: RoleRow | None = None
    place: str = ""  # country of a place
    fuzzy: bool = False
    cstart: int = -1  # character span of the piece in the source text
    cend: int = -1

    def spanning(self, cstart: int, cend: int) -> Piece:
        """This piece at a character span of the source; built directly, as dataclasses.replace on
        every piece of every phrase was a measurable share of coding time."""
        return Piece(kind=self.kind, start=self.start, end=self.end, text=self.text, country=self.country,
                     groups=self.groups, role=self.role, place=self.place, fuzzy=self.fuzzy, cstart=cstart, cend=cend)

    @property
    def country_form(self) -> CountryForm:
        """The country of a "country" piece, which always has one."""
        if self.country is None:
            raise ValueError(f"{self.kind} piece {self.text!r} has no country")
        return self.country

    @property
    def role_row(self) -> RoleRow:
        """The role of a "role" piece (or of an entry read as one), which always has one."""
        if self.role is None:
            raise ValueError(f"{self.kind} piece {self.text!r} has no role")
        return self.role


@dataclass(frozen=True)
class Resolution:
    """A resolved phrase plus what the document pass may still fill in."""

    actor: Actor
    is_person: bool = False
    person_name: str = ""  # the person's name as written, "" if none
    office: str = ""  # office key of the person's role (defence_minister, ...)
    role_only: bool = False  # a role noun with no name ("the minister"): may bind to a known person
    pronoun: str = ""  # the phrase is this personal pronoun
    counterpart_of: str = ""  # "his ... counterpart": the possessive pronoun
    country_explicit: bool = False  # the country came from words in the phrase, not from a table row
    place_only: bool = False  # the phrase is a place name (city, region, capital), not an actor noun
    name_head: str = ""  # the proper name heading the phrase, known or not ("Hatami")
    weak_role: bool = False  # the head is a weak role noun ("official", "leader"): it names no one in particular
    sector_from_modifier: bool = False  # an unknown head noun took its sector from a modifier ("army accountant")
    group_name: bool = False  # a group's own name the tables do not know: the article may place it
    start: int = -1  # character span of the evidence
    end: int = -1

    @property
    def known(self) -> bool:
        return bool(self.actor.code)


def _written_in_capitals(text: str) -> bool:
    """'NGO', 'NGOs', 'MPs': capitals, allowing a plural s."""
    stem = text.removesuffix("s")
    return len(stem) >= 2 and stem.isupper()


def _is_capitalised(tok: Tok) -> bool:
    return tok.casing in ("title", "upper")


# --------------------------------------------------------------------------- scanning


def scan(toks: Sequence[Tok], gaz: Gazetteer, date: dt.date | None, typos: bool = True,
         person_offsets: frozenset[int] = frozenset()) -> list[Piece]:
    """Cut the tokens into pieces, longest table match first.

    `typos` allows one-edit corrections of single words to a nationality ("Kazahks"); the document pass
    turns it off, since in edited running text an unknown capitalised word is more often a name.
    `person_offsets`: character offsets of words a tagger marked as people's names (never places)."""
    pieces: list[Piece] = []
    i = 0
    while i < len(toks):
        piece = _match_at(toks, i, gaz, date)
        if piece.kind == "word" and piece.text.lower() in NAME_PARTICLES and pieces \
                and pieces[-1].kind in ("person", "name") and i + 1 < len(toks) and _is_capitalised(toks[i + 1]):
            piece = replace(piece, kind="name")  # "Tamim bin Hamad", "Ursula von der Leyen"
        pieces.append(piece)
        i = piece.end
    merged = _merge_names(pieces, toks, gaz, date, typos, person_offsets)
    return [p.spanning(toks[p.start].start, toks[p.end - 1].end) for p in merged]


def _match_at(toks: Sequence[Tok], i: int, gaz: Gazetteer, date: dt.date | None) -> Piece:
    tok = toks[i]
    if tok.is_possessive:
        return Piece("poss", i, i + 1, tok.text)
    names = gaz.name_matches(toks, i)
    roles = [(e, r) for e, r in gaz.roles.matches_at(toks, i, ignore_case=True)
             if not (r.needs_name and not (e < len(toks) and _is_capitalised(toks[e])
                                           and _is_capitalised(toks[i])))
             and not (r.abbreviation and not _written_in_capitals(toks[i].text))]
    name_end = names[0][0] if names else i
    role_end = roles[0][0] if roles else i
    if names and name_end >= role_end:
        piece = _name_piece(toks, i, name_end, [p for e, p in names if e == name_end], date, gaz)
        if roles and role_end == name_end and piece.kind == "entry":
            # "Security Council" is the UN's, but "Russia's Security Council" is Russia's: keep the role
            piece = replace(piece, role=roles[0][1])
        return piece
    if roles:
        end, role = roles[0]
        return Piece("role", i, end, _text(toks, i, end), role=role)
    key = tok.key
    if key in CONJUNCTIONS and not (key == "or" and _is_capitalised(tok)):
        return Piece("conj", i, i + 1, tok.text)
    if key in PREPOSITIONS and tok.casing != "upper":
        return Piece("prep", i, i + 1, tok.text)
    if key in POSSESSIVE_PRONOUNS and tok.casing != "upper":
        return Piece("pro", i, i + 1, tok.text)
    if key in PERSONAL_PRONOUNS and tok.casing != "upper":
        return Piece("pro", i, i + 1, tok.text)
    if (key in DETERMINERS or key.isdigit() or (key in QUALIFIERS and tok.casing == "lower")
            or (key in COUNTING_WORDS and tok.casing != "upper")):
        return Piece("det", i, i + 1, tok.text)
    if _is_capitalised(tok) and key not in NAME_STOP:
        return Piece("name", i, i + 1, tok.text)
    return Piece("word", i, i + 1, tok.text)


def _text(toks: Sequence[Tok], i: int, j: int) -> str:
    return " ".join(t.text for t in toks[i:j])


def _name_piece(toks: Sequence[Tok], i: int, end: int, payloads: list, date: dt.date | None,
                gaz: Gazetteer) -> Piece:
    groups = tuple(p for p in payloads if isinstance(p, EntryGroup))
    countries = [p for p in payloads if isinstance(p, CountryForm)]
    text = _text(toks, i, end)
    if end - i == 1 and groups and all(g.kind == "person" for g in groups) and date is not None:
        # a bare surname: the listed alias wins unless only another office-holder of that surname is
        # in office on the date ("Clinton" in 2010 is the secretary of state)
        others = tuple(g for g in gaz.surnames.get(toks[i].key, ()) if g not in groups)
        if not any(g.valid_on(date) for g in groups) and any(g.valid_on(date) for g in others):
            groups = tuple(g for g in others if g.valid_on(date))
    if groups:
        chosen = _choose_groups(groups, date)
        if chosen:
            kind = "person" if chosen[0].kind == "person" else "entry"
            return Piece(kind, i, end, text, groups=chosen)
    if countries:
        distinct = {c.iso3 for c in countries}
        if len(distinct) == 1:
            return Piece("country", i, end, text, country=countries[0])
    return Piece("name", i, end, text)


def _choose_groups(groups: tuple[EntryGroup, ...], date: dt.date | None) -> tuple[EntryGroup, ...]:
    """Entries sharing a name: prefer user files, then those valid on the date; drop if countries clash."""
    user = tuple(g for g in groups if g.user)
    groups = user or groups
    valid = tuple(g for g in groups if g.valid_on(date))
    if date is None and len(groups) > 1:
        # undated: the current (open-ended) phase of an organisation that changed role
        ongoing = tuple(g for g in groups if any(r.end is None for r in g.rows))
        valid = ongoing or groups
    groups = valid or groups
    countries = {g.at(date)[0].country for g in groups}
    if len(countries) > 1:
        return ()
    return groups


def _merge_names(pieces: list[Piece], toks: Sequence[Tok], gaz: Gazetteer, date: dt.date | None,
                 typos: bool, person_offsets: frozenset[int] = frozenset()) -> list[Piece]:
    """Join runs of unknown capitalised words into one name; look it up as a surname, a place or a typo."""
    out: list[Piece] = []
    run: list[Piece] = []

    def flush() -> None:
        if run and out and out[-1].kind == "person" and out[-1].end == run[0].start \
                and toks[run[-1].end - 1].key in FACILITY_WORDS:
            # "Hamid Karzai International Airport", "Jomo Kenyatta Hospital": a place named after the person
            last = out.pop()
            out.append(Piece("facility", last.start, run[-1].end,
                             " ".join(t.text for t in toks[last.start:run[-1].end])))
            run.clear()
        if run and out and out[-1].kind == "person" and out[-1].end == run[0].start:
            last = out.pop()
            if last.end - last.start > 1:
                # "Sheikh Mohamed bin Zayed" + "Al Nahyan": the rest of the same person's name
                out.append(replace(last, end=run[-1].end, text=" ".join(t.text for t in toks[last.start:run[-1].end])))
                run.clear()
            else:
                # "Gul Rahman": one word some office-holder is known by, then more of a name, is another
                # person's first name; the whole name is read as one
                run.insert(0, Piece("name", last.start, last.end, last.text))
        if run:
            is_person = any(t.start in person_offsets for t in toks[run[0].start:run[-1].end])
            out.extend(_resolve_name_run(run, toks, gaz, date, typos and not is_person, is_person))
            run.clear()

    for p in pieces:
        if p.kind == "name" or (run and p.kind == "word" and p.text.lower() in PLACE_SUFFIXES):
            run.append(p)
        elif run and p.kind == "person" and run[-1].end == p.start:
            # "Bill Gates": a first name before a known surname must be that person's first name
            words = [t.text for t in toks[run[0].start:p.end]]
            groups = _surname_match(words, gaz, date)
            start = run[0].start
            run.clear()
            out.append(Piece("person" if groups else "name", start, p.end, " ".join(words), groups=groups))
        else:
            flush()
            out.append(p)
    flush()
    return out


def _resolve_name_run(run: list[Piece], toks: Sequence[Tok], gaz: Gazetteer, date: dt.date | None,
                      typos: bool, is_person: bool = False) -> list[Piece]:
    start, end = run[0].start, run[-1].end
    words = [t.text for t in toks[start:end]]
    text = " ".join(words)
    if toks[end - 1].key in FACILITY_WORDS:
        return [Piece("facility", start, end, text)]  # "Sheikh Zayed Road", "Al-Shifa Hospital": a thing
    person = _surname_match(words, gaz, date)
    if person:
        return [Piece("person", start, end, text, groups=person)]
    iso3 = "" if is_person else place_country(words)
    if iso3:
        return [Piece("place", start, end, text, place=iso3)]
    if len(words) >= 2:
        group = _respelled_entry(toks[start:end], gaz, date)
        if group is not None:
            kind = "person" if group.kind == "person" else "entry"
            return [Piece(kind, start, end, text, groups=(group,), fuzzy=True)]
    if typos and len(words) == 1 and len(words[0]) >= 7:
        form = _typo_demonym(toks[start].key, gaz)
        if form:
            return [Piece("country", start, end, text, country=form, fuzzy=True)]
    return [Piece("name", start, end, text)]


def _surname_match(words: list[str], gaz: Gazetteer, date: dt.date | None) -> tuple[EntryGroup, ...]:
    from .text import key_of

    keys = [key_of(w) for w in words]
    candidates = list(dict.fromkeys(gaz.surnames.get(keys[-1], ())))
    if not candidates:
        return ()
    if len(keys) == 1:
        # a lone word that is some office-holder's last name ("Omar", "Ashraf") is often someone's first
        # name: only people in office on the date (or, undated, still in office) are read from it
        candidates = [g for g in candidates if (g.valid_on(date) if date is not None
                                                 else any(r.end is None for r in g.rows))]
    if len(keys) > 1:
        first = keys[0]
        candidates = [g for g in candidates
                      if first in gaz.first_names.get(g.identity, ()) or (len(first) == 1 and any(
                          f.startswith(first) for f in gaz.first_names.get(g.identity, ())))]
    return _choose_groups(tuple(candidates), date) if candidates else ()


SPELLING_SIMILARITY = 0.9


def _respelled_entry(toks: Sequence[Tok], gaz: Gazetteer, date: dt.date | None) -> EntryGroup | None:
    """A multi-word name spelt differently from the table ("Ahlu Sunnah Waljama"): one close entry."""
    from difflib import SequenceMatcher

    squashed = "".join(t.key for t in toks if t.key != "'s")
    if len(squashed) < 10:
        return None
    best: dict[str, tuple[float, EntryGroup]] = {}
    matcher = SequenceMatcher(None, b=squashed)
    for cand, group in gaz.spellings.get(squashed[:2], ()):
        if abs(len(cand) - len(squashed)) > 3:
            continue
        matcher.set_seq1(cand)
        if matcher.real_quick_ratio() < SPELLING_SIMILARITY or matcher.quick_ratio() < SPELLING_SIMILARITY:
            continue
        ratio = matcher.ratio()
        if ratio >= SPELLING_SIMILARITY and ratio > best.get(group.identity, (0.0, group))[0]:
            best[group.identity] = (ratio, group)
    if len(best) != 1:
        return None
    return next(iter(best.values()))[1]


def _typo_demonym(key: str, gaz: Gazetteer) -> CountryForm | None:
    """One transposition, insertion, deletion or substitution away from exactly one demonym."""
    hits = {form.iso3: form for cand, form in gaz.people_forms.items()
            if len(cand) >= 7 and abs(len(cand) - len(key)) <= 1 and _one_edit(key, cand)}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


# --------------------------------------------------------------------------- composing


@dataclass
class _Evidence:
    """What one noun phrase says, gathered before deciding."""

    text: str
    date: dt.date | None
    country: str = ""
    country_why: str = ""
    country_where: str = ""
    country_explicit: bool = False
    sector: str = ""
    sector_why: str = ""
    secondary: list[str] = field(default_factory=list)
    entry_where: str = ""
    name: str = ""
    is_person: bool = False
    office: str = ""
    role_only: bool = False
    elite_modifier: str = ""
    sector_from_modifier: bool = False
    weak_role: bool = False
    head_kind: str = ""
    owner_country: str = ""  # country of the possessor ("Russia's ...")
    name_head: str = ""
    place_only: bool = False
    weak_sector: bool = False  # the sector is a weak role's default ("spokesman"): a possessor may override
    group_name: bool = False  # a group's own name the tables do not know ("Baloch Liberation Army", "the Jubilee Party")
    head_word: str = ""  # the head word as written, lower case ("head" in "head of the ... Council")


def compose_all(pieces: list[Piece], text: str, date: dt.date | None, source: str | None = None) -> list[Resolution]:
    """All actors of a phrase: compound phrases ("Russian and Belarusian soldiers") give several.
    With `source` (the text the pieces' character spans point into), each actor's text is the words
    as written there."""
    segments, separators = _split_top_level(pieces)
    if len(segments) <= 1:
        res = compose(pieces, text, date)
        return [res] if res.known or res.pronoun or res.counterpart_of else []
    segments = _distribute_shared_head(segments)
    segments = _distribute_head_into_pp(segments)
    if separators - {","}:  # "X and Y of Z"; with commas alone it is an apposition ("X, the head of Z")
        segments = _distribute_shared_pp(segments)
    results = [compose(seg, _seg_text(seg, source), date) for seg in segments]
    if _name_then_abbreviation(segments, separators):
        # "the Baloch Liberation Army, or BLA": one group; the table's row for the short form wins
        name, short = results
        chosen = short if short.known else name
        return [replace(chosen, actor=replace(chosen.actor, text=name.actor.text))] if chosen.known else []
    if separators <= {","} and any(r.role_only or (not r.known) for r in results):
        merged = _merge_apposition(results)
        return [merged] if merged.known else []
    if separators == {","}:
        # "Ankara, Turkey", "Mariupol, Ukraine": a place followed by its own country is one place
        results = [r for k, r in enumerate(results)
                   if not (k > 0 and r.place_only and any(p.actor.country == r.actor.country for p in results[:k]))]
    out: list[Resolution] = []
    seen: set[tuple[str, str]] = set()
    for r in results:
        ident = (r.actor.code, r.actor.name)
        if r.known and ident not in seen:
            seen.add(ident)
            out.append(r)
    return out


def _name_then_abbreviation(segments: list[list[Piece]], separators: set[str]) -> bool:
    """'X, or ABC': a name followed by its short form in capitals."""
    if len(segments) != 2 or "or" not in separators or not separators <= {"or", ","}:
        return False
    short = [p for p in segments[1] if p.kind != "det"]
    if not (len(short) == 1 and short[0].end - short[0].start == 1 and _written_in_capitals(short[0].text)):
        return False
    # its letters are the name's initials ("Baloch Liberation Army, or BLA"; not "Iran or US")
    initials = {w[0].upper() for p in segments[0] for w in p.text.split() if w[:1].isupper()}
    return set(short[0].text.removesuffix("s").upper()) <= initials


def _seg_text(seg: list[Piece], source: str | None) -> str:
    spans = [(p.cstart, p.cend) for p in seg if p.cstart >= 0]
    if source is not None and spans:
        return source[min(s for s, _ in spans):max(e for _, e in spans)]
    return " ".join(p.text for p in seg)


def _split_top_level(pieces: list[Piece]) -> tuple[list[list[Piece]], set[str]]:
    segments: list[list[Piece]] = [[]]
    separators: set[str] = set()
    in_pp = False
    for p in pieces:
        if p.kind == "prep" and segments[-1]:
            in_pp = True
        if p.kind == "conj" and not in_pp:
            if segments[-1]:
                segments.append([])
            separators.add(p.text.lower() if p.text != "," else ",")
            continue
        if p.kind == "conj":
            in_pp = False
            if segments[-1]:
                segments.append([])
            separators.add(p.text.lower())
            continue
        segments[-1].append(p)
    segments = [s for s in segments if any(p.kind not in ("det",) for p in s)]
    return segments, separators


def _distribute_shared_head(segments: list[list[Piece]]) -> list[list[Piece]]:
    """'Russian and Belarusian soldiers': each bare nationality takes the last segment's head."""
    last = segments[-1]
    lead = 0
    while lead < len(last) and (last[lead].kind == "det" or _bare_nationality(last[lead])):
        lead += 1
    shared_head = last[lead:]
    if not shared_head or lead == 0:
        return segments
    out = []
    for seg in segments[:-1]:
        content = [p for p in seg if p.kind != "det"]
        if content and all(_bare_nationality(p) for p in content):
            out.append(seg + shared_head)  # "UK and EU negotiators": each takes "negotiators"
        else:
            out.append(seg)
    out.append(last)
    return out


def _distribute_head_into_pp(segments: list[list[Piece]]) -> list[list[Piece]]:
    """'the armies of Brazil and Argentina': later bare countries take the first segment's head + 'of'."""
    first = segments[0]
    k = next((i for i, p in enumerate(first) if p.kind == "prep" and i > 0), None)
    if k is None or first[k].text.lower() != "of":
        return segments
    head = first[:k + 1]
    out = [first]
    for seg in segments[1:]:
        content = [p for p in seg if p.kind != "det"]
        if content and all(_bare_nationality(p) for p in content):
            out.append(head + seg)
        else:
            out.append(seg)
    return out


def _bare_nationality(p: Piece) -> bool:
    """A piece that can stand before a shared head: a nationality, a country name, an organisation."""
    if p.kind == "country":
        return p.country_form.form in ("adjective", "name", "alias")
    return p.kind == "entry" and p.groups[0].kind == "org"


def _distribute_shared_pp(segments: list[list[Piece]]) -> list[list[Piece]]:
    """'the president and prime minister of Iran': the last head's PP belongs to every head."""
    last = segments[-1]
    k = next((i for i, p in enumerate(last) if p.kind == "prep" and i > 0), None)
    if k is None:
        return segments
    shared_pp = last[k:]
    return [seg + shared_pp if not any(p.kind == "prep" for p in seg) else seg for seg in segments[:-1]] + [last]


def _merge_apposition(results: list[Resolution]) -> Resolution:
    """'Hatami, the defence minister' is one actor: fill the gaps of the first from the others."""
    base = next((r for r in results if r.is_person and r.person_name), None)
    if base is None:  # "Francesco Rocca, the president of ...": the name of one part, the role of another
        named = next((r for r in results if r.name_head and not r.known), None)
        base = next((r for r in results if r.known), results[0])
        if named is not None and base.is_person and not base.actor.name:
            base = replace(base, actor=replace(base.actor, name=named.name_head), person_name=named.name_head)
    actor = base.actor
    country, sector, secondary = actor.country, actor.sector, list(actor.secondary_sectors)
    reasons = [actor.reason] if actor.reason else []
    office = base.office
    for r in results:
        if r is base or not r.known:
            continue
        if not country and r.actor.country:
            country = r.actor.country
            reasons.append(f"apposition gives {country}")
        if not sector and r.actor.sector:
            sector = r.actor.sector
            reasons.append(f"apposition '{r.actor.text}' gives {sector}")
        office = office or r.office
    merged = replace(actor, country=country, sector=sector, secondary_sectors=tuple(secondary),
                     code=compose_code(country, sector), reason="; ".join(reasons))
    return replace(base, actor=merged, office=office, role_only=False)


def compose(pieces: list[Piece], text: str, date: dt.date | None) -> Resolution:
    """One actor from one (non-compound) phrase."""
    content = [p for p in pieces if p.kind != "det"]
    if not content:
        return Resolution(Actor(text=text))
    if len(content) == 1 and content[0].kind == "pro" and content[0].text.lower() in PERSONAL_PRONOUNS:
        return Resolution(Actor(text=text), pronoun=content[0].text.lower())
    head_part, pp_part, prep = _split_pp(pieces)
    possessor, main = _split_possessor(head_part)
    ev = _Evidence(text=text, date=date)
    if possessor:
        owner = compose(possessor, " ".join(p.text for p in possessor), date).actor.country
        ev.owner_country = owner
    counterpart_of = _read_main(main, ev)
    _one_member_state(ev)
    if possessor:
        _posted_at_body(main, ev)
        _read_possessor(possessor, ev, date)
    if pp_part:
        _read_pp(pp_part, ev, date, prep)
        _name_after_title_pp(pp_part, ev)
    _apply_elite(ev)
    if counterpart_of is not None:
        return _finish(ev, counterpart_of=counterpart_of)
    return _finish(ev)


def _one_member_state(ev: _Evidence) -> None:
    """'the European nation', 'an EU country': a singular state noun after a region or an international
    body names one of its states, unnamed: not the region or the body (the article may name the state),
    nor of the body's sector ("a NATO country" is no armed force)."""
    if ev.country in INTERNATIONAL_COUNTRIES and ev.head_word in MEMBER_STATE_NOUNS:
        ev.country, ev.country_why, ev.country_where, ev.country_explicit = "", "", "", False
        ev.sector, ev.sector_why, ev.entry_where = "", "", ""


# "Iran's U.N. *ambassador*", "China's EU *mission*": a state's envoy to a body, not the body's own
POSTED_ROLES = frozenset({"ambassador", "envoy", "representative", "mission", "delegation", "delegate",
                          "diplomat", "emissary"})


def _posted_at_body(main: list[Piece], ev: _Evidence) -> None:
    """'Iran's U.N. ambassador': with a state as owner, the international body before a diplomatic
    role is where the diplomat is posted; the owner's country decides (read next, from the possessor)."""
    last = main[-1].text.lower() if main else ""
    if (ev.country in INTERNATIONAL_COUNTRIES and ev.owner_country and ev.owner_country not in INTERNATIONAL_COUNTRIES
            and last in POSTED_ROLES):
        if ev.entry_where == ev.country_where:
            ev.entry_where = ""  # the body's row says where the diplomat sits, not who they are
        ev.country, ev.country_why, ev.country_where, ev.country_explicit = "", "", "", False
        if not ev.sector or ev.sector not in ("GOV", "MIL"):
            ev.sector, ev.sector_why, ev.weak_sector = "GOV", f"diplomatic post '{main[-1].text}'", False


def _name_after_title_pp(pp_part: list[Piece], ev: _Evidence) -> None:
    """'U.N. Resident Coordinator for Myanmar Andrew Kirkwood': a title's prepositional phrase ending
    in a country or place and then an unknown name: the name is the title-holder's."""
    content = [p for p in pp_part if p.kind != "det"]
    if not (ev.is_person and ev.role_only and len(content) >= 2):
        return
    name, before = content[-1], content[-2]
    if name.kind == "name" and before.kind in ("country", "place") and len(name.text.split()) >= 2:
        ev.name = ev.name_head = name.text
        ev.role_only = False


def _split_pp(pieces: list[Piece]) -> tuple[list[Piece], list[Piece], str]:
    seen_content = False
    for k, p in enumerate(pieces):
        if p.kind == "prep" and seen_content:
            return pieces[:k], pieces[k + 1:], p.text.lower()
        if p.kind not in ("det", "prep"):
            seen_content = True
    return pieces, [], ""


def _split_possessor(pieces: list[Piece]) -> tuple[list[Piece], list[Piece]]:
    last = max((k for k, p in enumerate(pieces) if p.kind == "poss"), default=-1)
    if last <= 0 or last == len(pieces) - 1:
        return [], [p for p in pieces if p.kind != "poss"]
    return pieces[:last], pieces[last + 1:]


def _drop_foreign_links(main: list[Piece]) -> list[Piece]:
    """Remove countries that only qualify ("Iran-backed", "pro-Russian") rather than identify."""
    out: list[Piece] = []
    skip_next_country = False
    for k, p in enumerate(main):
        nxt = main[k + 1] if k + 1 < len(main) else None
        if p.kind == "word" and p.text.lower() in NEGATING_PREFIXES:
            skip_next_country = True
            continue
        if p.kind in ("country", "place", "entry") and skip_next_country:
            skip_next_country = False
            continue
        if p.kind in ("country", "place", "entry", "role") and nxt is not None and nxt.kind == "word" \
                and nxt.text.lower() in FOREIGN_LINK_WORDS:
            continue
        out.append(p)
    return out


def _read_main(main: list[Piece], ev: _Evidence) -> str | None:
    """Read the head and its modifiers.  Returns the possessive pronoun of a counterpart phrase."""
    main = _drop_foreign_links(main)
    content = [p for p in main if p.kind not in ("det", "poss")]
    heads = [p for p in content if not (p.kind == "role" and p.role_row.kind == "modifier")
             and not (p.kind == "word" and p.text.lower() in ("based", "led", "run", "born", "owned"))
             and p.kind != "pro"]
    if not heads:
        _read_modifiers(content, ev, head=None)
        return None
    head = heads[-1]
    if head.kind == "entry" and head.role is not None and _generic_entry_reading(
            head, modifiers_of(content, head), ev.owner_country):
        head = replace(head, kind="role", groups=())
    ev.head_kind = head.kind
    ev.head_word = head.text.lower()
    if head.kind in ("name", "person"):
        ev.name_head = head.text
    modifiers = [p for p in content if p is not head and p.start < head.start]
    if _armed_group_name(head, modifiers):
        _read_armed_group_name(head, modifiers, ev)
        return None
    if _party_name(head, modifiers):
        ev.group_name = True  # "the Jubilee Party": a party of the country the article places it in
    if head.kind == "role" and head.role_row.kind == "counterpart":
        pronoun = next((p.text.lower() for p in main if p.kind == "pro"), "")
        _read_modifiers(modifiers, ev, head=None)
        ev.is_person = True
        return pronoun
    if (head.kind in ("person", "name") and _has_title(modifiers)) or head.kind == "person":
        _read_person(head, modifiers, ev)
    elif head.kind == "role":
        _read_role_head(head, modifiers, ev)
    elif head.kind == "entry":
        _read_entry_head(head, modifiers, ev)
    elif head.kind == "country":
        _read_country_head(head, modifiers, ev)
    elif head.kind == "place":
        ev.place_only = True
        _read_modifiers(modifiers, ev, head=None)
        if not ev.country:
            _set_country(ev, head.place, f"place '{head.text}'", "", explicit=True)
            _set_sector(ev, "CVL", f"city or region '{head.text}' as actor") if not ev.sector else None
    elif head.kind == "facility":  # a named place or building: where, not who
        _read_modifiers([m for m in modifiers if m.kind in ("country", "place")], ev, head=None)
        ev.place_only = True
    else:  # unknown word or name: only the modifiers speak
        _read_modifiers(modifiers, ev, head=None)
        ev.sector_from_modifier = bool(ev.sector) and head.kind == "word"
        if _distinct_countries(modifiers) > 1:
            ev.country = ""
    return None


def _armed_group_name(head: Piece, modifiers: list[Piece]) -> bool:
    """An unknown armed group's name: a capitalised "Army" after a name word of its own ("Baloch
    Liberation Army"), or an unknown name ending in Army/Front/Movement/Liberation with a militant word
    ("Sudan Liberation Movement", "the National Liberation Front")."""
    if not head.text[:1].isupper():
        return False
    if head.kind == "role" and head.text.lower() == "army":
        own = [p for p in modifiers if p.kind == "name" and p.end <= head.start]
        words = {w.lower().strip("'’") for p in own for w in p.text.split()}
        return bool(own) and not words <= STATE_ARMY_WORDS
    if head.kind == "name":
        head_words = [w.lower() for w in head.text.split()]
        named = head_words + [w.lower() for p in modifiers if p.kind == "name" for w in p.text.split()]
        return head_words[-1] in ARMED_NAME_HEADS and bool(MILITANT_NAME_WORDS & set(named))
    return False


def _party_name(head: Piece, modifiers: list[Piece]) -> bool:
    """A party's own name the tables do not know: a capitalised "Party" after a name word of its own
    ("the Jubilee Party", "the National Unity Party")."""
    return head.kind == "role" and head.text == "Party" and any(
        p.kind == "name" and p.end == head.start for p in modifiers)


def _read_armed_group_name(head: Piece, modifiers: list[Piece], ev: _Evidence) -> None:
    """A rebel group of the country its name gives ("Free Syrian Army"); without one, the document
    pass places it in the article's country."""
    for p in modifiers:
        if p.kind in ("country", "place"):
            _set_country(ev, _piece_country(p), f"'{p.text}' in the name", "", explicit=True)
    name = " ".join(p.text for p in modifiers if p.kind in ("name", "country", "place")) + " " + head.text
    ev.name_head = ""  # a group, not a person's name: the document pass keeps it among the things named
    _set_sector(ev, "REB", f"armed group's name '{name.strip()}' (not in the tables)")
    ev.group_name = True


def modifiers_of(content: list[Piece], head: Piece) -> list[Piece]:
    return [p for p in content if p is not head and p.start < head.start]


def _generic_entry_reading(head: Piece, modifiers: list[Piece], owner_country: str = "") -> bool:
    """A name that is also a role noun ("Security Council") read as the role when another country, or
    another proper name ("National Security Council"), qualifies it."""
    entry_country = head.groups[0].rows[0].country if head.groups else ""
    if owner_country and owner_country != entry_country:
        return True
    for p in modifiers:
        if p.kind == "name" and p.end == head.start:
            return True
        country = _piece_country(p)
        if country and country != entry_country and p.kind in ("country", "place"):
            return True
    return False


def _distinct_countries(pieces: list[Piece]) -> int:
    return len({_piece_country(p) for p in pieces if _piece_country(p)})


def _piece_country(p: Piece) -> str:
    if p.kind == "country":
        return p.country_form.iso3
    if p.kind == "place":
        return p.place
    if p.kind in ("entry", "person") and p.groups:
        return p.groups[0].rows[0].country
    return ""


def _has_title(modifiers: list[Piece]) -> bool:
    return any(p.kind == "role" and p.role_row.kind == "person" for p in modifiers)


def _set_country(ev: _Evidence, country: str, why: str, where: str, explicit: bool) -> None:
    if country and not ev.country:
        ev.country, ev.country_why, ev.country_where, ev.country_explicit = country, why, where, explicit
    elif country and country == ev.country and explicit and not ev.country_explicit:
        # the text says it too: report the words of the article rather than the table row
        ev.country_why, ev.country_explicit = f"{why} (agrees with {ev.country_why})", True


def _set_sector(ev: _Evidence, sector: str, why: str) -> None:
    if not sector:
        return
    if not ev.sector:
        ev.sector, ev.sector_why = sector, why
    elif sector != ev.sector and sector not in ev.secondary:
        ev.secondary.append(sector)


def _read_modifiers(modifiers: list[Piece], ev: _Evidence, head: Piece | None) -> None:
    """Countries from nationality words, names and entries; sectors from role words and entries."""
    for p in modifiers:
        if p.kind == "country":
            why = f"{p.country_form.form} '{p.text}'" + (" (spelling corrected)" if p.fuzzy else "")
            _set_country(ev, p.country_form.iso3, why, p.country_form.where, explicit=True)
        elif p.kind == "place":
            _set_country(ev, p.place, f"place '{p.text}'", "", explicit=True)
    weak_head = head is None or (head.kind == "role" and head.role_row.weak)
    for p in reversed(modifiers):  # the modifier nearest the head speaks first
        if p.kind == "entry":
            row, _ = p.groups[0].at(ev.date)
            _set_country(ev, row.country, f"'{p.text}'", row.where, explicit=False)
            if weak_head:
                _set_sector(ev, row.sector, f"'{p.text}' ({row.where})")
                ev.entry_where = ev.entry_where or row.where
            elif row.country == "NGO" and row.sector and ev.sector == "GOV":
                # "Amnesty International secretary general Agnes Callamard": a state title in an NGO
                ev.sector, ev.sector_why = row.sector, f"'{p.text}' ({row.where})"
        elif (p.kind == "role" and p.role_row.kind != "modifier" and weak_head) or (
                p.kind == "role" and p.role_row.kind != "modifier" and not weak_head and p.role_row.sector):
            _set_sector(ev, p.role_row.sector, f"'{p.text}'")
    for p in modifiers:
        if p.kind == "role" and p.role_row.kind == "modifier":
            if p.role_row.sector == "ELI":
                ev.elite_modifier = p.text
            elif weak_head or not ev.sector:
                if ev.sector and ev.sector not in ev.secondary:
                    ev.secondary.insert(0, ev.sector)
                ev.sector, ev.sector_why = p.role_row.sector, f"'{p.text}'"


def _read_role_head(head: Piece, modifiers: list[Piece], ev: _Evidence) -> None:
    role = head.role_row
    if not role.weak:
        _set_sector(ev, role.sector, f"role '{head.text}'")
        for s in role.secondary:
            _set_sector(ev, s, "")
    _read_modifiers(modifiers, ev, head)
    if role.weak and not ev.sector and role.sector:
        _set_sector(ev, role.sector, f"role '{head.text}'")
        ev.weak_sector = True
    ev.entry_where = ev.entry_where or role.where
    if role.kind == "person":
        ev.is_person = True
        ev.role_only = True
        ev.office = role.office
        ev.weak_role = role.weak
    elif role.kind == "thing":
        ev.sector_why = f"'{head.text}' stands for its armed forces" if role.sector == "MIL" else ev.sector_why


def _read_entry_head(head: Piece, modifiers: list[Piece], ev: _Evidence) -> None:
    row, status = head.groups[0].at(ev.date)
    _read_modifiers([m for m in modifiers if m.kind not in ("country", "place")], ev, None)
    mod_sector, mod_why = ev.sector, ev.sector_why
    ev.sector, ev.secondary = "", []
    spelled = " (spelling variant)" if head.fuzzy else ""
    phase = f", {row.start or '…'} to {row.end or '…'}" if status != "always" else ""
    _set_country(ev, row.country, f"named entry '{head.text}'{spelled}{phase}", row.where, explicit=False)
    _set_sector(ev, row.sector, "")
    for s in row.secondary:
        _set_sector(ev, s, "")
    if mod_sector and mod_sector != ev.sector:
        _set_sector(ev, mod_sector, mod_why)
    _read_modifiers([m for m in modifiers if m.kind in ("country", "place")], ev, head)
    ev.entry_where = row.where


def _read_country_head(head: Piece, modifiers: list[Piece], ev: _Evidence) -> None:
    form = head.country_form
    why = f"{form.form} '{head.text}'" + (" (spelling corrected)" if head.fuzzy else "")
    _set_country(ev, form.iso3, why, form.where, explicit=True)
    ev.entry_where = form.where
    # "its NATO ally Turkey" is Turkey: only sector adjectives ("ordinary Kazakhs") qualify a country
    _read_modifiers([m for m in modifiers if m.kind == "role" and m.role_row.kind == "modifier"], ev, None)
    ev.place_only = form.form in ("capital", "name", "alias")
    if form.form == "capital" and not ev.sector and not modifiers:
        _set_sector(ev, "GOV", f"capital '{head.text}' stands for the government")


def _read_person(head: Piece, modifiers: list[Piece], ev: _Evidence) -> None:
    """A named person: titles before the name give the sector, the table row the country and dates."""
    ev.is_person = True
    titles = [p for p in modifiers if p.kind == "role" and p.role_row.kind == "person"]
    others = [p for p in modifiers if p not in titles]
    if head.kind == "person":
        # "Sheikh Tamim", "opposition leader X": a weak title says less than the leaders table
        titles = [t for t in titles if not t.role_row.weak] or []
    for t in titles:
        _set_sector(ev, t.role_row.sector, f"title '{t.text}'")
        for s in t.role_row.secondary:
            _set_sector(ev, s, "")
        ev.office = ev.office or t.role_row.office
    _read_modifiers(others, ev, None if not titles else titles[-1])
    if head.kind == "person":
        group = head.groups[0]
        row, status = group.at(ev.date)
        ambiguous = len({g.identity for g in head.groups}) > 1
        ev.name = head.text if ambiguous else group.identity
        office = (row.role or "office").replace("_", " ")
        note = {"in-office": f"{office} on the date",
                "undated": f"{office} (latest office; no date given)",
                "former": f"{office} until {row.end}: former official",
                "before": f"not yet {office} on the date",
                "always": "table entry"}[status]
        spelled = " (spelling variant)" if head.fuzzy else ""
        who = f"one of {len(head.groups)} people named '{head.text}'" if ambiguous else f"'{group.identity}'"
        if group.fallback and ev.owner_country and ev.owner_country != row.country:
            # an imported dictionary ends in ~2015: the owner the article writes ("European
            # Parliament's negotiator Guy Verhofstadt") is newer than its row (Belgian prime
            # minister), so neither the row's country nor its sector is used
            return
        ev.entry_where = row.where
        _set_country(ev, row.country, f"{who}{spelled}: {note}", row.where, explicit=False)
        if not titles:
            if status == "former":
                _set_sector(ev, "ELI", "")
                if row.sector and row.sector != "ELI":
                    _set_sector(ev, row.sector, "")
            elif status != "before":  # before taking office only the country is known
                _set_sector(ev, row.sector, "")
                for s in row.secondary:
                    _set_sector(ev, s, "")
            ev.office = ev.office or (row.role if status in ("in-office", "undated") else "")
    else:
        ev.name = head.text


def _read_possessor(possessor: list[Piece], ev: _Evidence, date: dt.date | None) -> None:
    res = compose(possessor, " ".join(p.text for p in possessor), date)
    if not res.known:
        return
    a = res.actor
    _set_country(ev, a.country, f"possessive '{a.text}'", a.entry, explicit=True)
    if a.sector and (not ev.sector or ev.weak_sector) and not (res.place_only and ev.weak_sector):
        # "Pyongyang's nuclear program": an unknown head only borrows the possessor's sector; a place's
        # sector is its people or its government by default, which a role it owns says better
        # ("Ontario's provincial leader" is the province's government, not its civilians)
        ev.sector_from_modifier = ev.sector_from_modifier or (not ev.sector and ev.head_kind == "word")
        ev.sector, ev.sector_why, ev.weak_sector = a.sector, f"possessive '{a.text}'", False


def _read_pp(pp: list[Piece], ev: _Evidence, date: dt.date | None, prep: str = "of") -> None:
    """'of Iran', 'in the UK', 'of the President of the United States'.  Only an "of" phrase can lend
    its sector to a head that has none ("the office of the president", not "a scandal at a company")."""
    res = compose(pp, " ".join(p.text for p in pp), date)
    if prep == "of" and _read_body_member(res, ev):
        return
    head_is_actor = bool(ev.sector) or ev.is_person or (prep == "of" and _organisation_name(ev))
    if not res.known:
        # "the University of St Andrews in Scotland": the PP is no actor, but says where the head is
        where = next((_piece_country(p) for p in _drop_foreign_links(pp) if p.kind in ("country", "place")), "")
        if head_is_actor and where:
            _set_country(ev, where, f"place in '{' '.join(p.text for p in pp)}'", "", explicit=True)
        return
    a = res.actor
    pp_is_actor = (prep == "of" and bool(a.sector) and not res.place_only and not res.sector_from_modifier) or (
        a.country in ("UNO", "EUR", "IGO", "NGO"))
    if not ev.country and (head_is_actor or pp_is_actor) and a.country:
        _set_country(ev, a.country, f"'{a.text}'", a.entry, explicit=True)
    if prep == "of" and (not ev.sector or (ev.weak_sector and ev.sector not in ARMED_STATE_SECTORS)
                         or _state_title_of_an_ngo(ev, a)) \
            and a.sector and not res.place_only and not res.sector_from_modifier \
            and (ev.country == a.country or not ev.country):
        # a weak role takes the sector of what it belongs to ("the leader of the Taliban insurgency"
        # is REB, "a spokesman of the army" MIL); armed forces stay armed ("the forces of the regime")
        ev.sector, ev.sector_why, ev.weak_sector = a.sector, f"'{a.text}'", False


def _state_title_of_an_ngo(ev: _Evidence, body: Actor) -> bool:
    """'the president of Doctors Without Borders', 'the secretary general of Amnesty International': a
    title that in a state names its government names the head of a non-governmental body, who is of the
    body's sector (MSF's president is NGO MED, not NGO GOV)."""
    return body.country == "NGO" and ev.sector == "GOV"


def _organisation_name(ev: _Evidence) -> bool:
    """An unknown capitalised name ending in an organisation word ("Distilled Spirits Council")."""
    return ev.head_kind == "name" and _ends_in_organisation_word(ev.name_head)


def _ends_in_organisation_word(name: str) -> bool:
    words = name.split()
    return bool(words) and words[-1][:1].isupper() and words[-1].lower() in ORGANISATION_NAME_HEADS


def _read_body_member(body: Resolution, ev: _Evidence) -> bool:
    """'president of the Law Society of Kenya', 'head of the Distilled Spirits Council of the United
    States': a person of a non-state body whose own name gives its country is of that country; a state
    title ("president") does not make them an official, nor the holder of the country's office."""
    if not (body.name_head and _ends_in_organisation_word(body.name_head) and body.actor.country
            and not body.actor.sector and body.actor.country not in INTERNATIONAL_COUNTRIES):
        return False
    if not (ev.is_person or ev.head_word in BODY_MEMBER_WORDS) or ev.country:
        return False
    _set_country(ev, body.actor.country, f"'{body.actor.text}'", body.actor.entry, explicit=True)
    if ev.sector in STATE_SECTORS:
        ev.sector, ev.sector_why, ev.secondary, ev.weak_sector = "", "", [], False
    ev.is_person, ev.office = True, ""
    return True


def _apply_elite(ev: _Evidence) -> None:
    """'former minister', 'retired general': a former official.  'former colony' stays what it was."""
    if ev.elite_modifier and (ev.sector in STATE_SECTORS or ev.sector == "ELI" or (ev.is_person and not ev.sector)):
        if ev.sector and ev.sector != "ELI":
            ev.secondary.insert(0, ev.sector)
        ev.sector, ev.sector_why = "ELI", f"'{ev.elite_modifier}' official"


def _finish(ev: _Evidence, counterpart_of: str | None = None) -> Resolution:
    code = compose_code(ev.country, ev.sector)
    reasons = [r for r in (ev.country_why, ev.sector_why) if r]
    actor = Actor(
        text=ev.text,
        country=ev.country,
        sector=ev.sector,
        code=code,
        name=ev.name if ev.is_person or ev.name else "",
        entry=ev.entry_where or ev.country_where,
        reason="; ".join(reasons),
        secondary_sectors=tuple(s for s in ev.secondary if s and s != ev.sector),
    )
    return Resolution(
        actor=actor,
        is_person=ev.is_person,
        person_name=ev.name if ev.is_person else "",
        office=ev.office,
        role_only=ev.role_only and not ev.name,
        counterpart_of=counterpart_of or "",
        country_explicit=ev.country_explicit,
        place_only=ev.place_only,
        name_head=ev.name_head,
        sector_from_modifier=ev.sector_from_modifier,
        weak_role=ev.weak_role,
        group_name=ev.group_name,
    )
