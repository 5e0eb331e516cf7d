"""A small calibrated population shared by the microsim tests (generated once per session, from a fixed seed)."""

import pytest

from werkzorg.microsim.population import generate


@pytest.fixture(scope="session")
def population():
    return generate(6_000, seed=11)
