"""Facts the generator and the runtime share are defined once, in the runtime's ``constants``
and ``errors`` modules, and every reader agrees with them."""

from __future__ import annotations

import sys
from pathlib import Path

import attrs
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "generated"))

from openrouter_images import errors
from openrouter_images._runtime import constants, lines, serialization

from generator.builder.bodies import media_kind
from generator.model import runtime_facts
from generator.tools.conform import traffic

JSON_TYPES = {
    "application/json": True,
    "Application/JSON; charset=utf-8": True,
    "application/problem+json": True,
    "application/vnd.api+json": True,
    "text/x+json": True,
    "image/svg+json": True,
    "application/x-jsonl": False,
    "application/json-seq": False,
    "application/geo+json-seq": False,
    "text/json5": False,
    "text/plain": False,
    "": False,
}


@pytest.mark.parametrize(("media_type", "json"), JSON_TYPES.items())
def test_one_rule_says_which_media_types_are_json(media_type: str, json: bool) -> None:
    assert constants.is_json(media_type) is json
    assert runtime_facts.is_json(media_type) is json
    assert traffic.is_json(media_type) is json  # conform and mock read bodies as the client does
    assert lines.is_json is constants.is_json
    assert (media_kind(media_type) == "json") is json


def test_line_formats_are_one_rule() -> None:
    for media_type in [*constants.LINE_MEDIA_TYPES, "application/geo+json-seq"]:
        assert media_kind(media_type) == "jsonl"
        assert constants.is_json_lines(media_type)


def test_the_error_names_the_generator_uses_are_the_runtimes_classes() -> None:
    runtime = errors.SDKError.__module__
    for name in runtime_facts.SHARED_ERRORS:
        assert getattr(errors, name).__module__ == runtime
        assert name in errors.__all__
    for code, name in runtime_facts.STATUS_ERRORS.items():
        assert errors.status_error(code).__name__ == name
    assert runtime_facts.STATUS_ERROR_FUNCTION in errors.__all__


def test_the_wire_name_metadata_key_is_the_runtimes() -> None:
    @attrs.define
    class Renamed:
        b64: str = attrs.field(metadata={runtime_facts.WIRE: "b64_json"})

    assert runtime_facts.WIRE == constants.WIRE == "wire"
    assert serialization.wire_name(attrs.fields(Renamed).b64) == "b64_json"


def test_the_user_agent_names_the_generators_one_version() -> None:
    from openrouter_images import client

    import generator

    assert f" openapi-attrs-generator/{generator.__version__} " in client.USER_AGENT


def test_media_types_are_matched_exactly() -> None:
    assert media_kind("application/json") == "json"
    assert media_kind("Application/JSON; charset=utf-8") == "json"
    assert media_kind("application/problem+json") == "json"
    assert media_kind("application/x-jsonl") == "jsonl"
    assert media_kind("application/x-ndjson; charset=utf-8") == "jsonl"
    assert media_kind("application/geo+json-seq") == "jsonl"
    assert media_kind("application/x-json-listing") == "binary"
    assert media_kind("application/jsonx") == "binary"
    assert media_kind("text/json") == "text"


def test_generator_and_runtime_agree_on_the_status_classes() -> None:
    from generator.naming.errors import _base

    STATUS_ERRORS = runtime_facts.STATUS_ERRORS
    assert len(STATUS_ERRORS) == 37
    for code, name in STATUS_ERRORS.items():
        assert errors.status_error(code).__name__ == name == _base(str(code))
    assert _base("4XX") == "ClientStatusError" and _base("default") == "APIError"
    assert _base("418") == "ClientStatusError" and _base("599") == "ServerStatusError"
    assert errors.status_error(499) is errors.ClientStatusError
    assert errors.status_error(599) is errors.ServerStatusError
