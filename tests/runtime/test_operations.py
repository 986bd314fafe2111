"""The generated client against a real HTTP server on 127.0.0.1: requests, responses, errors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from openrouter_images import (
    APIError,
    Client,
    RequestOptions,
    ResponseValidationError,
    RetryConfig,
    errors,
    models,
)
from openrouter_images.models import ImageGenerationRequest

from tests.support.server import Reply, ScriptedServer

LIST_MODELS = {
    "data": [
        {
            "architecture": {"input_modalities": ["text"], "output_modalities": ["image"]},
            "created": 1692901234,
            "description": "A text-to-image model.",
            "endpoints": "/api/v1/images/models/bytedance-seed/seedream-4.5/endpoints",
            "id": "bytedance-seed/seedream-4.5",
            "name": "Seedream 4.5",
            "supported_parameters": {
                "resolution": {"type": "enum", "values": ["1K", "2K", "4K"]},
                "seed": {"type": "boolean"},
                "steps": {"type": "range", "min": 1, "max": 50},
            },
            "supports_streaming": False,
        }
    ]
}

ENDPOINTS = {
    "id": "bytedance-seed/seedream-4.5",
    "endpoints": [
        {
            "allowed_passthrough_parameters": [],
            "pricing": [{"billable": "output_image", "cost_usd": 0.05, "unit": "image"}],
            "provider_name": "Bytedance",
            "provider_slug": "bytedance",
            "provider_tag": "bytedance",
            "supported_parameters": {"resolution": {"type": "enum", "values": ["1K", "2K"]}},
            "supports_streaming": False,
        }
    ],
}

GENERATED = {
    "created": 1748372400,
    "data": [{"b64_json": "aGVsbG8=", "media_type": "image/png"}],
    "usage": {"completion_tokens": 4175, "cost": 0.04, "prompt_tokens": 0, "total_tokens": 4175},
}


def error_body(code: int, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def test_list_models_success(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json(LIST_MODELS))
    result = client.images.list_models()
    item = result.data[0]
    assert item.id == "bytedance-seed/seedream-4.5"
    assert item.architecture.input_modalities == [models.ImageInputModality.TEXT]
    caps = item.supported_parameters
    assert isinstance(caps["resolution"], models.EnumCapability)
    assert caps["resolution"].values == ["1K", "2K", "4K"]
    assert isinstance(caps["seed"], models.BooleanCapability)
    assert isinstance(caps["steps"], models.RangeCapability) and caps["steps"].max == 50.0
    req = server.requests[0]
    assert (req.method, req.path) == ("GET", "/api/v1/images/models")
    assert req.headers["authorization"] == "Bearer sk-test-secret"
    assert req.headers["accept"] == "application/json"


def test_list_model_endpoints_path_and_body(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json(ENDPOINTS))
    result = client.images.list_model_endpoints(author="bytedance-seed", slug="seedream-4.5")
    assert result.endpoints[0].pricing[0].cost_usd == 0.05
    assert (
        server.requests[0].raw_path == "/api/v1/images/models/bytedance-seed/seedream-4.5/endpoints"
    )


@pytest.mark.parametrize(
    ("author", "encoded"),
    [("../x", "..%2Fx"), ("..", "%2E%2E"), ("a b?c#d", "a%20b%3Fc%23d"), ("é", "%C3%A9")],
)
def test_path_parameters_are_percent_encoded(
    client: Client, server: ScriptedServer, author: str, encoded: str
) -> None:
    server.enqueue(Reply.json(ENDPOINTS))
    client.images.list_model_endpoints(author=author, slug="s")
    assert server.requests[0].raw_path == f"/api/v1/images/models/{encoded}/s/endpoints"


def test_generate_sends_only_set_fields(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json(GENERATED))
    request = ImageGenerationRequest(
        model="bytedance-seed/seedream-4.5",
        prompt="a red panda",
        aspect_ratio=models.ImageGenerationRequestAspectRatio.VALUE_16_9,
        provider=models.ImageGenerationProviderPreferences(allow_fallbacks=None, only=["openai"]),
    )
    result = client.images.generate(request)
    assert result.data[0].b64_json == "aGVsbG8="
    assert isinstance(result.usage, models.ImageGenerationUsage)
    assert result.usage.cost == 0.04
    sent = json.loads(server.requests[0].body)
    assert sent == {
        "model": "bytedance-seed/seedream-4.5",
        "prompt": "a red panda",
        "aspect_ratio": "16:9",
        "provider": {"allow_fallbacks": None, "only": ["openai"]},
    }
    assert server.requests[0].headers["content-type"] == "application/json"


def test_unknown_enum_values_are_kept(client: Client, server: ScriptedServer) -> None:
    body = json.loads(json.dumps(LIST_MODELS))
    body["data"][0]["architecture"]["input_modalities"] = ["text", "smell"]
    server.enqueue(Reply.json(body))
    result = client.images.list_models()
    assert result.data[0].architecture.input_modalities == [models.ImageInputModality.TEXT, "smell"]


ERROR_CASES = [
    (400, errors.BadRequestResponseError, models.BadRequestResponse),
    (401, errors.UnauthorizedResponseError, models.UnauthorizedResponse),
    (402, errors.PaymentRequiredResponseError, models.PaymentRequiredResponse),
    (403, errors.ForbiddenResponseError, models.ForbiddenResponse),
    (404, errors.NotFoundResponseError, models.NotFoundResponse),
    (413, errors.PayloadTooLargeResponseError, models.PayloadTooLargeResponse),
    (429, errors.TooManyRequestsResponseError, models.TooManyRequestsResponse),
    (500, errors.InternalServerResponseError, models.InternalServerResponse),
    (502, errors.BadGatewayResponseError, models.BadGatewayResponse),
    (524, errors.EdgeNetworkTimeoutResponseError, models.EdgeNetworkTimeoutResponse),
    (529, errors.ProviderOverloadedResponseError, models.ProviderOverloadedResponse),
]


@pytest.mark.parametrize(
    ("status", "cls", "model"), ERROR_CASES, ids=[str(c[0]) for c in ERROR_CASES]
)
def test_each_error_status_raises_its_class(
    client: Client, server: ScriptedServer, status: int, cls: type[APIError], model: type
) -> None:
    body = error_body(status, f"problem {status}")
    server.enqueue(Reply.json(body, status=status, headers={"X-Request-Id": "r1"}))
    with pytest.raises(cls) as info:
        client.images.generate(
            ImageGenerationRequest(model="m", prompt="p"), options=RequestOptions(retries=None)
        )
    err = info.value
    assert err.status_code == status
    assert isinstance(err.data, model)
    assert err.data.error.message == f"problem {status}"
    assert json.loads(err.body) == body
    assert err.headers["x-request-id"] == "r1"
    assert f"problem {status}" in str(err)
    assert "sk-test-secret" not in str(err) and "sk-test-secret" not in repr(err)


@pytest.mark.parametrize("status", [418, 599, 405])
def test_undocumented_status_gives_api_error(
    client: Client, server: ScriptedServer, status: int
) -> None:
    server.enqueue(
        Reply(status=status, headers={"Content-Type": "text/plain"}, body=b"I'm a teapot")
    )
    with pytest.raises(APIError) as info:
        client.images.list_models(options=RequestOptions(retries=None))
    # The class shared by every operation for that status (4XX / 5XX for unlisted codes).
    assert type(info.value) is errors.status_error(status)
    expected = {418: "ClientStatusError", 599: "ServerStatusError"}
    assert type(info.value).__name__ == expected.get(status, "MethodNotAllowedStatusError")
    assert info.value.status_code == status
    assert info.value.body == b"I'm a teapot"
    assert "not documented" in str(info.value)


def test_error_body_that_is_not_json(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply(status=404, headers={"Content-Type": "text/html"}, body=b"<h1>gone</h1>"))
    with pytest.raises(APIError) as info:
        client.images.list_model_endpoints(author="a", slug="b")
    assert type(info.value) is errors.NotFoundStatusError
    assert not isinstance(info.value, errors.NotFoundResponseError)  # no typed data to give
    assert info.value.status_code == 404 and info.value.body == b"<h1>gone</h1>"
    assert info.value.__cause__ is not None and "not JSON" in str(info.value)


def test_error_body_that_does_not_fit(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json({"unexpected": True}, status=404))
    with pytest.raises(APIError) as info:
        client.images.list_model_endpoints(author="a", slug="b")
    assert info.value.data is None and b"unexpected" in info.value.body


@pytest.mark.parametrize("body", [b"not json", b'{"data": "nope"}', b'{"data": [{"id": 1}]}', b""])
def test_malformed_success_body(client: Client, server: ScriptedServer, body: bytes) -> None:
    server.enqueue(Reply(status=200, headers={"Content-Type": "application/json"}, body=body))
    with pytest.raises(ResponseValidationError) as info:
        client.images.list_models()
    assert info.value.body == body and info.value.status_code == 200


def test_credentials_never_shown(client: Client) -> None:
    assert "sk-test-secret" not in repr(client)
    assert "sk-test-secret" not in repr(client._credentials)
    assert "sk-test-secret" not in str(vars(client))


def test_per_call_server_and_headers(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json(LIST_MODELS))
    client.images.list_models(
        options=RequestOptions(server_url=server.url + "/other", extra_headers={"X-Trace": "t1"})
    )
    req = server.requests[0]
    assert req.path == "/other/images/models"
    assert req.headers["x-trace"] == "t1"


def test_accept_override(client: Client, server: ScriptedServer) -> None:
    server.enqueue(Reply.json(LIST_MODELS))
    client.images.list_models(options=RequestOptions(accept="application/vnd.test+json"))
    assert server.requests[0].headers["accept"] == "application/vnd.test+json"


def test_client_without_key_fails_before_sending(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    server.enqueue(Reply.json(LIST_MODELS))
    with Client(server_url=server.url, retries=None) as c:
        with pytest.raises(errors.MissingCredentialError, match="OPENROUTER_API_KEY"):
            c.images.list_models()
    assert server.requests == []


def test_default_retry_policy_comes_from_spec() -> None:
    from openrouter_images import DEFAULT_RETRIES

    assert DEFAULT_RETRIES.status_codes == ("5XX",)
    assert DEFAULT_RETRIES.initial_interval == 0.5
    assert DEFAULT_RETRIES.max_interval == 60.0
    assert DEFAULT_RETRIES.exponent == 1.5
    assert DEFAULT_RETRIES.retry_connection_errors is True
    assert isinstance(DEFAULT_RETRIES, RetryConfig)
