"""The shortcuts that make generation fast give the same results as the long way round: one YAML
parse for data and lines, the cached compiled templates, the docstring filter's fast path,
openapi-spec-validator's faster bookkeeping, and the collector paused during a run."""

from __future__ import annotations

import gc
from pathlib import Path

import jinja2
import pytest
import yaml

from generator import load, pipeline, render, validate
from generator.diagnostics import SpecError

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "openapi.yaml"

YAML_WITH_ANCHORS = """\
openapi: 3.1.0
info: {title: t, version: '1'}
x-base: &base
  type: object
  properties:
    id: {type: integer}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                <<: *base
                description: merged
components:
  schemas:
    A: *base
    B:
      - 1e3
      - 2024-01-01
      - "quoted"
      - ~
      - [yes, no, on]
"""


def test_yaml_load_gives_the_data_and_lines_of_separate_parses(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(YAML_WITH_ANCHORS, encoding="utf-8")
    loaded = load.load(spec)
    assert loaded.data == yaml.load(YAML_WITH_ANCHORS, Loader=load._SpecLoader)
    assert loaded.known_lines is not None
    assert dict(loaded.lines()) == load.line_map(YAML_WITH_ANCHORS)
    assert loaded.lines()["/paths/~1a/get/responses/200/content/application~1json/schema"] == 15
    assert loaded.data["components"]["schemas"]["B"][1] == "2024-01-01"


def test_json_lines_are_still_computed_on_demand(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text('{\n  "openapi": "3.1.0",\n  "info": {"title": "t"}\n}\n', encoding="utf-8")
    loaded = load.load(spec)
    assert loaded.known_lines is None
    assert loaded.lines()["/info"] == 3


def test_yaml_errors_are_reported_as_before(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: [unclosed\n", encoding="utf-8")
    with pytest.raises(SpecError) as err:
        load.load(spec)
    (diag,) = err.value.diagnostics
    assert diag.message.startswith("invalid YAML")
    assert diag.line == 3


def test_empty_yaml_document(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("# nothing\n", encoding="utf-8")
    loaded = load.load(spec)
    assert loaded.data is None
    assert loaded.lines() == {}


@pytest.mark.parametrize(
    "text",
    [
        "plain text",
        "two\nlines\twith a tab",
        "bell \x07 and nul \x00 and form feed \x0c",
        "zero width \u200b joiner and line sep \u2028 end",
        'ends with a quote "',
        'a """ triple',
    ],
)
def test_docstring_fast_path_matches_the_character_pass(text: str) -> None:
    slow = "".join(ch if ch == "\n" or ch == "\t" or ch.isprintable() else " " for ch in text)
    # The fast path is taken only when the character pass would change nothing.
    assert render.docstring(text) == render.docstring(slow)
    assert all(ch in "\n\t" or ch.isprintable() for ch in render.docstring(text, 4))


def _files_with(env: jinja2.Environment, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    api, _ = pipeline.analyse(SPEC)
    monkeypatch.setattr(render, "_shared_environment", lambda: env)
    return render.render(api)


def test_cached_templates_render_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    uncached = render.environment()
    uncached.bytecode_cache = None
    expected = _files_with(uncached, monkeypatch)

    def cached() -> jinja2.Environment:
        env = render.environment()
        env.bytecode_cache = render._TemplateCache(directory=str(tmp_path))
        return env

    assert _files_with(cached(), monkeypatch) == expected  # fills the cache
    entries = sorted(tmp_path.iterdir())
    assert entries
    assert _files_with(cached(), monkeypatch) == expected  # reads it
    for entry in entries:  # damaged entries are compiled anew
        entry.write_bytes(b"j2 not a cache entry")
    assert _files_with(cached(), monkeypatch) == expected


def test_template_cache_names_carry_the_environment_settings() -> None:
    env = render.environment()
    other = render.environment()
    other.trim_blocks = False
    first, second = render._bytecode_cache(env), render._bytecode_cache(other)
    assert isinstance(first, jinja2.FileSystemBytecodeCache)
    assert isinstance(second, jinja2.FileSystemBytecodeCache)
    assert first.pattern != second.pattern


def test_repair_in_place_is_the_same_repair() -> None:
    doc = validate.string_keys(load.load(SPEC).data)
    doc["components"]["schemas"]["X"] = {"type": "object", "required": ["a", "a"]}
    copied, diags = validate.repair(doc, "", None)
    assert doc["components"]["schemas"]["X"]["required"] == ["a", "a"]  # left alone
    fixed, in_place_diags = validate.repair(doc, "", None, in_place=True)
    assert fixed is doc
    assert fixed == copied
    assert in_place_diags == diags


def test_id_list_answers_like_a_list() -> None:
    ids = validate._IdList()
    assert 5 not in ids
    ids.append(5)
    ids.append(7)
    assert 5 in ids and 7 in ids and 6 not in ids
    assert list(ids) == [5, 7]


def test_subscriptable_check_answers_like_the_protocol() -> None:
    from pathable import accessors, protocols

    validate._speed_up_path_lookups()
    validate._speed_up_path_lookups()  # a second call changes nothing
    fast = accessors.Subscriptable  # type: ignore[attr-defined]
    assert fast is not protocols.Subscriptable

    class Custom:
        def __getitem__(self, key: str) -> str:
            return key

        def __contains__(self, key: str) -> bool:
            return True

        def __len__(self) -> int:
            return 1

    class Dict(dict[str, int]):
        pass

    for value in ({}, [], "", 0, 1.5, True, None, Custom(), Dict(), object()):
        assert isinstance(value, fast) == isinstance(value, protocols.Subscriptable), value


def test_validator_still_reports_problems() -> None:
    doc = validate.string_keys(load.load(SPEC).data)
    del doc["info"]["title"]
    schema = next(iter(doc["components"]["schemas"].values()))
    schema["minLength"] = -1
    diags = validate.validate(doc)
    messages = [(d.pointer, d.message) for d in diags]
    assert any(p == "/info" and '"title" is a required property' in m for p, m in messages)
    assert any("-1" in m for _, m in messages), messages


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_is_left_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        if enabled:
            gc.enable()
        else:
            gc.disable()
        pipeline.analyse(SPEC)
        assert gc.isenabled() is enabled
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()
