"""The generator-wide default of ``x-speakeasy-max-method-params`` (flag and setting), and the
spec facts the Speakeasy extensions are read from."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import cli, pipeline
from generator.builder import api as build
from tests.test_tool import SPEC, _repo, run

SPEAKEASY = Path(__file__).resolve().parent / "golden" / "speakeasy" / "spec.yaml"


def _methods(spec: Path, limit: int | None) -> dict[str, bool]:
    doc, _ = pipeline.resolved(spec)
    api, _ = build.build(doc, "x", max_method_params=limit)
    return {op.operation_id: op.request_object for g in api.groups for op in g.operations}


def test_seed_signatures_kept_under_speakeasys_default() -> None:
    # Speakeasy's own default is 4: the Images client's three methods take at most two.
    assert _methods(SPEC, 4) == {
        "createImages": False,
        "listImageModels": False,
        "listImageModelEndpoints": False,
    }
    assert not any(_methods(SPEC, None).values())
    # A body alone is already one object: even 0 leaves generate(request) as it is.
    assert _methods(SPEC, 0) == {
        "createImages": False,
        "listImageModels": False,
        "listImageModelEndpoints": True,
    }


def test_operation_and_document_limits_win_over_the_default() -> None:
    # search: 4 parameters > the document's 3; clearSearch: 1 > its own 0.
    got = _methods(SPEAKEASY, 10)
    assert got["search"] is True and got["clearSearch"] is True
    assert got["createChat"] is False


def test_setting_and_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = _repo(tmp_path, 'spec = "api/spec.yaml"\nout = "client"\nmax-method-params = 0\n')
    monkeypatch.chdir(repo)
    assert cli.main(["generate"]) == 0
    module = next((repo / "client").glob("*/operations/delete_thing.py")).read_text()
    assert "class DeleteThingRequest:" in module
    assert cli.main(["generate", "--max-method-params", "1"]) == 0
    module = next((repo / "client").glob("*/operations/delete_thing.py")).read_text()
    assert "class DeleteThingRequest:" not in module


@pytest.mark.parametrize("settings", ["max-method-params = -1\n", 'max-method-params = "4"\n'])
def test_bad_setting_is_one_line(tmp_path: Path, settings: str) -> None:
    proc = run("generate", cwd=_repo(tmp_path, settings))
    assert proc.returncode == 2
    assert "max-method-params must be a whole number >= 0" in proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_bad_flag(tmp_path: Path) -> None:
    proc = run("generate", str(SPEAKEASY), "--out", str(tmp_path), "--max-method-params", "x")
    assert proc.returncode == 2
    assert "must be a whole number >= 0, not 'x'" in proc.stderr


def test_bad_extension_values_warn(tmp_path: Path) -> None:
    text = SPEAKEASY.read_text(encoding="utf-8")
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        text.replace(
            "x-speakeasy-max-method-params: 1", "x-speakeasy-max-method-params: many"
        ).replace(
            "x-speakeasy-stream-request-field: streaming", "x-speakeasy-stream-request-field: nope"
        ),
        encoding="utf-8",
    )
    result = pipeline.generate(spec, formatted=False)
    messages = [d.format() for d in result.diagnostics]
    assert any("x-speakeasy-max-method-params must be a whole number" in m for m in messages)
    assert any("names 'nope', which is not a boolean property" in m for m in messages)
    assert any("required header parameter 'X-Debug' is x-speakeasy-ignore'd" in m for m in messages)


def test_the_stream_request_field_is_the_name_naming_gave_that_field(tmp_path: Path) -> None:
    """x-speakeasy-stream-request-field names a wire property; the method sets the Python field
    naming gave that property, also when another property claims the same Python name."""
    text = SPEAKEASY.read_text(encoding="utf-8")
    text = text.replace(
        "x-speakeasy-stream-request-field: streaming",
        "x-speakeasy-stream-request-field: stream-mode",
    ).replace(
        "        streaming:\n          type: boolean\n",
        "        stream_mode:\n          type: string\n        stream-mode:\n          type: boolean\n",
    )
    spec = tmp_path / "spec.yaml"
    spec.write_text(text, encoding="utf-8")
    api, _ = pipeline.analyse(spec)
    decls = {d.key: d for d in api.decls}
    (op,) = [op for g in api.groups for op in g.operations if op.body and op.body.stream_flag_wire]
    assert op.body is not None
    model = decls[op.body.type.key]  # type: ignore[union-attr]
    names = {f.wire: f.name for f in model.fields}  # type: ignore[union-attr]
    assert names["stream-mode"] != names["stream_mode"]
    assert op.body.stream_flag == names["stream-mode"]
