"""Import TABARI/PETRARCH actor and agent dictionaries into our tables (`eventwire actors import`).

An actor dictionary is a series of records:

    HAMID_KARZAI_  # CountryInfo.txt           primary phrase, optional [CODE] default, comment
    +KARZAI_                                   synonyms
        [AFGELI 750101-000101]                 dated roles, one per line (tab-indented) or inline:
        [AFGGOV >011222]                       <date (until), >date (from), date-date, or none
        [AFGELI]                               (a default)

Phrases join words with `_` (a trailing `_` only stops plural forms), codes are blocks of three
letters (AFG + GOV + ..., IGO + UNO + KID), dates are YYMMDD or YYYYMMDD, `[---]` is the null code
and `#` or `;` starts a comment.  Each record becomes rows of the actor-entry format (docs/actors.md),
one per dated role, sharing the name; the CAMEO codes become a country and PLOVER sectors through
`data/actors/cameo_agents.v1.tsv`.  An agent dictionary (`PHRASE {PLURALS} [~CODE]`, `!MACRO! = ...`)
becomes rows of the role table format.  Lines are read as UTF-8, else as Latin-1; a line that
cannot be read is reported with its file:line and the import goes on.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..data.tsv import read_tsv
from .tables import DATA_DIR, cameo_prefixes

ENTRY_COLUMNS = ("name", "aliases", "country", "sector", "secondary", "kind", "role", "start", "end", "note")
ROLE_COLUMNS = ("term", "sector", "secondary", "kind", "weight", "office", "plural", "needs_name",
                "abbreviation", "note")
NULL_CODE = "---"
_RESTRICTION = re.compile(r"\[([^\]]*)\]")
_CODE = re.compile(r"^[A-Z~-]+$")
# Two-digit years in TABARI dates: 00-29 are 2000-2029, the rest 19xx (the dictionaries end in 2016).
_CENTURY_PIVOT = 30
# Words kept in capitals when a phrase is written as a name: common abbreviations of the news.
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "de", "du", "la", "al", "el", "bin", "ibn"})


@dataclass(frozen=True)
class AgentCode:
    """One CAMEO role or international code and what it means in PLOVER terms."""

    cameo: str
    sector: str
    country_slot: bool
    country: str
    note: str


@functools.lru_cache(maxsize=1)
def agent_codes() -> dict[str, AgentCode]:
    rows = read_tsv(DATA_DIR / "cameo_agents.v1.tsv", required=("cameo", "sector", "slot", "country"))
    return {r["cameo"]: AgentCode(r["cameo"], r["sector"], r["slot"] == "country", r["country"], r["note"])
            for r in rows}


@functools.lru_cache(maxsize=1)
def cameo_countries() -> dict[str, str]:
    """CAMEO country code -> our ISO alpha-3 (they differ for Kosovo KSV and Timor-Leste TMP)."""
    return {cameo: iso3 for iso3, cameo in cameo_prefixes().items()} | {iso3: iso3 for iso3 in cameo_prefixes()}


@dataclass(frozen=True)
class ActorCode:
    """A CAMEO actor code read as PLOVER slots."""

    country: str
    sector: str
    secondary: tuple[str, ...]
    unread: tuple[str, ...]  # blocks with no PLOVER meaning (HRI, DEV, region codes...), kept as a note


def read_code(code: str) -> ActorCode | None:
    """'IRNGOVLEG' -> IRN GOV (LEG); 'IGOUNOKID' -> UNO; 'MNCUSA' -> USA BUS; '---' -> None."""
    code = code.strip().strip("~")
    if not code or code == NULL_CODE or len(code) % 3 or not code.isalpha():
        return None
    agents, countries = agent_codes(), cameo_countries()
    country, sector, rest = "", "", code
    slot = next((agents[code[:n]] for n in range(len(code), 2, -3) if code[:n] in agents
                 and agents[code[:n]].country_slot), None)
    if slot is not None:
        rest = code[len(slot.cameo):]
        country, sector = slot.country, slot.sector
        if sector and rest[:3] in countries:  # MNCUSA: a company at home in the USA
            country, rest = countries[rest[:3]], rest[3:]
    elif code[:3] in countries:
        country, rest = countries[code[:3]], code[3:]
    sectors: list[str] = [sector] if sector else []
    unread: list[str] = []
    for block in (rest[i:i + 3] for i in range(0, len(rest), 3)):
        meaning = agents.get(block)
        if meaning and meaning.sector and not meaning.country_slot:
            if meaning.sector not in sectors:
                sectors.append(meaning.sector)
        else:
            unread.append(block)
    return ActorCode(country, sectors[0] if sectors else "", tuple(sectors[1:]), tuple(unread))


def read_date(text: str) -> dt.date:
    """TABARI date: YYYYMMDD or YYMMDD (two-digit years: 00-29 -> 20xx, else 19xx)."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"date {text!r} is not YYMMDD or YYYYMMDD")
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy < _CENTURY_PIVOT else 1900 + yy}{text[2:]}"
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))


@dataclass(frozen=True)
class Role:
    """One restriction: a code valid from `start` to `end` (None: open)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None


def read_restriction(text: str) -> Role:
    """'AFGGOV 331108-730717', 'AFGGOV >011222', 'USAELI <450703', 'AFGELI' -> Role."""
    parts = text.split()
    if not parts or not _CODE.match(parts[0]):
        raise ValueError(f"[{text}] is not a code with an optional date restriction")
    if len(parts) == 1:
        return Role(parts[0])
    if len(parts) > 2:
        raise ValueError(f"[{text}] has more than one date restriction")
    when = parts[1]
    if when.startswith("<"):
        return Role(parts[0], end=read_date(when[1:]))
    if when.startswith(">"):
        return Role(parts[0], start=read_date(when[1:]))
    first, sep, last = when.partition("-")
    if not sep:
        raise ValueError(f"date restriction {when!r} is not <date, >date or date-date")
    return Role(parts[0], read_date(first), read_date(last))


@dataclass
class ActorRecord:
    phrase: str
    where: str
    synonyms: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


@dataclass
class ImportReport:
    """What an import produced and the lines it could not use (each `file:line: problem`)."""

    rows: list[dict[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    latin1_lines: int = 0
    records: int = 0


def read_lines(path: Path, report: ImportReport) -> Iterator[tuple[str, str]]:
    """(file:line, text) for every line, decoded as UTF-8, else Latin-1 (counted in the report)."""
    with path.open("rb") as f:
        for lineno, raw in enumerate(f, start=1):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
                report.latin1_lines += 1
            yield f"{path.name}:{lineno}", text.rstrip("\r\n")


def _strip_comment(line: str) -> str:
    """The line before a `#` comment, or a `;` comment that follows the phrase (old TABARI style)."""
    line = line.split("#", 1)[0]
    if ";" in line and "[" not in line.split(";", 1)[1]:
        line = line.split(";", 1)[0]
    return line.rstrip()


def phrase_words(phrase: str) -> str:
    """'HAMID_KARZAI_' -> 'HAMID KARZAI' (underscores and spaces both join words)."""
    return " ".join(phrase.replace("_", " ").split())


def name_case(words: str) -> str:
    """'HAMID KARZAI' -> 'Hamid Karzai', 'AL-QAEDA' -> 'Al-Qaeda', 'COTE D'IVOIRE' -> 'Cote d'Ivoire'.

    Words without a vowel stay in capitals (PKK, HRW): our tables match a capitalised
    word in any capitalised text, but an all-capitals word only in capitals, as abbreviations should.
    """
    out = []
    for i, word in enumerate(words.split()):
        letters = re.sub(r"[^A-Za-z]", "", word)
        if letters and not re.search(r"[AEIOUYaeiouy]", letters) or "." in word:
            out.append(word)
        elif i and word.lower() in _SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append(re.sub(r"(^|[-(/]|'(?=[a-z]{2}))([a-z])", lambda m: m.group(1) + m.group(2).upper(),
                              word.lower()))
    return " ".join(out)


def parse_actor_lines(lines: Iterable[tuple[str, str]], report: ImportReport) -> list[ActorRecord]:
    records: list[ActorRecord] = []
    current: ActorRecord | None = None
    for where, raw in lines:
        line = _strip_comment(raw)
        if not line.strip():
            continue
        body = line.strip()
        try:
            if raw[:1] in (" ", "\t") and body.startswith("["):
                if current is None:
                    raise ValueError("a date restriction before any actor")
                current.roles += [read_restriction(r) for r in _RESTRICTION.findall(body)]
                continue
            phrase = _RESTRICTION.split(body)[0].strip()
            roles = [read_restriction(r) for r in _RESTRICTION.findall(body)]
            if not phrase.strip("+"):
                raise ValueError("no phrase before the code")
            if body.startswith("+"):
                if current is None:
                    raise ValueError("a synonym before any actor")
                current.synonyms.append(phrase_words(phrase[1:]))
                current.roles += roles
                continue
            current = ActorRecord(phrase_words(phrase), where, roles=roles)
            records.append(current)
        except ValueError as e:
            report.problems.append(f"{where}: {e}")
    return records


def _date_cell(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def entry_rows(record: ActorRecord, origin: str, report: ImportReport) -> list[dict[str, str]]:
    """One actor-entry row per role of the record (a record with no usable role gives none)."""
    name = name_case(record.phrase)
    aliases = [name_case(s) for s in record.synonyms if name_case(s) != name]
    rows = []
    dated = [r for r in record.roles if r.start or r.end]
    # PETRARCH applies an undated code only when no dated one does; our tables already fall back to
    # the country (before the first role) and to ELI (after the last), so it is kept as a note.
    defaults = [r.code for r in record.roles if not (r.start or r.end)] if dated else []
    for role in dated or record.roles:
        code = read_code(role.code)
        if code is None:
            if role.code.strip("~") != NULL_CODE:
                report.problems.append(f"{record.where}: code {role.code!r} is not a CAMEO actor code")
            continue
        if not code.country and not code.sector:
            report.problems.append(f"{record.where}: code {role.code!r} gives no country or PLOVER sector")
            continue
        note = f"{origin}; {role.code}" + (f" ({' '.join(code.unread)} not read)" if code.unread else "")
        note += f"; otherwise {' '.join(defaults)}" if defaults else ""
        is_person = role.start is not None or role.end is not None or code.sector in ("ELI",)
        rows.append({
            "name": name, "aliases": "; ".join(dict.fromkeys(aliases)), "country": code.country,
            "sector": code.sector, "secondary": "; ".join(code.secondary),
            "kind": "person" if is_person else "org", "role": "", "start": _date_cell(role.start),
            "end": _date_cell(role.end), "note": note,
        })
    return rows


def import_actor_file(path: Path, report: ImportReport) -> None:
    records = parse_actor_lines(read_lines(path, report), report)
    report.records += len(records)
    for record in records:
        report.rows += entry_rows(record, record.where, report)


_AGENT = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]\s*$")


def import_agent_file(path: Path, report: ImportReport) -> None:
    """`PHRASE {PLURAL ...} [~CODE]` -> role rows; `!MACRO! = A, B` expands in later phrases."""
    macros: dict[str, list[str]] = {}
    for where, raw in read_lines(path, report):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        macro = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        match = _AGENT.match(line)
        if not match:
            report.problems.append(f"{where}: not 'PHRASE {{PLURALS}} [~CODE]'")
            continue
        report.records += 1
        code = read_code(match.group("code"))
        if code is None or not code.sector:
            report.problems.append(f"{where}: agent code {match.group('code')!r} gives no PLOVER sector")
            continue
        for phrase in _expand(match.group("phrase"), macros):
            report.rows.append({
                "term": phrase_words(phrase).lower(), "sector": code.sector, "secondary": "; ".join(code.secondary),
                "kind": "person", "weight": "strong", "office": "",
                "plural": "; ".join(phrase_words(p).lower() for p in (match.group("plural") or "").split()),
                "needs_name": "", "abbreviation": "", "note": f"{where}; {match.group('code').strip()}",
            })


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    for name, words in macros.items():
        if name in phrase:
            return [p for w in words for p in _expand(phrase.replace(name, w, 1), macros)]
    return [phrase]


def is_agent_file(path: Path) -> bool:
    """Agent dictionaries are named *.agents.txt (Phoenix.agents.txt, CAMEO agents)."""
    return "agents" in path.name.lower()


def import_dictionaries(paths: Iterable[Path]) -> tuple[ImportReport, ImportReport]:
    """(actor rows, role rows) from TABARI/PETRARCH dictionaries, in file order."""
    actors, agents = ImportReport(), ImportReport()
    for path in paths:
        if is_agent_file(path):
            import_agent_file(path, agents)
        else:
            import_actor_file(path, actors)
    return actors, agents


def write_table(path: Path, rows: list[dict[str, str]], columns: tuple[str, ...], header: list[str]) -> None:
    def clean(value: str) -> str:
        return " ".join(value.split())  # no tab or line break inside a cell

    lines = [f"# {h}" if h else "#" for h in header]
    lines.append("\t".join(columns))
    lines += ["\t".join(clean(row.get(c, "")) for c in columns) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
