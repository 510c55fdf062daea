"""Odd input and user actor files: defined behaviour, clear errors, no crash."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from eventwire.actors import ActorResolver
from eventwire.errors import LexiconError


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


def test_a_long_acronym_written_as_a_name_still_names_its_body(resolver):
    """'Nato', 'Unicef', 'Zanu-PF': news writes long acronyms in title case; short ones in title case
    are words ('Who', 'Us') and stay unmatched."""
    assert resolver.resolve_phrase("Nato").code == "IGOMIL"
    assert resolver.resolve_phrase("Unicef").code == "IGOUNO"
    assert resolver.resolve_phrase("Zanu-PF").code == "ZWEPTY"
    assert not resolver.resolve_phrase("Who").code


def test_all_caps_headline_words_match_names(resolver):
    """'TEHRAN' and 'IRAN'S PRESIDENT' resolve as in ordinary case."""
    assert resolver.resolve_phrase("TEHRAN").code == "IRNGOV"
    assert resolver.resolve_phrase("IRAN'S PRESIDENT").code == "IRNGOV"


def test_lower_case_common_words_are_not_countries(resolver):
    """'turkey', 'chad' and 'us' in lower case are not Turkey, Chad or the United States."""
    for text in ("turkey", "chad", "us", "who"):
        assert resolver.resolve_phrase(text).code == ""


def test_title_without_name_has_no_country(resolver):
    """'president' is ---GOV: the sector is known, the country is not."""
    actor = resolver.resolve_phrase("president")
    assert (actor.country, actor.sector, actor.code) == ("", "GOV", "---GOV")


def test_two_countries_in_one_phrase(resolver):
    """Coordinated countries are two actors; a country after a preposition does not override."""
    assert [a.code for a in resolver.resolve_phrase_all("Iran and Russia")] == ["IRN", "RUS"]
    assert resolver.resolve_phrase("Iran and Russia").code == "IRN"
    assert resolver.resolve_phrase("Iranian troops in Syria").code == "IRNMIL"
    assert resolver.resolve_phrase("Iran-backed militias").code == "---PRM"


def test_shared_preposition_is_distributed(resolver):
    """'the police and the army of Iran' gives two Iranian actors; identical actors are given once."""
    assert [a.code for a in resolver.resolve_phrase_all("the police and the army of Iran")] == \
        ["IRNCOP", "IRNMIL"]
    assert [a.code for a in resolver.resolve_phrase_all("the president and prime minister of Iran")] == \
        ["IRNGOV"]


def test_counterpart_without_context_keeps_the_country(resolver):
    """Out of context 'his Pakistani counterpart' is only Pakistan."""
    assert resolver.resolve_phrase("his Pakistani counterpart").code == "PAK"


def test_odd_values_never_crash(resolver):
    """None-like, punctuation-only and very long inputs resolve to nothing or something, never raise."""
    for text in ("", "...", "'s", ",", "and", "the of in", "Iran " * 200, "\u200b", "名前"):
        resolver.resolve_phrase_all(text)
    assert resolver.resolve_phrase(None).code == ""  # type: ignore[arg-type]


def test_user_tsv_file_adds_actors_and_wins(tmp_path):
    """An --actors TSV adds new names and overrides built-in ones with the same alias."""
    path = tmp_path / "mine.tsv"
    path.write_text("name\taliases\tcountry\tsector\tkind\trole\tstart\tend\n"
                    "Northern Relief Front\tNRF\tSDN\tREB\torg\t\t\t\n"
                    "Jane Roe\tRoe\tGBR\tGOV\tperson\tforeign_minister\t2030-01-01\t\n"
                    "Hezbollah Party\tHezbollah\tLBN\tPTY\torg\t\t\t\n", encoding="utf-8")
    mine = ActorResolver([path])
    assert mine.resolve_phrase("NRF").code == "SDNREB"
    assert mine.resolve_phrase("Jane Roe", dt.date(2031, 1, 1)).code == "GBRGOV"
    assert mine.resolve_phrase("Hezbollah").code == "LBNPTY"
    assert ActorResolver().resolve_phrase("NRF").code == ""


def test_user_yaml_file_adds_actors(tmp_path):
    """The YAML form of the actor-entry format works the same way."""
    path = tmp_path / "mine.yaml"
    path.write_text("- name: Jane Roe\n  aliases: [Roe]\n  country: GBR\n  sector: GOV\n"
                    "  role: foreign_minister\n  start: 2030-01-01\n", encoding="utf-8")
    assert ActorResolver([path]).resolve_phrase("Roe", dt.date(2030, 6, 1)).code == "GBRGOV"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("X\t\tXXX\tGOV\torg\t\t\t", "unknown country code 'XXX'"),
        ("X\t\tIRN\tKING\torg\t\t\t", "unknown sector 'KING'"),
        ("X\t\tIRN\tGOV\tperson\tpresident\t2020-13-01\t", "bad date"),
        ("X\t\tIRN\tGOV\tperson\tpresident\t2020\t2019", "end date before start date"),
    ],
)
def test_bad_user_rows_are_reported_with_file_and_line(tmp_path, row, message):
    """A bad row names its file and line and what is wrong."""
    path = tmp_path / "bad.tsv"
    path.write_text("name\taliases\tcountry\tsector\tkind\trole\tstart\tend\n" + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        ActorResolver([path])
    assert err.value.where == "bad.tsv:2" and message in str(err.value)


def test_cli_json_one_object_per_phrase_in_order():
    """`eventwire actor --json` prints one object per phrase with the documented fields."""
    proc = subprocess.run([sys.executable, "-c", "from eventwire.cli import main; main()", "actor", "--json",
                           "President Kassym-Jomart Tokayev", "nonsense words", "Kosovo", "--date", "2022-01-01"],
                          capture_output=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["text"] for r in rows] == ["President Kassym-Jomart Tokayev", "nonsense words", "Kosovo"]
    assert (rows[0]["country"], rows[0]["sector"], rows[0]["code"]) == ("KAZ", "GOV", "KAZGOV")
    assert (rows[1]["country"], rows[1]["sector"], rows[1]["code"]) == ("", "", "")
    assert (rows[2]["country"], rows[2]["code"]) == ("XKX", "KSV")


def test_cli_reads_phrases_from_stdin_and_explains():
    """`eventwire actor -` reads one phrase per line and prints entry and reason."""
    proc = subprocess.run([sys.executable, "-c", "from eventwire.cli import main; main()", "actor", "-"],
                          input=b"the Kremlin\nTEHRAN\n", capture_output=True, timeout=120, check=False)
    out = proc.stdout.decode()
    assert proc.returncode == 0
    assert "RUSGOV" in out and "institutions.v1.tsv:" in out and "IRNGOV" in out and "why:" in out


def test_cli_missing_actor_file_is_one_line_and_exit_2(tmp_path):
    """A missing --actors file gives exit code 2 and a one-line message naming it."""
    missing = tmp_path / "nope.tsv"
    proc = subprocess.run([sys.executable, "-c", "from eventwire.cli import main; main()", "actor", "Iran",
                           "--actors", str(missing)], capture_output=True, timeout=120, check=False)
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == \
        f"error E200: {missing}: actor file not found (check the path given to --actors)"


def test_pair_nouns_table_gives_sectors_or_keeps_parties_as_named():
    """pair_nouns.v1.tsv: "the two leaders" are governments, "both sides" stay as named."""
    from eventwire.actors.tables import load_pair_nouns

    nouns = load_pair_nouns()
    assert nouns["leader"] == "GOV" and nouns["country"] == "" and nouns["side"] is None


@pytest.mark.parametrize(("rows", "problem"), [
    ("country\tXYZ\n", "unknown sector 'XYZ'"),
    ("country\t\ncountry\tGOV\n", "repeated noun 'country'"),
])
def test_a_bad_pair_noun_row_is_reported_with_file_and_line(tmp_path, rows, problem):
    """pair_nouns rows with an unknown sector or a repeated noun name the file and line."""
    from eventwire.actors.tables import read_pair_nouns

    path = tmp_path / "pairs.tsv"
    path.write_text("noun\tsector\tnote\n" + rows, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        read_pair_nouns(path)
    assert "pairs.tsv:" in err.value.one_line() and problem in err.value.one_line()
