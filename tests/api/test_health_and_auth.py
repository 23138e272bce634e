import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from intel.config import load_settings
from intel.db import make_engine


def test_healthz_is_ok_with_the_database_reachable(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


@pytest.mark.parametrize(
    "url",
    ["postgresql+psycopg://postgres@127.0.0.1:1/nowhere", "sqlite:////nonexistent/dir/intel.db"],
)
def test_healthz_is_503_when_the_database_is_unreachable(url):
    settings = load_settings(database_url=url, _env_file=None)
    engine = make_engine(url, connect_args={"connect_timeout": 2}) if "postgres" in url else None
    with TestClient(create_app(settings, engine=engine)) as client:
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_openapi_is_served(client):
    schema = client.get("/openapi.json").json()
    assert "/api/v1/accounts" in schema["paths"]
    assert client.get("/docs").status_code == 200


@pytest.mark.parametrize("header", [None, "Bearer nope", "Basic dXNlcjpwYXNz", "Bearer "])
def test_api_needs_a_valid_bearer_token_and_says_so_as_problem_json(client, header):
    headers = {"Authorization": header} if header else {}
    response = client.get("/api/v1/accounts", headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["www-authenticate"] == "Bearer"
    body = response.json()
    assert body["status"] == 401
    assert body["title"] == "Unauthorized"
    assert body["instance"] == "/api/v1/accounts"


def test_unknown_routes_are_problem_json(client, rep):
    response = client.get("/api/v1/nothing-here", headers=rep.headers)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
