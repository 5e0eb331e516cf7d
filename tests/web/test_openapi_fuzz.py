"""Schemathesis: generate requests from the OpenAPI spec and check the API never answers with a server error."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from werkzorg.web.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
# Django's request_started signal checks an open database connection (left open by earlier database tests).
pytestmark = pytest.mark.django_db


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    response = case.call()
    assert response.status_code < 500, (case.method, case.path, case.body, response.text[:500])
