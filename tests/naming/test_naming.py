"""The naming pass: one place, same answer every run, no collisions."""

from __future__ import annotations

import keyword

import pytest

from generator.model import ir
from generator.model.origins import Pointer
from generator.naming import phases as naming


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


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # The exact spelling wins, whatever the order of the claims.
        (
            [("fooBar", "foo_bar"), ("foo_bar", "foo_bar")],
            {"fooBar": "foo_bar_2", "foo_bar": "foo_bar"},
        ),
        (
            [("foo_bar", "foo_bar"), ("fooBar", "foo_bar")],
            {"fooBar": "foo_bar_2", "foo_bar": "foo_bar"},
        ),
        # Else the shorter source, else the lexicographically smaller one.
        (
            [("foo--bar", "foo_bar"), ("fooBar", "foo_bar")],
            {"fooBar": "foo_bar", "foo--bar": "foo_bar_2"},
        ),
        (
            [("foo.bar", "foo_bar"), ("foo-bar", "foo_bar")],
            {"foo-bar": "foo_bar", "foo.bar": "foo_bar_2"},
        ),
        # Uncontested names are kept.
        ([("a", "a"), ("B", "b")], {"a": "a", "B": "b"}),
    ],
)
def test_settle_ranks_by_source(claims: list[tuple[str, str]], expected: dict[str, str]) -> None:
    got = naming.settle(
        naming.Namer(sep="_"),
        [naming.Claim(src, naming.by_source(src, name), (name,)) for src, name in claims],
    )
    assert got == expected


def test_settle_gives_first_choices_before_alternatives() -> None:
    """A loser's alternative never takes another claimant's first choice, in any order."""
    claims = [
        naming.Claim("pet", (0,), ("Pet", "PetModel")),
        naming.Claim("pet2", (1,), ("Pet", "PetModel")),
        naming.Claim("model", (2,), ("PetModel",)),
    ]
    for order in (claims, claims[::-1]):
        got = naming.settle(naming.Namer(), order)
        assert got == {"pet": "Pet", "model": "PetModel", "pet2": "Pet2"}


@pytest.mark.parametrize(
    ("key", "component"),
    [
        ("#/components/schemas/Pet", True),
        ("#/components/schemas/a~1b", True),
        ("#/components/schemas/Pet/properties/state", False),
        ("#/paths/~1pets/get/responses/200/content/application~1json/schema", False),
        ("#/components/responses/Err/content/application~1json/schema", False),
    ],
)
def test_is_component(key: str, component: bool) -> None:
    assert naming.is_component(key) is component


def _api(errors: list[tuple[str, ir.TypeRef | None]]) -> ir.Api:
    op = ir.Operation(
        key="GET /x",
        operation_id="getX",
        method="GET",
        path="/x",
        tag="",
        summary="",
        description="",
        params=(),
        body=None,
        responses=(),
        errors=tuple(ir.Response(s, "json", "application/json", t) for s, t in errors),
        security=(),
    )
    decls = tuple(
        ir.Model(key=k, origin=Pointer(k[1:]), fields=())
        for k in (
            "#/components/schemas/Problem",
            "#/components/schemas/Error",
            "#/components/schemas/ProblemError",
            "#/paths/~1x/get/responses/418/schema",
        )
    )
    return ir.Api(
        title="t",
        version="1",
        description="",
        package="p",
        dist_name="p",
        servers=(),
        decls=decls,
        groups=(ir.Group("", "", (op,)),),
        errors=(),
        security=(),
        retries=None,
    )


PROBLEM = ir.Ref("#/components/schemas/Problem")
ERROR = ir.Ref("#/components/schemas/Error")
INLINE = ir.Ref("#/paths/~1x/get/responses/418/schema")


@pytest.mark.parametrize(
    ("errors", "expected"),
    [
        # One status: the body schema's name.
        ([("404", ERROR)], {("404", ERROR): "ErrorError"}),
        ([("404", ir.Nullable(ERROR))], {("404", ir.Nullable(ERROR)): "ErrorError"}),
        # Shared: the most general status keeps it, whatever the others.
        (
            [("404", PROBLEM), ("default", PROBLEM), ("4XX", PROBLEM)],
            {
                ("default", PROBLEM): "DefaultProblemError",  # a model is called ProblemError
                ("4XX", PROBLEM): "ClientProblemError",
                ("404", PROBLEM): "NotFoundProblemError",
            },
        ),
        (
            [("500", ERROR), ("401", ERROR)],
            {("401", ERROR): "ErrorError", ("500", ERROR): "InternalServerError"},
        ),
        # No body or a plain type: the status name, one per status.
        (
            [("400", ir.ListOf(ir.Prim("str"))), ("400", None), ("400", ir.ANY)],
            {
                ("400", None): "BadRequestError",
                ("400", ir.ANY): "BadRequestAnyError",
                ("400", ir.ListOf(ir.Prim("str"))): "BadRequestListError",
            },
        ),
        # An inline body: status + its declaration's name, even when alone.
        ([("418", INLINE)], {("418", INLINE): "ImATeapotSchemaError"}),
    ],
)
def test_error_class_names(
    errors: list[tuple[str, ir.TypeRef | None]], expected: dict[tuple[str, ir.TypeRef | None], str]
) -> None:
    for order in (errors, errors[::-1]):
        api = naming.name_api(_api(order))
        assert {(e.status, e.type): e.name for e in api.errors} == expected
