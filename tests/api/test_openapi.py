"""The OpenAPI schema documents every request body with an example, so /docs shows callers
a body that works rather than an empty form."""

from api.app import create_app
from intel.config import load_settings


def test_every_request_body_has_an_example():
    spec = create_app(load_settings(database_url="sqlite://", _env_file=None)).openapi()
    schemas = spec["components"]["schemas"]
    missing = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for media_type, media in operation.get("requestBody", {}).get("content", {}).items():
                ref = media.get("schema", {}).get("$ref", "")
                named = schemas.get(ref.rsplit("/", 1)[-1], {}) if ref else {}
                if not ({"example", "examples"} & (media.keys() | named.keys())):
                    missing.append(f"{method.upper()} {path} ({media_type})")
    assert missing == []
