"""The generated client conforms to spec/openapi.yaml: every operation, every error status,
every schema example."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import pipeline, settings
from generator.model import ir

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "openapi.yaml"
sys.path.insert(0, str(ROOT / "generated"))

openrouter_images = importlib.import_module("openrouter_images")
API, _ = pipeline.analyse(SPEC, package=settings.project_settings(ROOT)["package"])
DOC = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in DOC["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


@pytest.mark.parametrize(
    ("path", "method", "op"), spec_operations(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_operation_has_module_and_method(path: str, method: str, op: dict[str, Any]) -> None:
    found = [
        (g, o)
        for g in API.groups
        for o in g.operations
        if o.path == path and o.method == method.upper()
    ]
    assert len(found) == 1, f"{method.upper()} {path} is not generated"
    group, operation = found[0]
    module = importlib.import_module(f"openrouter_images.operations.{operation.module}")
    assert module.OPERATION == op["operationId"]
    client = openrouter_images.Client(api_key="k")
    assert callable(getattr(getattr(client, group.name), operation.name))
    documented = {str(code) for code in op["responses"]}
    cased = {case.status for case in module.RESPONSES}
    assert documented == cased


def test_seed_operations_are_there() -> None:
    client = openrouter_images.Client(api_key="k")
    for name in ("generate", "list_models", "list_model_endpoints"):
        assert callable(getattr(client.images, name))


def spec_error_statuses() -> list[str]:
    return sorted(
        {
            str(code)
            for _, _, op in spec_operations()
            for code in op["responses"]
            if str(code)[0] in "45"
        }
    )


@pytest.mark.parametrize("status", spec_error_statuses())
def test_error_status_has_its_class(status: str) -> None:
    classes = [
        c
        for c in vars(openrouter_images.errors).values()
        if isinstance(c, type)
        and issubclass(c, openrouter_images.APIError)
        and getattr(c, "STATUS", None) == status
    ]
    assert len(classes) == 1, f"no single error class for {status}"
    assert classes[0].__name__ in openrouter_images.__all__


def test_seed_error_table() -> None:
    expected = {
        "BadRequestResponseError": "400",
        "UnauthorizedResponseError": "401",
        "PaymentRequiredResponseError": "402",
        "ForbiddenResponseError": "403",
        "NotFoundResponseError": "404",
        "PayloadTooLargeResponseError": "413",
        "TooManyRequestsResponseError": "429",
        "InternalServerResponseError": "500",
        "BadGatewayResponseError": "502",
        "EdgeNetworkTimeoutResponseError": "524",
        "ProviderOverloadedResponseError": "529",
    }
    for name, status in expected.items():
        assert getattr(openrouter_images.errors, name).STATUS == status


def example_cases() -> list[ir.Decl]:
    return [d for d in API.decls if d.has_example and d.key.startswith("#/components/schemas/")]


@pytest.mark.parametrize("decl", example_cases(), ids=lambda d: d.name)
def test_schema_example_round_trips(decl: ir.Decl) -> None:
    from openrouter_images._serialization import converter

    target = getattr(openrouter_images.models, decl.name)
    value = converter.structure(decl.example, target)
    assert converter.unstructure(value) == decl.example


def test_examples_are_many() -> None:
    assert len(example_cases()) >= 40
