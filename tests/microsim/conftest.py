"""A small calibrated population shared by the microsim tests (generated once per session, from a fixed seed)."""

import pytest

from werkzorg.microsim.calibration import calibrated_population


@pytest.fixture(scope="session")
def population():
    return calibrated_population(6_000, seed=11)
