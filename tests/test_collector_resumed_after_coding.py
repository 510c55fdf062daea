"""The cyclic garbage collector, paused while an article is coded (pipeline.collector_paused), is running
again afterwards as it was before: after a coded article, after coding that failed, and left off when
the caller had turned it off."""

from __future__ import annotations

import gc

import pytest

from eventwire.pipeline import collector_paused


@pytest.fixture
def collector_restored():
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_collector_paused_while_coding_and_running_after(collector_restored):
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_running_again_after_coding_failed(collector_restored):
    gc.enable()
    with pytest.raises(ValueError, match="coding failed"), collector_paused():
        raise ValueError("coding failed")
    assert gc.isenabled()


def test_collector_the_caller_turned_off_stays_off(collector_restored):
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
