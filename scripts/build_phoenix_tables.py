"""Build the shipped PETRARCH2/Phoenix actor table (src/eventwire/data/actors/phoenix.v1.tsv).

    python scripts/build_phoenix_tables.py ../shared/dictionaries/petrarch2
    python scripts/build_phoenix_tables.py DICT_DIR -o OUT.tsv      # somewhere else (the test does this)

Reads Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt
with the importer behind `eventwire actors import --format petrarch` (actors/petrarch.py), keeps the
kinds of entries that are precise enough to stand behind our own tables (docs/actors.md, "The
PETRARCH2/Phoenix table") and writes them with the dictionaries' MIT notice and, on every row, the
dictionary file:line it came from.  The output depends only on the dictionaries and on
data/actors/cameo_agents.v1.tsv, so the same input gives the same bytes.  Counts of what was kept and
dropped go to standard error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from eventwire.actors.petrarch import (
    ImportReport,
    entry_rows,
    parse_actor_lines,
    read_lines,
    write_table,
)
from eventwire.actors.tables import INTERNATIONAL_COUNTRIES

DICTIONARIES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
OUTPUT = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "actors" / "phoenix.v1.tsv"
COLUMNS = ("name", "aliases", "country", "sector", "secondary", "kind", "start", "end", "source", "code")
# CAMEO codes PETRARCH's CountryInfo gives to people of another country: the heads of state of
# Mauritania (MRT) are listed with Mauritius' code (MUSGOV, Phoenix.Countries.actors.txt:30450-30540),
# so no person coded MUS can be trusted to be of Mauritius.
MISCODED_PERSON_COUNTRIES = frozenset({"MUS"})
# People whose every role ended before this day are history: in this century's news their names are
# more often a living namesake's ("Abdul Qadir") than theirs.
HISTORY_ENDS = dt.date(2000, 1, 1)


@dataclass
class Candidate:
    """One dictionary record as rows of the actor-entry format, with the names it may be matched by."""

    names: list[str]  # the record's name first, then its aliases (already in name case)
    rows: list[dict[str, str]]

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(r["country"] for r in self.rows)


def is_country_entry(rows: list[dict[str, str]]) -> bool:
    """A country (or territory) record: only a state's code, no sector ('AFGHANISTAN [AFG]').

    The country table and the gazetteer already know countries, their capitals and cities; PETRARCH's
    alias lists of these records are cities, provinces and nicknames ('Kabul', 'Helmand')."""
    return all(not r["sector"] and r["country"] not in INTERNATIONAL_COUNTRIES for r in rows)


def is_historical(rows: list[dict[str, str]]) -> bool:
    ends = [r["end"] for r in rows if r["kind"] == "person"]
    return bool(ends) and len(ends) == len(rows) and all(e and dt.date.fromisoformat(e) < HISTORY_ENDS for e in ends)


def is_abbreviation(name: str) -> bool:
    """A one-word name kept in capitals by name_case (no vowel: 'GCHQ', 'KRG'): matched only in capitals."""
    return name.isupper() and len(re.sub(r"[^A-Z]", "", name)) >= 2


_DATE_WORDS = frozenset([
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
])


def reads_as_a_date(name: str) -> bool:
    """'21 June', '17 November': groups named after a date are read in running text as that date."""
    return all(w.isdigit() or w.lower() in _DATE_WORDS for w in re.findall(r"\w+", name))


def usable_name(name: str) -> bool:
    """One-word names are surnames ('Assad'), common nouns ('Senate') or abbreviations shared by
    several bodies; only capitals-only abbreviations are kept.  Names that read as a date are dropped."""
    return (len(name.split()) > 1 or is_abbreviation(name)) and not reads_as_a_date(name)


def read_candidates(directory: Path, counts: Counter[str]) -> list[Candidate]:
    report = ImportReport()
    out: list[Candidate] = []
    for filename in DICTIONARIES:
        for record in parse_actor_lines(read_lines(directory / filename, report), report):
            rows = entry_rows(record, record.where, report)
            if not rows:
                counts["no usable code"] += 1
            elif is_country_entry(rows):
                counts["country or territory"] += 1
            elif is_historical(rows):
                counts["historical person (all roles before 2000)"] += 1
            elif any(r["kind"] == "person" and r["country"] in MISCODED_PERSON_COUNTRIES for r in rows):
                counts["person of a miscoded country (MUS)"] += 1
            else:
                names = [rows[0]["name"], *(a for a in rows[0]["aliases"].split("; ") if a)]
                out.append(Candidate(names, rows))
    counts["dictionary lines not read"] = len(report.problems)
    return out


def drop_unusable_names(candidates: list[Candidate], counts: Counter[str]) -> list[Candidate]:
    """Remove one-word names, and names PETRARCH gives to records of different countries (two
    namesakes, or one person in two files: which one a text means is unknown)."""
    countries_of: dict[str, set[frozenset[str]]] = defaultdict(set)
    for c in candidates:
        for n in c.names:
            countries_of[n.casefold()].add(c.countries)
    kept = []
    for c in candidates:
        names = [n for n in dict.fromkeys(c.names) if usable_name(n) and len(countries_of[n.casefold()]) == 1]
        counts["names dropped (one word)"] += sum(not usable_name(n) for n in c.names)
        counts["names dropped (several countries)"] += sum(usable_name(n) and len(countries_of[n.casefold()]) > 1
                                                         for n in c.names)
        if not names:
            counts["record left without a name"] += 1
            continue
        kept.append(Candidate(names, c.rows))
    return kept


def horizons(candidates: list[Candidate]) -> dict[str, str]:
    """Per dictionary file, the latest date any of its rows mentions: what it knew ends there."""
    latest: dict[str, str] = {}
    for c in candidates:
        for r in c.rows:
            file = r["note"].split(":", 1)[0]
            latest[file] = max(latest.get(file, ""), r["start"], r["end"])
    return latest


def table_rows(candidates: list[Candidate]) -> list[dict[str, str]]:
    """The rows to write.  A person's office with no end date was current when the dictionary was
    written (2014-2015), not today: it ends on the dictionary's last date, so that in today's news the
    person is a former official (ELI) of the country, as our tables make people after their last office."""
    horizon = horizons(candidates)
    rows = []
    for c in candidates:
        for r in c.rows:
            source, _, code = r["note"].partition("; ")
            row = dict(r, name=c.names[0], aliases="; ".join(c.names[1:]), source=source, code=code)
            if r["kind"] == "person" and r["start"] and not r["end"]:
                row["end"] = horizon[source.split(":", 1)[0]]
                row["code"] = f"{code}; no end in the dictionary: its last date"
            rows.append(row)
    return rows


def notice(directory: Path) -> list[str]:
    licence = (directory / "LICENSE").read_text(encoding="utf-8").strip().splitlines()
    return [
        "PETRARCH2/Phoenix actor dictionaries converted to the actor-entry format (docs/actors.md).",
        f"Built by `python scripts/build_phoenix_tables.py DICT_DIR` from {', '.join(DICTIONARIES)}.",
        "Do not edit by hand: change the script and rebuild.  `source` is the dictionary file:line of the row,",
        "`code` its CAMEO code.  Loaded behind our own tables: a name our tables know is never read from here.",
        "",
        "The dictionaries are distributed under the MIT licence:",
        "",
        *licence,
    ]


def build(directory: Path, output: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    candidates = drop_unusable_names(read_candidates(directory, counts), counts)
    rows = table_rows(candidates)
    counts["records kept"] = len(candidates)
    counts["rows written"] = len(rows)
    write_table(output, rows, COLUMNS, notice(directory))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="folder with the Phoenix.*.actors.txt files and LICENSE")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    missing = [f for f in (*DICTIONARIES, "LICENSE") if not (args.directory / f).is_file()]
    if missing:
        print(f"error: {args.directory}: missing {', '.join(missing)}", file=sys.stderr)
        return 2
    counts = build(args.directory, args.output)
    for what, n in counts.items():
        print(f"{what}: {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
