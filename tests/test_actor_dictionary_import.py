"""`eventwire actors import --format petrarch`: TABARI/PETRARCH dictionaries into our actor tables."""

from __future__ import annotations

import datetime as dt
import json

from click.testing import CliRunner

from eventwire.actors.petrarch import ImportReport, import_dictionaries, name_case, read_code, read_date
from eventwire.actors.tables import read_entry_file
from eventwire.cli import cli

ACTORS = (
    "# a comment line\n"
    "\n"
    "FREEDONIA_  [FRE]\n"                                   # unknown country code: reported
    "RURITANIA_NATIONAL_BANK_  [AFGBUS] # inline code and comment\n"
    "+RNB_\n"
    "HAMID_KARZAI_  # CountryInfo.txt\n"
    "+KARZAI_\n"
    "+PRESIDENT_KARZAI_\n"
    "\t[AFGELI 750101-000101]\n"
    "\t[AFGGOV >011222]\n"
    "\t[AFGELI]\n"
    "JAMES_BYRNES_  ; CountryInfo.txt\n"                   # old-style ; comment
    "\t[USAELI 18970101-450703]\n"
    "\t[USAGOV <19470121]\n"
    "JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # two inline roles\n"
    "ACME_TRADING_\t[MNCUSA]\n"
    "NOT_AN_ACTOR_\t[---]\n"
    "\t[AFGGOV 2001-2002]\n"                                 # malformed date restriction: reported
    "UNITED_NATIONS_CHILDREN'S_FUND_\t[IGOUNOKID]\n"
).encode("utf-8") + "JOS\u00c9_MAR\u00cdA_AZNAR_\t[ESPGOV 960505-040417]\n".encode("latin-1")

AGENTS = (
    "!PERSON! = MAN, WOMAN\n"
    "BUSINESS_!PERSON! [~BUS]\n"
    "ANTI_RIOT_POLICE {} [~COP]\n"
    "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]\n"
    "BROKEN LINE WITHOUT CODE\n"
)


def _import(tmp_path):
    actors = tmp_path / "Test.actors.txt"
    actors.write_bytes(ACTORS)
    agents = tmp_path / "Test.agents.txt"
    agents.write_text(AGENTS, encoding="utf-8")
    return import_dictionaries([actors, agents])


def _rows(report: ImportReport, name: str) -> list[dict]:
    return [r for r in report.rows if r["name"] == name]


def test_dated_roles_become_dated_rows_with_synonyms_as_aliases(tmp_path):
    actors, _ = _import(tmp_path)
    karzai = _rows(actors, "Hamid Karzai")
    assert [(r["sector"], r["start"], r["end"]) for r in karzai] == [
        ("ELI", "1975-01-01", "2000-01-01"), ("GOV", "2001-12-22", "")]
    assert all(r["country"] == "AFG" and r["aliases"] == "Karzai; President Karzai" for r in karzai)
    assert all("otherwise AFGELI" in r["note"] and r["note"].startswith("Test.actors.txt:6") for r in karzai)
    byrnes = _rows(actors, "James Byrnes")
    assert [(r["sector"], r["start"], r["end"]) for r in byrnes] == [
        ("ELI", "1897-01-01", "1945-07-03"), ("GOV", "", "1947-01-21")]


def test_inline_codes_nested_codes_and_the_null_code(tmp_path):
    actors, _ = _import(tmp_path)
    bank = _rows(actors, "Ruritania National Bank")[0]
    assert (bank["country"], bank["sector"], bank["kind"], bank["aliases"]) == ("AFG", "BUS", "org", "RNB")
    solana = _rows(actors, "Javier Solana")
    assert [(r["country"], r["start"]) for r in solana] == [("EUR", "1995-07-01"), ("IGO", "1995-12-05")]
    assert _rows(actors, "Acme Trading")[0]["country"] == "USA" and _rows(actors, "Acme Trading")[0]["sector"] == "BUS"
    assert _rows(actors, "United Nations Children's Fund")[0]["country"] == "UNO"
    assert not _rows(actors, "Not an Actor")


def test_latin1_lines_are_read_and_bad_lines_reported_with_file_and_line(tmp_path):
    actors, agents = _import(tmp_path)
    assert actors.latin1_lines == 1
    assert _rows(actors, "Jos\u00e9 Mar\u00eda Aznar")[0]["country"] == "ESP"
    assert "Test.actors.txt:3: code 'FRE' gives no country or PLOVER sector" in actors.problems
    assert any(p.startswith("Test.actors.txt:18: ") and "2001" in p for p in actors.problems)
    assert agents.problems == ["Test.agents.txt:5: not 'PHRASE {PLURALS} [~CODE]'"]


def test_agent_dictionaries_become_role_rows_with_macros_and_plurals(tmp_path):
    _, agents = _import(tmp_path)
    terms = {r["term"]: r for r in agents.rows}
    assert {"business man", "business woman", "anti riot police", "chamber of commerce"} <= set(terms)
    assert terms["business woman"]["sector"] == "BUS"
    assert terms["chamber of commerce"]["plural"] == "chambers of commerce"
    assert terms["anti riot police"]["sector"] == "COP" and terms["anti riot police"]["plural"] == ""


def test_codes_dates_and_names():
    assert read_code("IRNGOVLEG").country == "IRN" and read_code("IRNGOVLEG").secondary == ("LEG",)
    assert read_code("USAMED").secondary == () and read_code("USAMED").sector == "JRN"  # CAMEO media
    assert read_code("KSVGOV").country == "XKX"
    assert read_code("IGOWSTNAT").unread == ("WST", "NAT")
    assert read_code("---") is None and read_code("ABCD") is None
    assert read_date("011222") == dt.date(2001, 12, 22) and read_date("750101") == dt.date(1975, 1, 1)
    assert read_date("20130815") == dt.date(2013, 8, 15)
    assert name_case("AL-QAEDA IN THE ARABIAN PENINSULA") == "Al-Qaeda in the Arabian Peninsula"
    assert name_case("IPCC") == "Ipcc" and name_case("PKK") == "PKK"


def test_the_command_writes_tables_the_resolver_reads(tmp_path):
    actors = tmp_path / "Test.actors.txt"
    actors.write_bytes(ACTORS)
    out = tmp_path / "imported.tsv"
    runner = CliRunner()
    result = runner.invoke(cli, ["actors", "import", str(actors), "--format", "petrarch", "-o", str(out), "--json"])
    assert result.exit_code == 1  # some lines were skipped, each named on stderr
    assert "warning: Test.actors.txt:3:" in result.stderr
    summary = json.loads(result.stdout)
    assert summary["actor_rows"] == len(read_entry_file(out)) and summary["skipped_lines"] == 2
    looked_up = runner.invoke(cli, ["actor", "President Karzai", "--date", "2005-06-01", "--actors", str(out), "--json"])
    assert looked_up.exit_code == 0, looked_up.output
    assert json.loads(looked_up.stdout)["code"] == "AFGGOV"
    unwritable = runner.invoke(cli, ["actors", "import", str(actors), "-o", str(tmp_path / "missing" / "t.tsv")])
    assert unwritable.exit_code == 2 and unwritable.stderr.count("\n") == 1
