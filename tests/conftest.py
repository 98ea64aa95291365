"""Shared fixtures: paths to the repository, the shared data folder and the reference article."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REFERENCE_TEXT = REPO / "examples" / "reference.txt"
REFERENCE_GOLD = SHARED / "data" / "reference" / "seed.gold.json"
REFERENCE_PUBLISHED = "2025-04-05"


@pytest.fixture(scope="session")
def reference_text() -> str:
    return REFERENCE_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip("the shared data folder is not beside the repository")
    return SHARED
