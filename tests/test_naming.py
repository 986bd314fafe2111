"""The naming pass: one place, same answer every run, no collisions."""

from __future__ import annotations

import keyword

import pytest

from generator import naming


@pytest.mark.parametrize(
    ("text", "snake", "pascal"),
    [
        ("listImageModels", "list_image_models", "ListImageModels"),
        ("HTTPResponse", "http_response", "HTTPResponse"),
        (
            "image_generation.partial_image",
            "image_generation_partial_image",
            "ImageGenerationPartialImage",
        ),
        ("get-client", "get_client", "GetClient"),
        ("VLAN", "vlan", "VLAN"),
        ("Vlan", "vlan", "Vlan"),
        ("createImages_request", "create_images_request", "CreateImagesRequest"),
        ("b64_json", "b64_json", "B64Json"),
        ("HTTP2Server", "http2_server", "HTTP2Server"),
        ("oauth2Token", "oauth2_token", "Oauth2Token"),
    ],
)
def test_case_conversion(text: str, snake: str, pascal: str) -> None:
    assert naming.snake(text) == snake
    assert naming.pascal(text) == pascal


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("1:1", "VALUE_1_1"),
        ("19.5:9", "VALUE_19_5_9"),
        ("Z.AI", "Z_AI"),
        ("", "EMPTY"),
        ("auto", "AUTO"),
        (-3, "VALUE_MINUS_3"),
    ],
)
def test_enum_member_names(value: str | int, name: str) -> None:
    assert naming.enum_member_name(value) == name


@pytest.mark.parametrize(
    "wire", ["class", "import", "str", "self", "2fa", "_id", "match", "None", "a b"]
)
def test_field_names_are_safe(wire: str) -> None:
    name = naming.field_name(wire)
    assert name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_")
    assert name not in naming.RESERVED_FIELDS


def test_namer_resolves_collisions_case_insensitively() -> None:
    n = naming.Namer(fold=True, sep="_")
    assert [n.take("vlan"), n.take("VLAN"), n.take("Vlan")] == ["vlan", "VLAN_2", "Vlan_3"]


def test_namer_prefers_alternatives() -> None:
    n = naming.Namer({"Client"})
    assert n.take("Client", "ClientModel") == "ClientModel"


@pytest.mark.parametrize(
    ("title", "package"),
    [
        ("OpenRouter API", "openrouter"),
        ("Swagger Petstore - OpenAPI 3.0", "swagger_petstore_openapi_3_0"),
        ("2fa service", "api_2fa"),
    ],
)
def test_package_name(title: str, package: str) -> None:
    assert naming.package_name(title) == package


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("1.0.0", "1.0.0"),
        ("2023-08-16", "2023.8.16"),
        ("v2", "2"),
        ("beta", "0.0.0"),
        ("1.0.0-rc.1", "1.0.0.1"),
    ],
)
def test_dist_version(version: str, expected: str) -> None:
    assert naming.dist_version(version) == expected
