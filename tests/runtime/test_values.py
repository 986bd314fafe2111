"""What the schemas let through and how it goes back on the wire, with the `values` golden
package (OpenAPI 3.1) and the `openapi30` one against a local server: parameters described by a
JSON media type, an unlisted tagged-union member held in a field, properties without a type,
properties that are only ever null, and a JSON-Lines body that is a binary string."""

from __future__ import annotations

import json
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
for case in ("values", "openapi30"):
    sys.path.insert(0, str(GOLDEN / case / "expected"))

from openapi30.models import Failure as Failure30  # noqa: E402
from openapi30.models import Order, Preference, PreferencePrevious, PreferenceValue  # noqa: E402
from values import Client, UnknownVariant  # noqa: E402
from values._serialization import converter  # noqa: E402
from values.errors import FailureError  # noqa: E402
from values.models import (  # noqa: E402
    Circle,
    CreateSettingRequest,
    Drawing,
    Failure,
    GetSettingKey,
    ListSettingsFilter,
    Setting,
    SettingValue,
    Square,
)
from values.operations import get_setting  # noqa: E402

from tests.support.server import Reply, ScriptedServer  # noqa: E402


@pytest.fixture
def values(server: ScriptedServer) -> Iterator[Client]:
    with Client(server_url=server.url, retries=None) as c:
        yield c


def _hints(cls: type) -> dict[str, typing.Any]:
    """A model's annotations, evaluated with its package's models in scope."""
    package = sys.modules[cls.__module__.partition(".")[0]]
    models = {name: getattr(package.models, name) for name in package.models.__all__}
    scope = {**models, **vars(sys.modules[cls.__module__])}
    return typing.get_type_hints(cls, scope)


# -- parameters described with content -----------------------------------------------------------


def test_a_json_content_query_parameter_is_sent_as_its_json_text(
    values: Client, server: ScriptedServer
) -> None:
    server.enqueue(Reply.json([]))
    values.settings.list_settings(
        filter=ListSettingsFilter(team="a b", limit=2), x_context=["x", "y"], scope="all"
    )
    sent = server.requests[0]
    name, _, value = sent.query.partition("&")[0].partition("=")
    assert name == "filter"
    assert json.loads(unquote(value)) == {"team": "a b", "limit": 2}
    assert "%7B" in value and "{" not in value  # percent-encoded
    assert "team=" not in sent.query and "limit=" not in sent.query  # not an exploded object
    assert json.loads(sent.headers["x-context"]) == ["x", "y"]
    assert sent.query.endswith("&scope=all")  # a text/plain parameter is the text itself


def test_a_json_content_path_parameter_is_its_json_text() -> None:
    path = get_setting.build_request(key=GetSettingKey(id="s/1")).path
    assert path.startswith("/settings/%7B")
    assert json.loads(unquote(path.removeprefix("/settings/"))) == {"id": "s/1"}


# -- an unlisted tagged-union member held in a field ----------------------------------------------


def test_an_unknown_variant_in_a_field_is_written_back_as_it_came(
    values: Client, server: ScriptedServer
) -> None:
    hexagon = {"kind": "hexagon", "corners": 6}
    stored = {"main": hexagon, "layers": [{"kind": "circle", "radius": 1.5}, hexagon]}
    server.enqueue(Reply.json(stored), Reply.json(stored))
    drawing = values.drawings.save_drawing(Drawing(main=Square(kind="square", side=1.0)))
    assert isinstance(drawing.main, UnknownVariant) and drawing.main.tag == "hexagon"
    assert drawing.layers == [Circle(kind="circle", radius=1.5), UnknownVariant("hexagon", hexagon)]
    values.drawings.save_drawing(drawing)
    assert json.loads(server.requests[1].body) == stored
    assert converter.unstructure(drawing) == stored


# -- properties without a type ------------------------------------------------------------------


def test_properties_without_a_type_take_any_other_value(
    values: Client, server: ScriptedServer
) -> None:
    server.enqueue(
        Reply.json(
            [
                {"id": "dark-mode", "value": "on"},
                {"id": "quota", "value": {"enabled": True, "limit": 3}},
                {"id": "ratio", "value": 2.5},
                {"id": "count", "value": 3},
                {"id": "flags", "value": [1, "a"]},
                {"id": "unset", "value": None},
                {"id": "off", "value": False},
            ]
        )
    )
    got = values.settings.list_settings()
    assert [s.value for s in got] == [
        "on",
        SettingValue(enabled=True, limit=3),
        2.5,
        3,
        [1, "a"],
        None,
        False,
    ]
    assert type(got[3].value) is int and type(got[2].value) is float
    # additionalProperties without a type: a map, or any other value.
    server.enqueue(Reply.json([{"id": "a", "labels": {"env": "prod"}}, {"id": "b", "labels": 7}]))
    assert [s.labels for s in values.settings.list_settings()] == [{"env": "prod"}, 7]
    # Sent again as they came.
    assert converter.unstructure(got[0]) == {"id": "dark-mode", "value": "on"}
    # The annotation says so (mypy --strict users see every JSON type).
    hint = _hints(Setting)["value"]
    assert {str, int, float, bool, type(None), SettingValue} <= set(typing.get_args(hint))
    # What a caller sends is the model itself.
    assert _hints(CreateSettingRequest)["id"] is str
    server.enqueue(Reply(status=204))
    values.settings.create_setting(CreateSettingRequest(id="x"))
    assert json.loads(server.requests[-1].body) == {"id": "x"}


def test_properties_without_a_type_in_openapi_30() -> None:
    from openapi30._serialization import converter as converter30

    got = converter30.structure({"value": "on", "previous": {"enabled": True}}, Preference)
    assert got == Preference(value="on", previous=PreferencePrevious(enabled=True))
    got = converter30.structure({"value": {"enabled": False}, "previous": None}, Preference)
    assert got == Preference(value=PreferenceValue(enabled=False), previous=None)


# -- properties that are only ever null ---------------------------------------------------------


def test_a_null_only_property_is_none(values: Client, server: ScriptedServer) -> None:
    body = {"ok": False, "result": None, "detail": None, "trace": None, "message": "no such"}
    server.enqueue(Reply.json(body, status=404))
    with pytest.raises(FailureError) as caught:
        values.settings.get_setting(key=GetSettingKey(id="x"))
    assert caught.value.data == Failure(
        ok=False, result=None, detail=None, trace=None, message="no such"
    )
    for cls in (Failure, Failure30):
        hints = _hints(cls)
        for name in ("result", "detail", "trace", "reason"):
            if name in hints:
                unset = sys.modules[cls.__module__.partition(".")[0]].Unset
                assert set(typing.get_args(hints[name])) == {type(None), unset}, name


def test_allof_of_a_reference_and_nullable_is_that_schema_or_null() -> None:
    assert type(None) in typing.get_args(_hints(Order)["last_audit"])


# -- a JSON-Lines body that is a binary string ----------------------------------------------------


def test_a_binary_json_lines_body_takes_bytes_or_a_list(
    values: Client, server: ScriptedServer, tmp_path: Path
) -> None:
    lines = tmp_path / "settings.jsonl"
    lines.write_bytes(b'{"id": "a"}\n{"id": "b"}\n')
    server.enqueue(Reply(status=204), Reply(status=204), Reply(status=204))
    values.imports.import_lines(lines.read_bytes())
    values.imports.import_lines([{"id": "a"}, 2])
    values.imports.import_shapes([Circle(kind="circle", radius=1.0)])
    file_sent, list_sent, typed_sent = server.requests
    assert file_sent.body == lines.read_bytes()  # as the file holds it
    assert file_sent.headers["content-type"] == "application/jsonl"
    assert list_sent.body == b'{"id":"a"}\n2\n'
    assert typed_sent.body == b'{"kind":"circle","radius":1.0}\n'
