"""Facts the generator and the runtime share are defined once, in the runtime's ``constants``
and ``errors`` modules, and every reader agrees with them."""

from __future__ import annotations

import attrs
import pytest
from openrouter_images import errors
from openrouter_images._runtime import constants, lines, serialization

from generator.build.bodies import media_kind
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
    assert lines.is_json(media_type) is json
    assert (media_kind(media_type) == "json") is json


def test_line_formats_are_one_rule() -> None:
    for media_type in [*constants.LINE_MEDIA_TYPES, "application/geo+json-seq"]:
        assert media_kind(media_type) == "jsonl"
        assert lines.is_json_lines(media_type) and constants.is_json_lines(media_type)
    assert lines.LINE_MEDIA_TYPES == constants.LINE_MEDIA_TYPES


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
