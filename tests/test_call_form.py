"""The keyword call form (an object body's fields as keyword arguments, beside the request
object) and the models' dict/JSON helpers, on a package generated from a spec made for them:
its names, its calls against a local server on 127.0.0.1, and what ``mypy --strict`` accepts
and rejects."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.support.server import Reply, ScriptedServer

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "callform"

SPEC = """
openapi: 3.1.0
info: {title: Call form, version: "1.0"}
servers: [{url: "http://127.0.0.1"}]
paths:
  /things:
    get:
      operationId: list
      tags: [default]  # one group: the method `list` shadows the builtin beside the others
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Thing"}}
  /things/{id}:
    post:
      operationId: updateThing
      tags: [default]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: dry_run, in: query, schema: {type: boolean}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Thing"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
  /notes:
    post:
      operationId: createNote
      tags: [default]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                text: {type: string}
                pinned: {type: boolean, deprecated: true}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {ok: {type: boolean}}}
  /chat:
    post:
      operationId: chat
      tags: [default]
      x-speakeasy-stream-request-field: streaming
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [prompt]
              properties:
                prompt: {type: string}
                streaming: {type: boolean}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Reply"}
            text/event-stream:
              schema: {$ref: "#/components/schemas/Reply"}
  /limited:
    post:
      operationId: limited
      tags: [default]
      x-speakeasy-max-method-params: 2
      parameters:
        - {name: page, in: query, schema: {type: integer}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                a: {type: string}
                b: {type: string}
      responses:
        "204": {description: done}
components:
  schemas:
    Reply:
      type: object
      required: [text]
      properties:
        text: {type: string}
    Thing:
      type: object
      required: [id, name]
      properties:
        id: {type: string}
        name: {type: string}
        options: {type: string}
        request: {type: integer}
        to_dict: {type: string}
        kind: {type: string, enum: [a, b]}
        tags: {type: array, items: {type: string}}
"""


@pytest.fixture(scope="module")
def package_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("callform")
    spec = out / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    subprocess.run(
        [
            *(sys.executable, "-m", "generator", "generate", str(spec)),
            *("--out", str(out / "pkg"), "--package", PACKAGE, "--package-only"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return out / "pkg"


@pytest.fixture(scope="module")
def pkg(package_dir: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(package_dir))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(package_dir))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]


@pytest.fixture
def client(pkg: ModuleType, scripted_server: ScriptedServer) -> Iterator[Any]:
    with pkg.Client(server_url=scripted_server.url, retries=None) as c:
        yield c


def sent(server: ScriptedServer, index: int = 0) -> Any:
    return json.loads(server.requests[index].body)


# -- names ---------------------------------------------------------------------------------


def test_clashing_fields_take_a_body_suffix_and_required_ones_come_first(
    package_dir: Path,
) -> None:
    group = (package_dir / PACKAGE / "groups" / "default.py").read_text(encoding="utf-8")
    overload, impl = group.split("    def update_thing(")[2:4]
    lines = overload.split(") -> Thing")[0].splitlines()[1:]
    args = [line.strip().split(":")[0].rstrip(",") for line in lines if line.strip()]
    # The path parameter keeps ``id``; the body's ``id``, ``options`` and ``request`` give way.
    assert args == [
        "self",
        "*",
        "id_body",
        "name",
        "options_body",
        "request_body",
        "to_dict_",
        "kind",
        "tags",
        "id",
        "dry_run",
        "options",
    ]
    assert "**_fields: Any" in impl
    assert '{"id_body": "id", "options_body": "options", "request_body": "request"' in impl


def test_fields_count_one_each_against_max_method_params(package_dir: Path) -> None:
    group = (package_dir / PACKAGE / "groups" / "default.py").read_text(encoding="utf-8")
    limited = group.split("    def limited(")[1].split('"""')[0]
    # One parameter and two fields are three, above the operation's 2: the request object only.
    assert "a: " not in limited and "request: LimitedRequest," in limited
    assert group.count("    def limited(") == 1


# -- calls against a local server ----------------------------------------------------------


def test_fields_go_on_the_wire_by_wire_name(
    pkg: ModuleType, client: Any, scripted_server: ScriptedServer
) -> None:
    scripted_server.enqueue(Reply.json({"id": "b1", "name": "n", "to_dict": "t"}))
    thing = client.default.update_thing(
        id="p 1",
        dry_run=True,
        id_body="b1",
        name="n",
        options_body="o",
        request_body=3,
        to_dict_="t",
        options=pkg.RequestOptions(extra_headers={"X-Trace": "1"}),
    )
    req = scripted_server.requests[0]
    assert req.path == "/things/p%201" and req.query == "dry_run=true"
    assert req.headers["x-trace"] == "1"
    assert sent(scripted_server) == {
        "id": "b1",
        "name": "n",
        "options": "o",
        "request": 3,
        "to_dict": "t",
    }
    assert (thing.id, thing.to_dict_) == ("b1", "t")


def test_raw_responses_take_the_fields_too(client: Any, scripted_server: ScriptedServer) -> None:
    scripted_server.enqueue(Reply.json({"ok": True}, headers={"X-Request-Id": "r1"}))
    raw = client.default.with_raw_response.create_note(text="hi")
    assert (raw.status_code, raw.request_id) == (200, "r1")
    assert sent(scripted_server) == {"text": "hi"}


def test_the_request_object_form_is_unchanged(
    pkg: ModuleType, client: Any, scripted_server: ScriptedServer
) -> None:
    scripted_server.enqueue(Reply.json({"id": "b1", "name": "n"}))
    client.default.update_thing(pkg.models.Thing(id="b1", name="n", kind="a"), id="p")
    assert sent(scripted_server) == {"id": "b1", "name": "n", "kind": "a"}


def test_object_and_fields_together_or_a_missing_field_send_nothing(
    pkg: ModuleType, client: Any, scripted_server: ScriptedServer
) -> None:
    with pytest.raises(TypeError, match=r"not both .*name"):
        client.default.update_thing(pkg.models.Thing(id="b", name="n"), id="p", name="m")
    with pytest.raises(TypeError, match="name"):
        client.default.update_thing(id="p", id_body="b")
    assert scripted_server.requests == []


def test_an_optional_body_left_out_sends_none(client: Any, scripted_server: ScriptedServer) -> None:
    scripted_server.enqueue(Reply.json({"ok": True}), Reply.json({"ok": True}))
    client.default.create_note()
    with pytest.warns(DeprecationWarning, match="pinned is deprecated") as caught:
        client.default.create_note(text="hi", pinned=False)
    assert caught[0].filename == __file__  # the caller's line
    first, second = scripted_server.requests
    assert first.body == b""
    assert json.loads(second.body) == {"text": "hi", "pinned": False}


def test_the_stream_flag_is_the_stream_argument(
    pkg: ModuleType, client: Any, scripted_server: ScriptedServer
) -> None:
    events = b'data: {"text": "he"}\n\ndata: {"text": "llo"}\n\n'
    scripted_server.enqueue(
        Reply.json({"text": "whole"}),
        Reply(status=200, headers={"Content-Type": "text/event-stream"}, body=events),
    )
    assert client.default.chat(prompt="hi").text == "whole"
    with client.default.chat(prompt="hi", stream=True) as stream:
        assert [e.text for e in stream] == ["he", "llo"]
    assert sent(scripted_server, 0) == {"prompt": "hi"}
    assert sent(scripted_server, 1) == {"prompt": "hi", "streaming": True}


# -- model helpers -------------------------------------------------------------------------


def test_a_response_round_trips_through_json_with_unknown_fields(
    client: Any, scripted_server: ScriptedServer, pkg: ModuleType
) -> None:
    body = {"id": "b1", "name": "n", "kind": "c", "to_dict": "t", "added_later": {"x": [1]}}
    scripted_server.enqueue(Reply.json(body))
    thing = client.default.update_thing(id="p", id_body="b1", name="n")
    # Wire names, an enum value the spec does not list, a property it does not name: all kept.
    assert thing.to_dict() == body
    text = thing.to_json()
    assert json.loads(text) == body and text == thing.to_json()
    again = pkg.models.Thing.from_json(text)
    assert again == thing and again.to_json() == text
    assert pkg.models.Thing.from_dict(body).to_dict() == body


def test_built_models_leave_unset_fields_out(pkg: ModuleType) -> None:
    note = pkg.models.Thing(id="1", name="n", to_dict_="x")
    assert note.to_dict() == {"id": "1", "name": "n", "to_dict": "x"}
    assert note.to_json() == '{"id":"1","name":"n","to_dict":"x"}'


def test_data_that_does_not_fit_names_the_place(pkg: ModuleType) -> None:
    with pytest.raises(ValueError, match=r"Thing: at \$\.name: required property missing"):
        pkg.models.Thing.from_dict({"id": "1"})
    with pytest.raises(ValueError, match="Thing: not JSON"):
        pkg.models.Thing.from_json("{")


def test_the_model_methods_are_the_names_naming_keeps_free() -> None:
    from generator.naming.rules import MODEL_METHODS
    from tests.support import template_runtime

    template_runtime.load()
    model = importlib.import_module(template_runtime.NAME + ".model")
    assert set(model.MODEL_METHODS) == MODEL_METHODS
    assert {n for n in vars(model.Model) if not n.startswith("_")} == MODEL_METHODS


# -- what mypy --strict accepts ------------------------------------------------------------

VALID = """
from typing import assert_type
from callform import Client, EventStream, RawResponse
from callform.models import CreateNoteRequest, Reply, Thing, ThingKind

c = Client()
assert_type(c.default.update_thing(Thing(id="1", name="n"), id="p"), Thing)
assert_type(c.default.update_thing(id="p", id_body="1", name="n", kind=ThingKind.A), Thing)
assert_type(c.default.update_thing(id="p", id_body="1", name="n", options_body="o"), Thing)
assert_type(c.default.update_thing(id="p", id_body="1", name="n", tags=["t"]), Thing)
assert_type(c.default.list(), list[Thing])
assert_type(c.default.with_raw_response.update_thing(id="p", id_body="1", name="n"), RawResponse[Thing])
c.default.create_note()
c.default.create_note(None)
c.default.create_note(CreateNoteRequest(text="t"))
c.default.create_note(text="t")
assert_type(c.default.chat(prompt="p"), Reply)
assert_type(c.default.chat(prompt="p", stream=False), Reply)
assert_type(c.default.chat(prompt="p", stream=True), EventStream[Reply] | Reply)
assert_type(c.default.chat(prompt="p", stream=None), Reply)
"""

INVALID = """
from callform import Client
from callform.models import ChatRequest, CreateNoteRequest, Thing

c = Client()
c.default.update_thing(Thing(id="1", name="n"), id="p", name="m")
c.default.update_thing(id="p", id_body="1")
c.default.update_thing(id="p", id_body="1", name=2)
c.default.update_thing(id="p", id_body="1", name="n", tags="t")
c.default.update_thing(id_body="1", name="n")
c.default.update_thing(id="p", id_body="1", name="n", nonsense=1)
c.default.create_note(CreateNoteRequest(), text="t")
c.default.chat(prompt="p", streaming=True)
c.default.chat(ChatRequest(prompt="p"), prompt="p")
c.default.limited(a="x")
"""


def test_mypy_accepts_exactly_the_valid_calls(package_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "valid.py").write_text(textwrap.dedent(VALID), encoding="utf-8")
    (tmp_path / "invalid.py").write_text(textwrap.dedent(INVALID), encoding="utf-8")
    done = subprocess.run(
        [
            *(sys.executable, "-m", "mypy", "--strict", "--no-error-summary"),
            *("--cache-dir", str(tmp_path / "cache"), "valid.py", "invalid.py"),
        ],
        cwd=tmp_path,
        env={"MYPYPATH": str(package_dir), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [ln for ln in done.stdout.splitlines() if ": error:" in ln]
    assert not [ln for ln in errors if ln.startswith("valid.py")], done.stdout
    flagged = {int(ln.split(":")[1]) for ln in errors if ln.startswith("invalid.py")}
    calls = {
        n
        for n, line in enumerate(textwrap.dedent(INVALID).splitlines(), 1)
        if line.startswith("c.default.")
    }
    assert flagged == calls, done.stdout


def test_a_group_with_field_arguments_imports_no_model(package_dir: Path) -> None:
    code = (
        "import sys, callform\n"
        "callform.Client().default\n"
        "print(sorted(m for m in sys.modules if m.startswith('callform.models')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=package_dir, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
