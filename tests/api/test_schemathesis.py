"""Generated requests for every operation in the OpenAPI schema, sent over HTTP to the
app served by uvicorn on 127.0.0.1 with a real database: no 5xx, and every answer
matches what the schema documents (status, media type, body).

Operations that take URLs to fetch or post to (sources, channels) are left out: their
inputs would be resolved by DNS, and tests stay on loopback. Their validation has
tests of its own.
"""

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck
from hypothesis import settings as examples
from schemathesis import checks

from api.app import create_app
from intel.config import load_settings
from tests.loopback import serve_app

OUT_OF_REACH = r"^/api/v1/(sources|channels)"
# What the schema promises. Starlette's answer to a method no route has (405) lists
# only one route's methods in Allow, so that check is left to the framework.
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
]
_SCHEMA_ONLY = create_app(load_settings(database_url="sqlite://", _env_file=None))
schema = schemathesis.openapi.from_dict(_SCHEMA_ONLY.openapi()).exclude(path_regex=OUT_OF_REACH)


@pytest.fixture
def live_api(settings, engine) -> Iterator[str]:
    """The app on a free loopback port, over the test database, for this test only."""
    with serve_app(create_app(settings, engine=engine)) as base_url:
        yield base_url


@schema.parametrize()
@examples(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_generated_requests_get_documented_answers(case, live_api, admin):
    case.call_and_validate(base_url=live_api, headers=admin.headers, checks=CHECKS)
