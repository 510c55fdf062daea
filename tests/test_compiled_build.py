"""The compiled build (scripts/compile_coder.py): its guard against stale modules, and the spaCy
attributes read with their real types (mypyc checks declared types when it runs)."""

import hashlib
import json

import pytest

from eventwire.compiled import StaleCompiledModules, check_compiled_modules, compiled_sources
from eventwire.nlp.stub_types import conjuncts, span_entities


def _stamp(tmp_path, sources):
    package = tmp_path / "eventwire"
    package.mkdir()
    for name, text in sources.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    stamp = package / "_compiled.json"
    stamp.write_text(json.dumps({name: hashlib.sha256(text.encode()).hexdigest() for name, text in sources.items()}),
                     encoding="utf-8")
    return stamp


def test_the_python_build_has_no_stamp_and_passes(tmp_path):
    assert compiled_sources(tmp_path / "eventwire" / "_compiled.json") == {}
    check_compiled_modules(tmp_path / "eventwire" / "_compiled.json")


def test_compiled_modules_built_from_the_current_sources_pass(tmp_path):
    stamp = _stamp(tmp_path, {"eventwire/coding/a.py": "x = 1\n", "eventwire/nlp/b.py": "y = 2\n"})
    check_compiled_modules(stamp)


def test_a_source_edited_after_the_build_stops_the_import_with_what_to_do(tmp_path):
    stamp = _stamp(tmp_path, {"eventwire/coding/a.py": "x = 1\n", "eventwire/nlp/b.py": "y = 2\n"})
    (tmp_path / "eventwire/nlp/b.py").write_text("y = 3\n", encoding="utf-8")
    with pytest.raises(StaleCompiledModules) as err:
        check_compiled_modules(stamp)
    message = str(err.value)
    assert "eventwire/nlp/b.py" in message and "compile_coder.py" in message and "--clean" in message


def test_a_source_removed_after_the_build_is_stale_too(tmp_path):
    stamp = _stamp(tmp_path, {"eventwire/coding/a.py": "x = 1\n"})
    (tmp_path / "eventwire/coding/a.py").unlink()
    with pytest.raises(StaleCompiledModules):
        check_compiled_modules(stamp)


def test_every_conjunct_and_entity_is_read_not_only_the_first(nlp):
    doc = nlp("Kenya, Uganda and Tanzania signed a trade pact with Rwanda and Burundi in Arusha on Friday.")
    kenya = next(t for t in doc if t.text == "Kenya")
    assert [t.text for t in conjuncts(kenya)] == ["Uganda", "Tanzania"]
    sentence = next(iter(doc.sents))
    assert len(span_entities(sentence)) >= 5
    assert [e.text for e in span_entities(sentence)] == [e.text for e in sentence.ents]
