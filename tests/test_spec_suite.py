"""Small inline specs, end to end through ``generator.cli.main``, in two groups:

* "generates, with this warning": a slip whose intent is clear; the client is generated, the
  warning names the place (pointer, line and column), the package imports, and ``--strict``
  refuses the same spec;
* "fails cleanly, naming this place": exit code 1, one readable line naming the deepest place
  that is wrong (pointer, line and column), no traceback, the output folder untouched.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
import pytest

from generator.cli import main

HEAD30 = "openapi: 3.0.3\ninfo: {title: Suite, version: '1'}\n"
HEAD31 = "openapi: 3.1.0\ninfo: {title: Suite, version: '1'}\n"


def op(responses: str = "'200': {description: ok}", extra: str = "", path: str = "/a") -> str:
    """A ``paths`` section with one GET operation (``extra`` and ``responses`` are YAML lines
    at the operation's indentation)."""
    lines = ["paths:", f"  {path}:", "    get:", "      operationId: getA"]
    lines += [f"      {line}" for line in textwrap.dedent(extra).splitlines() if line]
    lines += ["      responses:"]
    lines += [f"        {line}" for line in textwrap.dedent(responses).splitlines() if line]
    return "\n".join(lines) + "\n"


def json_response(schema: str) -> str:
    """A 200 response whose JSON body has ``schema`` (YAML lines, indented under it)."""
    body = "\n".join(f"      {line}" for line in textwrap.dedent(schema).splitlines() if line)
    return (
        "'200':\n  description: ok\n  content:\n    application/json:\n      schema:\n"
        + textwrap.indent(body, "  ")
        + "\n"
    )


@attrs.frozen
class Warns:
    spec: str
    pointer: str
    message: str
    place: str  # "line:col" of the pointer


@attrs.frozen
class Fails:
    spec: str
    pointer: str
    message: str
    place: str
    name: str = "spec.yaml"


WARNS: dict[str, Warns] = {
    "status-4xx-lower-case": Warns(
        HEAD30 + op("'200': {description: ok}\n4xx: {description: client error}"),
        "/paths/~1a/get/responses/4xx",
        "response key '4xx' read as '4XX'",
        "9:9",
    ),
    "status-5xx-lower-case-31": Warns(
        HEAD31 + op("'200': {description: ok}\n5xx: {description: server error}"),
        "/paths/~1a/get/responses/5xx",
        "response key '5xx' read as '5XX'",
        "9:9",
    ),
    "status-default-capitalised": Warns(
        HEAD30 + op("Default: {description: anything}"),
        "/paths/~1a/get/responses/Default",
        "response key 'Default' read as 'default'",
        "8:9",
    ),
    "example-date-time-as-phrase": Warns(
        HEAD30
        + op(
            json_response(
                "type: object\nproperties:\n  at: {type: string, format: "
                "date-time, example: a few minutes ago}"
            )
        ),
        "/paths/~1a/get/responses/200/content/application~1json/schema/properties/at/example",
        "example 'a few minutes ago' is not a date-time; kept as documentation",
        "15:57",
    ),
    "example-placeholder-31": Warns(
        HEAD31 + op(json_response("type: string\nformat: date-time\nexamples: ['<timestamp>']")),
        "/paths/~1a/get/responses/200/content/application~1json/schema/examples/0",
        "example '<timestamp>' is not a date-time; kept as documentation",
        "15:28",
    ),
    "example-uuid-placeholder": Warns(
        HEAD30 + op(json_response("type: string\nformat: uuid\nexample: <id>")),
        "/paths/~1a/get/responses/200/content/application~1json/schema/example",
        "example '<id>' is not a uuid",
        "15:17",
    ),
    "default-breaks-format-30": Warns(
        HEAD30 + op(json_response("type: string\nformat: date-time\ndefault: now")),
        "/paths/~1a/get/responses/200/content/application~1json/schema/default",
        "default 'now' is not a 'date-time'; documentation only",
        "15:17",
    ),
    "default-breaks-format-31": Warns(
        HEAD31 + op(json_response("type: string\nformat: date\ndefault: today")),
        "/paths/~1a/get/responses/200/content/application~1json/schema/default",
        "default 'today' is not a 'date'; documentation only",
        "15:17",
    ),
    "const-in-30": Warns(
        HEAD30 + op(json_response("type: object\nproperties:\n  kind: {const: image}")),
        "/paths/~1a/get/responses/200/content/application~1json/schema/properties/kind/const",
        "'const' is OpenAPI 3.1 (JSON Schema), not 3.0; read as 3.1 defines it",
        "15:26",
    ),
    "examples-list-in-30-schema": Warns(
        HEAD30 + op(json_response("type: integer\nexamples: [1, 2]")),
        "/paths/~1a/get/responses/200/content/application~1json/schema/examples",
        "'examples' is OpenAPI 3.1 (JSON Schema), not 3.0",
        "14:17",
    ),
    "type-list-in-30": Warns(
        HEAD30 + op(json_response("type: [string, 'null']")),
        "/paths/~1a/get/responses/200/content/application~1json/schema/type",
        "a list of types is OpenAPI 3.1 (JSON Schema), not 3.0",
        "13:17",
    ),
    "numeric-exclusive-minimum-in-30": Warns(
        HEAD30 + op(json_response("type: number\nexclusiveMinimum: 0")),
        "/paths/~1a/get/responses/200/content/application~1json/schema/exclusiveMinimum",
        "a numeric exclusiveMinimum is OpenAPI 3.1",
        "14:17",
    ),
    "unknown-schema-keyword-30": Warns(
        HEAD30 + op(json_response("type: string\noptional: true")),
        "/paths/~1a/get/responses/200/content/application~1json/schema/optional",
        "'optional' is not a schema keyword; ignored",
        "14:17",
    ),
    "title-on-operation": Warns(
        HEAD30 + op(extra="title: Get an A"),
        "/paths/~1a/get/title",
        "'title' is not a field of an operation in OpenAPI 3.0; ignored",
        "7:7",
    ),
    "unknown-key-on-response-31": Warns(
        HEAD31 + op("'200': {description: ok, summary: fine}"),
        "/paths/~1a/get/responses/200/summary",
        "'summary' is not a field of a response in OpenAPI 3.1; ignored",
        "8:34",
    ),
    "unknown-key-on-parameter": Warns(
        HEAD30 + op(extra="parameters:\n- {name: q, in: query, schema: {type: string}, type: x}"),
        "/paths/~1a/get/parameters/0/type",
        "'type' is not a field of a parameter",
        "8:54",
    ),
    "openapi-version-without-patch": Warns(
        "openapi: 3.0\ninfo: {title: Suite, version: '1'}\n" + op(),
        "/openapi",
        "openapi version '3.0' has no patch number; read as 3.0.0",
        "1:1",
    ),
    "openapi-31-without-patch": Warns(
        "openapi: '3.1'\ninfo: {title: Suite, version: '1'}\n" + op(),
        "/openapi",
        "openapi version '3.1' has no patch number; read as 3.1.0",
        "1:1",
    ),
    "info-version-number": Warns(
        "openapi: 3.0.3\ninfo: {title: Suite, version: 1.0}\n" + op(),
        "/info/version",
        "info.version is a number; read as the string '1.0'",
        "2:22",
    ),
    "parameter-without-schema": Warns(
        HEAD30 + op(extra="parameters:\n- {name: q, in: query}"),
        "/paths/~1a/get/parameters/0",
        "parameter has no schema; read as a string",
        "8:9",
    ),
    "path-parameter-not-required": Warns(
        HEAD30
        + op(extra="parameters:\n- {name: id, in: path, schema: {type: string}}", path="/a/{id}"),
        "/paths/~1a~1{id}/get/parameters/0",
        "path parameter is not marked 'required: true'; read as required",
        "8:9",
    ),
    "response-without-description": Warns(
        HEAD30 + op("'204': {}"),
        "/paths/~1a/get/responses/204",
        "response has no description (it is required)",
        "8:9",
    ),
    "document-without-paths-30": Warns(
        HEAD30 + "components: {schemas: {A: {type: string}}}\n",
        "",
        "the document has no 'paths' (it is required); no operations",
        "",
    ),
    "responses-empty": Warns(
        HEAD31 + op("{}"),
        "/paths/~1a/get/responses",
        "operation documents no response; read as one response without content",
        "7:7",
    ),
    "responses-missing-30": Warns(
        HEAD30 + "paths:\n  /a:\n    get: {operationId: getA}\n",
        "/paths/~1a/get",
        "operation documents no response; read as one response without content",
        "5:5",
    ),
    "path-repeated-in-yaml": Warns(
        HEAD31
        + op()
        + "  /a:\n    post:\n      operationId: postA\n      responses:\n"
        + "        '201': {description: made}\n",
        "/paths/~1a",
        "key '/a' appears more than once in this mapping (lines 4 and 9); the last one is kept,"
        " the one on line 4 is ignored",
        "9:3",
    ),
}


FAILS: dict[str, Fails] = {
    "one-rule-deep-inside-oneof": Fails(
        HEAD30
        + op(
            json_response(
                "type: object\nproperties:\n  size:\n    type: integer\n    minimum: small"
            )
        ),
        "/paths/~1a/get/responses/200/content/application~1json/schema/properties/size/minimum",
        "'small' is not of type 'number'",
        "17:21",
    ),
    "one-rule-deep-inside-oneof-31": Fails(
        HEAD31
        + op(json_response("type: object\nproperties:\n  size: {type: integer, minimum: x}")),
        "/paths/~1a/get/responses/200/content/application~1json/schema/properties/size/minimum",
        "is not of type",
        "15:41",
    ),
    "status-key-not-a-status-30": Fails(
        HEAD30 + op("abcdef: {description: what}"),
        "/paths/~1a/get/responses/abcdef",
        "'abcdef' is not a response status: use a code such as 200, a range such as 4XX, or default",
        "8:9",
    ),
    "status-key-not-a-status-31": Fails(
        HEAD31 + op("'200': {description: ok}\nabcdef: {description: what}"),
        "/paths/~1a/get/responses/abcdef",
        "'abcdef' is not a response status",
        "9:9",
    ),
    "default-breaks-minimum": Fails(
        HEAD30 + op(json_response("type: integer\nminimum: 1\ndefault: 0")),
        "/paths/~1a/get/responses/200/content/application~1json/schema/default",
        "0 is less than the minimum of 1",
        "15:17",
    ),
    "minified-json": Fails(
        json.dumps(
            {
                "openapi": "3.0.3",
                "info": {"title": "Suite", "version": "1"},
                "paths": {"/a": {"get": {"responses": {"200": {"description": 7}}}}},
            },
            separators=(",", ":"),
        ),
        "/paths/~1a/get/responses/200/description",
        "7 is not of type 'string'",
        "1:101",
        "spec.json",
    ),
    "yaml-1-2-yes-is-a-string": Fails(
        HEAD30 + op(extra="parameters:\n- {name: q, in: query, required: yes, schema: {}}"),
        "/paths/~1a/get/parameters/0/required",
        "'yes' is not of type 'boolean'",
        "8:30",
    ),
    "line-schema-not-a-schema-30": Fails(
        HEAD30
        + op(
            "'200':\n  description: lines\n  content:\n    application/x-ndjson:\n      schema:\n"
            "        type: string\n        x-line-schema: {allOf: 7}\n"
        ),
        "/paths/~1a/get/responses/200/content/application~1x-ndjson/schema/x-line-schema/allOf",
        "invalid schema: 7 is not of type",
        "14:33",
    ),
    "typo-in-type": Fails(
        HEAD30 + op(json_response("type: strin")),
        "/paths/~1a/get/responses/200/content/application~1json/schema/type",
        "'strin' is not one of",
        "13:17",
    ),
    "ref-points-at-nothing": Fails(
        HEAD31 + op(json_response("$ref: '#/components/schemas/Missing'")),
        "/paths/~1a/get/responses/200/content/application~1json/schema",
        "$ref '#/components/schemas/Missing' points at nothing",
        "12:15",
    ),
    "undeclared-path-parameter": Fails(
        HEAD30 + op(path="/a/{id}"),
        "/paths/~1a~1{id}/get",
        "Path parameter 'id' for 'get' operation in '/a/{id}' was not resolved",
        "5:5",
    ),
    "parameter-in-body": Fails(
        HEAD30 + op(extra="parameters:\n- {name: q, in: body, schema: {type: string}}"),
        "/paths/~1a/get/parameters/0/in",
        "'body' is not one of",
        "8:19",
    ),
    "swagger-2": Fails(
        "swagger: '2.0'\ninfo: {title: Suite, version: '1'}\npaths: {}\n",
        "/swagger",
        "Swagger 2.0 is not supported",
        "1:1",
    ),
    "unsupported-version": Fails(
        "openapi: 2.5.0\ninfo: {title: Suite, version: '1'}\npaths: {}\n",
        "/openapi",
        "OpenAPI version '2.5.0' is not supported",
        "1:1",
    ),
    "invalid-yaml": Fails(
        HEAD30 + "paths:\n  /a: {get: [\n",
        "",
        "invalid YAML",
        "5:1",
    ),
    "invalid-json": Fails(
        '{"openapi": "3.0.3", "info": {"title": "T",, "version": "1"}}',
        "",
        "invalid JSON: Expecting property name enclosed in double quotes",
        "1:44",
        "spec.json",
    ),
}


def _run(tmp_path: Path, text: str, name: str, *extra: str) -> tuple[int, str, Path]:
    spec = tmp_path / name
    spec.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    code = main(["generate", str(spec), "--out", str(out), "--package", "suite", *extra])
    return code, str(spec), out


def _lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line]


@pytest.mark.parametrize("case", sorted(WARNS))
def test_generates_with_this_warning(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c = WARNS[case]
    code, spec, out = _run(tmp_path, c.spec, "spec.yaml")
    err = capsys.readouterr().err
    assert code == 0, err
    warnings = [line for line in _lines(err) if ": warning: " in line]
    assert len(warnings) == 1, err
    assert warnings[0].startswith(_where(spec, c.place, "warning", c.pointer)), err
    assert c.message in warnings[0]
    imported = subprocess.run(
        [sys.executable, "-c", "import suite, suite.models, suite.client"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr


def _where(spec: str, place: str, level: str, pointer: str) -> str:
    """The start of a diagnostic line: ``file:line:col: level: #pointer: ``."""
    located = f"{spec}:{place}" if place else spec
    return f"{located}: {level}: " + (f"#{pointer}: " if pointer else "")


@pytest.mark.parametrize("case", sorted(WARNS))
def test_strict_refuses_what_warns(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c = WARNS[case]
    code, spec, out = _run(tmp_path, c.spec, "spec.yaml", "--strict")
    err = capsys.readouterr().err
    assert code == 1, err
    assert _where(spec, c.place, "error", c.pointer) in err
    assert not out.exists()


@pytest.mark.parametrize("case", sorted(FAILS))
def test_fails_cleanly_naming_this_place(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c = FAILS[case]
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine\n", encoding="utf-8")
    code, spec, _ = _run(tmp_path, c.spec, c.name)
    err = capsys.readouterr().err
    assert code == 1, err
    named = [
        line for line in _lines(err) if line.startswith(_where(spec, c.place, "error", c.pointer))
    ]
    assert named, err
    assert any(c.message in line for line in named), err
    assert "Traceback" not in err
    assert all(line.startswith(spec) for line in _lines(err)), err
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_every_message_is_one_readable_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A response broken deep inside: no JSON dump of the whole object, no 'oneOf' jargon."""
    c = FAILS["one-rule-deep-inside-oneof"]
    _run(tmp_path, c.spec, "spec.yaml")
    err = capsys.readouterr().err
    assert "oneOf" not in err and '{"' not in err and "{'" not in err
    lines = _lines(err)
    assert len(lines) == 1 and lines[0].endswith("; nothing written"), err  # one problem, one line


VALID_VARIANTS = {
    "relative-server-url": HEAD30 + "servers: [{url: /api/v1}]\n" + op(),
    "empty-paths": HEAD30 + "paths: {}\n",
    "components-only-31": HEAD31 + "components: {schemas: {A: {type: string}}}\n",
    "operation-without-responses-31": HEAD31 + "paths:\n  /a:\n    get: {operationId: getA}\n",
    "media-type-without-schema": HEAD30
    + op("'200':\n  description: ok\n  content: {application/json: {}}"),
    "yaml-1-2-scalars": HEAD30
    + op(
        json_response(
            "type: object\nproperties:\n  ratio: {type: number, minimum: 1e-5, maximum: 1.5e+3}\n"
            "  answer: {type: string, enum: [yes, no, on, off, y, n]}\n"
            "  clock: {type: string, example: 1:30}\n"
            "  mode: {type: integer, enum: [0o17, 0x1F, 017]}"
        )
    ),
}


@pytest.mark.parametrize("case", sorted(VALID_VARIANTS))
def test_valid_variants_generate_without_warnings(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, out = _run(tmp_path, VALID_VARIANTS[case], "spec.yaml", "--strict")
    err = capsys.readouterr().err
    assert code == 0, err
    assert "warning" not in err
    assert (out / "suite" / "client.py").is_file()


def test_yaml_1_2_scalars_reach_the_client(tmp_path: Path) -> None:
    """``yes``/``on`` stay strings and ``0o17``/``0x1F``/``017`` are 15, 31 and 17 in the
    generated enums."""
    assert (
        main(
            [
                "generate",
                str(_spec(tmp_path, VALID_VARIANTS["yaml-1-2-scalars"])),
                "--out",
                str(tmp_path / "out"),
                "--package",
                "suite",
            ]
        )
        == 0
    )
    models = "".join(p.read_text() for p in (tmp_path / "out" / "suite" / "models").glob("*.py"))
    for value in ('"yes"', '"no"', '"on"', '"off"', '"y"', '"n"', "15", "31", "17"):
        assert value in models, value


def _spec(tmp_path: Path, text: str) -> Path:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    return spec


def test_client_with_broken_examples_and_defaults_type_checks(tmp_path: Path) -> None:
    """Examples and defaults that break their format are kept as documentation: the package
    still passes ``mypy --strict`` and ``ruff check``."""
    text = HEAD30 + op(
        json_response(
            "type: object\nproperties:\n"
            "  at: {type: string, format: date-time, example: '<timestamp>', default: soon}\n"
            "  day: {type: string, format: date, example: yesterday}\n"
            "  id: {type: string, format: uuid, example: <id>}\n"
            "  kind: {const: image}\n"
            "  note: {type: [string, 'null'], examples: [a, b]}"
        )
    )
    out = tmp_path / "out"
    assert (
        main(["generate", str(_spec(tmp_path, text)), "--out", str(out), "--package", "suite"]) == 0
    )
    bin_dir = Path(sys.executable).parent
    for tool in (["mypy", "--strict", "."], ["ruff", "check", "--isolated", "."]):
        proc = subprocess.run(
            [str(bin_dir / "python"), "-m", *tool],
            cwd=out,
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
