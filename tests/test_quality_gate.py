"""Quality gate: the reference article's scores must stay at or above pinned floors.

Lowering a floor is an explicit change that must say why in its commit.
"""

from __future__ import annotations

import pytest

from marsad.evaluation.events import evaluate_gold
from tests.conftest import REFERENCE_GOLD, REFERENCE_PUBLISHED

ENTITY_F1_FLOOR = 0.6
CORE_EVENTS_FLOOR = 3
EVENT_PRECISION_FLOOR = 0.5
TIMES_RIGHT_FLOOR = 3


@pytest.fixture(scope="module")
def reference_scores(shared_dir):
    return evaluate_gold(REFERENCE_GOLD, published=REFERENCE_PUBLISHED)


def test_entities(reference_scores):
    assert reference_scores["entities"]["f1"] >= ENTITY_F1_FLOOR, reference_scores["entities"]


def test_core_events(reference_scores):
    events = reference_scores["events"]
    assert events["core_found"] >= CORE_EVENTS_FLOOR, events
    assert events["precision"] >= EVENT_PRECISION_FLOOR, events


def test_times(reference_scores):
    assert reference_scores["times"]["right"] >= TIMES_RIGHT_FLOOR, reference_scores["times"]
