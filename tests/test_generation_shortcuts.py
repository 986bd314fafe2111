"""The shortcuts that make generation fast give the same results as the long way round: one YAML
parse for data and lines, the cached compiled templates, the docstring filter's fast path,
openapi-spec-validator's faster bookkeeping, the collector paused during a run, ruff's fixes
skipped where they have nothing to do; and the memory a stage is done with is let go."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import jinja2
import pytest
import yaml

from generator import cli, collector, pipeline
from generator.model.diagnostics import SpecError
from generator.output import format, write
from generator.render import files as render
from generator.spec import load, validate, yaml_events
from tests.golden.regen import cases

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
    assert loaded.data == yaml.load(YAML_WITH_ANCHORS, Loader=load.yaml_loader())
    assert loaded.known_lines is not None
    assert dict(loaded.lines()) == load.line_map(YAML_WITH_ANCHORS)
    assert loaded.lines()["/paths/~1a/get/responses/200/content/application~1json/schema"] == (
        15,
        15,
    )
    assert loaded.data["components"]["schemas"]["B"][1] == "2024-01-01"


def test_json_lines_are_still_computed_on_demand(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text('{\n  "openapi": "3.1.0",\n  "info": {"title": "t"}\n}\n', encoding="utf-8")
    loaded = load.load(spec)
    assert loaded.known_lines is None
    assert loaded.lines()["/info"] == (3, 3)


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


def test_validator_still_reports_problems() -> None:
    doc = validate.string_keys(load.load(SPEC).data)
    del doc["info"]["title"]
    schema = next(iter(doc["components"]["schemas"].values()))
    schema["minLength"] = -1
    diags = validate.validate(doc)
    messages = [(d.pointer, d.message) for d in diags]
    assert any(p == "/info" and '"title" is a required property' in m for p, m in messages)
    assert any("-1" in m for _, m in messages), messages


def test_the_command_keeps_the_collector_off_until_its_files_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Imports, the run and the writing of thousands of files make objects that live to the
    command's end: the collector stays off for all of it, and is back on after."""
    seen: list[bool] = []
    write_tree = write.write_tree

    def watched(target: Path, files: dict[str, str]) -> None:
        seen.append(gc.isenabled())
        write_tree(target, files)

    monkeypatch.setattr(write, "write_tree", watched)
    assert gc.isenabled()
    assert cli.main(["generate", str(SPEC), "--out", str(tmp_path)]) == 0
    assert seen == [False]
    assert gc.isenabled()


def test_the_collector_switched_back_on_does_not_start_with_everything_the_run_made() -> None:
    """What the run made is in the oldest generation afterwards: the young generation, which
    the collector walks as soon as it counts enough new objects, is empty."""
    gc.collect()
    with collector.paused():
        made = [[i] for i in range(50_000)]
        assert gc.get_count()[0] >= 50_000
    assert gc.isenabled()
    assert gc.get_count()[0] < 1_000
    assert len(made) == 50_000


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


def _two_step(text: str) -> tuple[object, dict[str, tuple[int, int]]]:
    """What PyYAML's node tree gives: the data, and the lines read off the tree."""
    loader = load.yaml_loader()(text)
    try:
        root = loader.get_single_node()
        lines = load.line_map(text)
        data = loader.construct_document(root) if root is not None else None
    finally:
        loader.dispose()
    return data, lines


def _same(a: object, b: object) -> bool:
    """Equal, with the same types all the way down (1 is not 1.0 or True), key order and NaN."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict) and isinstance(b, dict):
        return list(map(repr, a)) == list(map(repr, b)) and all(
            _same(x, y) for x, y in zip(a.values(), b.values(), strict=True)
        )
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and isinstance(b, float) and a != a:
        return b != b
    return a == b


PLAIN_YAML = """\
openapi: 3.1.0
info:
  title: "quoted: title"
  version: '1.0'
  description: |
    A block scalar
    over two lines.
  summary: >
    folded
    text
paths: {}
numbers: [1, -2, +3, 0o17, 0x1F, 017, 1.5, 1e3, -.5, .inf, -.Inf, .nan, '42', "7"]
words: [yes, no, on, off, y, n, true, False, TRUE, null, ~, Null, '', "true", 2024-01-01]
keys:
  200: int key
  "201": string key
  true: bool key
  null: null key
  1: one
  1.0: float one after int one
  a/b~c: escaped
  ünïcödé: text
nested:
  - - deep
    - {flow: map, with: [a, b]}
  - key: value
    other: [x]
  -
  - !!str 12
"""


def test_event_reader_matches_the_node_tree_on_plain_yaml() -> None:
    text = PLAIN_YAML.replace("  - !!str 12\n", "")  # explicit tags are left to PyYAML
    fast = yaml_events.load_with_lines(text, load.yaml_loader())
    assert fast is not None
    data, lines = fast
    expected_data, expected_lines = _two_step(text)
    assert _same(data, expected_data)
    assert lines == expected_lines
    assert lines["/keys/a~1b~0c"] == (21, 3)


@pytest.mark.parametrize(
    "text",
    [
        PLAIN_YAML,  # an explicit tag
        "a: &x {b: 1}\nc: *x\n",  # anchor and alias
        "base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n",  # merge key
        "a: 1\na: 2\n",  # a repeated key
        "'1': a\n1: b\n",  # keys that are one pointer
        "? [a, b]\n: c\n",  # a key that is not a scalar
        "a: 1\n---\nb: 2\n",  # two documents
        "",  # no document
        "# only a comment\n",
        "a: [1, 2\n",  # an error
        "s: !!set {a, b}\n",
        "o: !!omap [{a: 1}]\n",
        "deep: " + "[" * 600 + "]" * 600 + "\n",  # deeper than the reader recurses
    ],
)
def test_event_reader_leaves_the_rest_to_pyyaml(text: str, tmp_path: Path) -> None:
    assert yaml_events.load_with_lines(text, load.yaml_loader()) is None
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    try:
        expected = _two_step(text)
    except yaml.YAMLError:
        with pytest.raises(SpecError):
            load.load(spec)
        return
    loaded = load.load(spec)  # read the usual way: the same code as the expectation
    assert loaded.data == expected[0] or _same(loaded.data, expected[0])
    assert loaded.lines() == expected[1]


def test_event_reader_matches_on_every_yaml_spec_at_hand() -> None:
    specs = [*sorted((ROOT / "tests" / "golden").glob("*/spec.yaml")), SPEC]
    for spec in specs:
        text = spec.read_text(encoding="utf-8")
        fast = yaml_events.load_with_lines(text, load.yaml_loader())
        assert fast is not None, spec
        expected = _two_step(text)
        assert _same(fast[0], expected[0]), spec
        assert fast[1] == expected[1], spec


def test_output_does_not_depend_on_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ruff takes folders of its working directory for first-party packages; a folder named like
    a dependency where the user runs the generator must not move the package's imports."""
    expected = pipeline.generate(SPEC).files
    for name in ("attrs", "cattrs", "urllib3"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert pipeline.generate(SPEC).files == expected


def test_the_short_call_path_answers_like_jinjas() -> None:
    """Templates call the model's lookup object by a short path; inside loops (where Jinja adds
    its own keyword arguments) and beside functions that take Jinja's context, the results are
    Jinja's."""
    from generator.model import ir
    from generator.render.context import Context

    env = render.environment()
    api = pipeline.analyse(SPEC)[0]
    ctx = Context(api, api.package)

    @jinja2.pass_context
    def which(context: Any, name: str) -> str:
        return f"{name}={context['ctx'] is ctx}"

    env.globals["which"] = which
    text = (
        "{% for d in api.decls %}{{ ctx.decl(d.key).name }},{% endfor %}|"
        "{% for g in api.groups %}{{ which(g.module) }}{% endfor %}"
    )
    out = env.from_string(text).render(api=api, ctx=ctx)
    plain = jinja2.Environment(undefined=jinja2.StrictUndefined)
    plain.globals["which"] = which
    assert out == plain.from_string(text).render(api=api, ctx=ctx)
    assert out.startswith(",".join(d.name for d in api.decls if isinstance(d, ir.Decl)))


def test_resolve_in_place_is_the_same_resolve() -> None:
    from generator.spec import resolve

    doc = validate.string_keys(load.load(SPEC).data)
    copied, diags = resolve.resolve(doc)
    assert doc == validate.string_keys(load.load(SPEC).data)  # left alone
    normal, in_place_diags = resolve.resolve(doc, in_place=True)
    assert normal is doc
    assert normal == copied
    assert in_place_diags == diags


@pytest.mark.parametrize(
    ("name", "text", "string_keys"),
    [
        ("spec.json", '{"openapi": "3.1.0", "paths": {"/a": {"get": {}}}}', True),
        ("spec.yaml", "openapi: 3.1.0\nresponses:\n  '200': {description: ok}\n", True),
        ("spec.yaml", "openapi: 3.1.0\nresponses:\n  200: {description: ok}\n", False),
        ("spec.yaml", "openapi: 3.1.0\nflags:\n  true: 1\n", False),
        ("spec.yaml", "base: &b {x: 1}\n", False),  # not plain YAML: read the long way
    ],
)
def test_the_reader_says_when_every_key_is_a_string_already(
    name: str, text: str, string_keys: bool, tmp_path: Path
) -> None:
    """The pipeline skips making every key a string when reading the spec found no other."""
    spec = tmp_path / name
    spec.write_text(text, encoding="utf-8")
    loaded = load.load(spec)
    assert loaded.string_keys is string_keys
    if string_keys:
        assert validate.string_keys(loaded.data) == loaded.data


@pytest.mark.parametrize("case", cases(), ids=lambda p: p.name)
def test_skipping_ruffs_fixes_where_they_have_nothing_to_do_changes_nothing(case: Path) -> None:
    """The modules of one declaration, operation or group skip ruff's fixes (their imports are
    laid out as ruff lays them out, their unions written as its fixes leave them): formatting
    them with every fix gives the same files."""
    api, _ = pipeline.analyse(case / "spec.yaml", package=case.name)
    skipped = [f.path for f in render.iter_files(api) if not f.may_need_fixes]
    assert any(p.endswith(".py") for p in skipped)
    assert format.format_files(render.iter_files(api)) == format.format_files(render.render(api))


def test_the_loaded_spec_does_not_keep_the_tree() -> None:
    """After the repairs, the tree is the pipeline's alone: the Loaded it came from (which
    lives to the end of the run, for its text and line map) lets go of it."""
    loaded, doc, _ = validate.repaired(load.load(SPEC))
    assert loaded.data is None
    assert doc["openapi"].startswith("3.")
