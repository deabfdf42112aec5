"""Fixtures for the printout tests: a realistic case and a nearly empty one (no store)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from report_samples import empty_case, realistic_case

from secondopinion_desktop.model import Case


@pytest.fixture
def case() -> Case:
    return realistic_case()


@pytest.fixture
def bare_case() -> Case:
    return empty_case()
