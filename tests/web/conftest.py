"""Microsimulation jobs started by web tests (pages, API, fuzzing) use a small population in a temporary folder."""

import pytest


@pytest.fixture(autouse=True)
def _small_microsim(settings, tmp_path_factory):
    settings.MICROSIM_DIR = tmp_path_factory.getbasetemp() / "microsim-web"
    settings.MICROSIM_HOUSEHOLDS = 3000
