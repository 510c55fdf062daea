"""The scorecard's arithmetic, on hand-built predictions (no model needed)."""

from eventwire.evaluation.scorecard import (
    CameoScores,
    cameo_report,
    penta_class,
    score_cameo,
    score_penta,
    score_plover,
)


def ev(src, tgt, code, modality="asserted", conf=1.0, start=0):
    return {"source_actor": src, "target_actor": tgt, "cameo": code, "cameo_root": code[:2],
            "modality": modality, "confidence": conf, "plover": {"event": "", "mode": "", "context": ""},
            "evidence": {"event_start": start}}


def test_exact_triple_and_root_levels_count_separately():
    """A right root with wrong actors scores at root level but not as an exact triple."""
    record = {"expected": [{"source_actor": "USAGOV", "target_actor": "RUSGOV", "event_code": "042"}]}
    scores = CameoScores()
    score_cameo([(record, [ev("USA", "RUSGOV", "043")])], scores)
    report = cameo_report(scores, by_root=True)
    assert report["exact_triple"]["tp"] == 0 and report["exact_triple"]["fp"] == 1
    assert report["country_actors_root_code"]["tp"] == 1
    assert report["root_code"]["f1"] == 1.0
    assert report["by_root"]["04"]["tp"] == 1


def test_non_asserted_events_do_not_count_as_predictions():
    """A negated event is not a thing that happened, so it is no true positive."""
    record = {"expected": [{"source_actor": "A", "target_actor": "B", "event_code": "190"}]}
    scores = CameoScores()
    score_cameo([(record, [ev("A", "B", "190", modality="negated")])], scores)
    assert cameo_report(scores, False)["root_code"]["recall"] == 0.0


def test_penta_classes_follow_the_conflibert_grouping():
    """Roots map to the five ConfliBERT classes, 16 joining verbal conflict."""
    assert [penta_class(c) for c in ("010", "020", "036", "057", "061", "0871", "112", "163", "145", "190", "204")] == [
        "0", "0", "1", "1", "2", "2", "3", "3", "4", "4", "4"]


def test_penta_macro_f1_and_no_event_rate():
    """One right, one wrong, one empty: accuracy 1/3 and a third with no event."""
    recs = [{"expected": [{"event_code": c, "scheme": "CONFLIBERT_PENTA"}]} for c in ("4", "1", "3")]
    report = score_penta([(recs[0], [ev("", "", "190")]), (recs[1], [ev("", "", "112")]), (recs[2], [])])
    assert report["accuracy"] == round(1 / 3, 4)
    assert report["no_event_rate"] == round(1 / 3, 4)
    assert 0 < report["macro_f1"] < 1


def test_plover_gold_event_among_predicted_maps_old_labels():
    """An old label (FIGHT) is compared as its current name (ASSAULT)."""
    e = ev("", "", "190")
    e["plover"]["event"] = "ASSAULT"
    report = score_plover([({"expected": [{"event_code": "FIGHT", "scheme": "PLOVER"}]}, [e])])
    assert report["gold_event_among_predicted"] == 1.0


def test_plover_level_only_for_gold_that_labels_it_and_empty_records_counted():
    """CAMEO gold carrying `plover_event` adds a PLOVER level; gold without it has none. Records
    expecting no event count as correctly empty only when nothing asserted was coded."""
    labelled = {"expected": [{"source_actor": "A", "target_actor": "B", "event_code": "190", "plover_event": "ASSAULT"}]}
    unlabelled = {"expected": [{"source_actor": "A", "target_actor": "B", "event_code": "190"}]}
    hit = ev("A", "B", "190")
    hit["plover"]["event"] = "ASSAULT"
    scores = CameoScores()
    score_cameo([(labelled, [hit]), ({"expected": []}, []), ({"expected": []}, [ev("A", "B", "042")])], scores)
    report = cameo_report(scores, by_root=False)
    assert report["plover_event"]["tp"] == 1 and report["plover_event"]["fp"] == 0
    assert report["no_event_records"] == {"records": 2, "correctly_empty": 1}
    plain = CameoScores()
    score_cameo([(unlabelled, [hit])], plain)
    assert "plover_event" not in cameo_report(plain, by_root=False)
