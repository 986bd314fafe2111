"""Table tests for the Python source the templates place: annotations, return types, model
field declarations and argument declarations (generator.render.decls)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator.model import ir
from generator.model.origins import Title
from generator.output import format
from generator.render import decls as render_decls

COLOR = ir.Enum(
    key="c", origin=Title("Color"), base="str", members=(ir.EnumMember("red"),), name="Color"
)
PET = ir.Model(key="p", origin=Title("Pet"), fields=(), name="Pet")
DECLS: dict[str, ir.Decl] = {"c": COLOR, "p": PET}
STR = ir.Prim("str")


@pytest.mark.parametrize(
    ("t", "expected"),
    [
        (ir.Prim("datetime"), "datetime.datetime"),
        (ir.Prim("any"), "Any"),
        (ir.ListOf(ir.Prim("int")), "list[int]"),
        (ir.MapOf(ir.Ref("p")), "dict[str, Pet]"),
        (ir.Ref("c"), "Color | str"),
        (ir.LiteralOf(("a", 1, True)), "Literal['a', 1, True]"),
        (ir.UnionOf((STR, ir.Ref("p"))), "str | Pet"),
        (ir.Nullable(ir.ListOf(ir.Prim("uuid"))), "list[uuid.UUID] | None"),
    ],
)
def test_annotation(t: ir.TypeRef, expected: str) -> None:
    assert render_decls.annotation(t, DECLS) == expected


def _resp(kind: Any, t: ir.TypeRef | None = None) -> ir.Response:
    return ir.Response(status="200", kind=kind, media_type="", type=t)


@pytest.mark.parametrize(
    ("cases", "expected"),
    [
        ([], "None"),
        ([_resp("json", ir.Ref("p"))], "Pet"),
        (
            [_resp("json", STR), _resp("text"), _resp("binary"), _resp("empty")],
            "str | bytes | None",
        ),
        ([_resp("json", ir.Ref("p")), _resp("jsonl", STR)], "JsonLines[str]"),
    ],
)
def test_result_type(cases: list[ir.Response], expected: str) -> None:
    assert render_decls.result_type(cases, DECLS) == expected


def test_an_event_stream_response_reads_as_a_stream() -> None:
    assert render_decls.response_annotation(_resp("sse", ir.Ref("p")), DECLS) == "EventStream[Pet]"


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        (ir.Field("id", STR, True, name="id"), "id: str"),
        (ir.Field("id", STR, False, name="id"), "id: str | Unset = UNSET"),
        (
            ir.Field(
                "type", ir.LiteralOf(("dog",)), True, name="type", default="dog", has_default=True
            ),
            "type: Literal['dog'] = 'dog'",
        ),
        (
            ir.Field("petId", STR, True, name="pet_id"),
            "pet_id: str = attrs.field(metadata={\"wire\": 'petId'})",
        ),
        (
            ir.Field("petId", STR, False, name="pet_id"),
            "pet_id: str | Unset = attrs.field(default=UNSET, metadata={\"wire\": 'petId'})",
        ),
        (
            ir.Field("old", STR, False, name="old", deprecated=True),
            "old: str | Unset = attrs.field(default=UNSET, on_setattr=field_setter('gone'))",
        ),
        (
            ir.Field("k", ir.LiteralOf(("x",)), True, name="kind", default="x", has_default=True),
            "kind: Literal['x'] = attrs.field(default='x', metadata={\"wire\": 'k'})",
        ),
    ],
)
def test_field_declaration(field: ir.Field, expected: str) -> None:
    assert render_decls.field_declaration(field, DECLS, lambda: "gone") == expected


def test_parameters_put_the_body_first_and_the_star_after_it() -> None:
    param = ir.Param(
        wire="limit",
        location="query",
        type=ir.Prim("int"),
        required=False,
        style="form",
        explode=True,
        name="limit",
    )
    body = ir.Body(media_type="application/json", kind="json", type=ir.Ref("p"), required=True)
    op = ir.Operation(
        key="k",
        operation_id="list",
        method="get",
        path="/p",
        tag="",
        summary="",
        description="",
        params=(param,),
        body=body,
        responses=(),
        errors=(),
        security=(),
    )
    assert render_decls.parameters(op, DECLS, star=True) == [
        "request: Pet",
        "*",
        "limit: int | None = None",
    ]
    assert render_decls.parameters(op, DECLS, star=False) == [
        "request: Pet",
        "limit: int | None = None",
    ]


@pytest.mark.parametrize(
    ("t", "expected"),
    [
        (STR, "x: str | None = None"),
        (ir.Nullable(STR), "x: str | None = None"),
        (ir.Prim("none"), "x: None = None"),
    ],
)
def test_an_optional_parameter_admits_none_once(t: ir.TypeRef, expected: str) -> None:
    assert render_decls.parameter("x", t, False, DECLS) == expected


LIT_A, LIT_B = ir.LiteralOf(("a",)), ir.LiteralOf(("b", "a"))
UNIONS = [
    ir.UnionOf((LIT_A, LIT_B)),
    ir.UnionOf((STR, LIT_A, ir.Ref("p"), LIT_B)),
    ir.UnionOf((LIT_A, ir.Nullable(LIT_B), ir.Ref("c"))),
    ir.ListOf(ir.UnionOf((LIT_A, STR, LIT_B))),
    ir.UnionOf((ir.Prim("int"), STR, ir.Prim("float"))),
    ir.UnionOf((ir.Ref("c"), ir.Prim("float"))),
    ir.UnionOf((STR, STR, ir.Nullable(STR))),
]


def _ruff_fixes(source: str, tmp_path: Path) -> str:
    """What ruff's fixes (its defaults, as the formatter runs them) would change in
    ``source``: "" when nothing."""
    module = tmp_path / "m.py"
    module.write_text(source, encoding="utf-8")
    return subprocess.run(
        [*format._ruff(), "check", "--isolated", "--no-cache", "--fix-only", "--diff", "m.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    ).stdout


def _module(annotations: list[str], arguments: list[str]) -> str:
    lines = ["from typing import Literal", "", "from .m import Color, Pet", ""]
    lines += [f"x{i}: {a}" for i, a in enumerate(annotations)]
    lines += ["", "", f"def f(*, {', '.join(arguments)}) -> None:", "    del Literal, Color, Pet"]
    return "\n".join(lines) + "\n"


def test_unions_are_written_as_ruffs_fixes_leave_them(tmp_path: Path) -> None:
    """Ruff's fixes skip the modules of one declaration (see generator.output.format), so their
    unions come out in the form those fixes give (literals merged, first; ``int`` beside
    ``float`` left out of an argument): ruff finds nothing to change in them."""
    ours = _module(
        [render_decls.annotation(t, DECLS) for t in UNIONS],
        [render_decls.parameter(f"a{i}", t, False, DECLS) for i, t in enumerate(UNIONS)],
    )
    assert _ruff_fixes(ours, tmp_path) == ""
    assert "Literal['a', 'b'] | str | Pet" in ours
    naive = _module(["Literal['a'] | Literal['b']"], ["a: int | float"])
    assert _ruff_fixes(naive, tmp_path) != ""  # the oracle does see what it would fix
