"""Which group an operation lands in: its tag; in a spec where no operation has a tag, the
resource its path acts on (the first segment that is neither a version prefix nor a path
parameter). Names stay stable when operations are added."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import pipeline
from generator.builder import api as build

ROOT = Path(__file__).resolve().parents[2]
STRIPE = ROOT.parent / "shared" / "corpus" / "07-stripe.yaml"


@pytest.mark.parametrize(
    ("path", "resource"),
    [
        ("/v1/customers", "customers"),
        ("/v1/customers/{customer}/sources", "customers"),
        ("/v2beta1/things", "things"),
        ("/V3/things", "things"),
        ("/2010-04-01/Accounts.json", "Accounts.json"),
        ("/{tenant}/users/{id}", "users"),
        ("/batches?beta=true", "batches"),
        ("/search#by-tag", "search"),
        ("/version/v1", "version"),
        ("/v1", ""),
        ("/", ""),
    ],
)
def test_resource_of_a_path(path: str, resource: str) -> None:
    assert build.resource_of(path) == resource


def _op(op_id: str, tags: list[str] | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": op_id, "responses": {"204": {"description": "done"}}}
    if tags:
        op["tags"] = tags
    return op


def _groups(tmp_path: Path, paths: dict[str, Any]) -> dict[str, list[str]]:
    spec = tmp_path / "spec.yaml"
    doc = {"openapi": "3.1.0", "info": {"title": "Shop", "version": "1"}, "paths": paths}
    spec.write_text(yaml.safe_dump(doc), encoding="utf-8")
    api, _ = pipeline.analyse(spec)
    return {g.name: [op.name for op in g.operations] for g in api.groups}


TAGLESS = {
    "/v1/customers": {"get": _op("GetCustomers"), "post": _op("PostCustomers")},
    "/v1/customers/{customer}": {
        "parameters": [{"name": "customer", "in": "path", "schema": {"type": "string"}}],
        "get": _op("GetCustomersCustomer"),
    },
    "/v1/charges": {"get": _op("GetCharges")},
    "/v1": {"get": _op("GetRoot")},
    "/v1/close": {"get": _op("CloseThings")},
}


def test_a_spec_without_tags_is_grouped_by_resource(tmp_path: Path) -> None:
    assert _groups(tmp_path, TAGLESS) == {
        "customers": ["get_customers", "post_customers", "get_customers_customer"],
        "charges": ["get_charges"],
        "default": ["get_root"],
        "close_2": ["close_things"],  # the client's own close() keeps its name
    }


def test_adding_operations_renames_nothing(tmp_path: Path) -> None:
    before = _groups(tmp_path, TAGLESS)
    more = {
        **TAGLESS,
        "/v1/customer": {"get": _op("GetCustomer")},
        "/v1/charges/{charge}/refund": {
            "parameters": [{"name": "charge", "in": "path", "schema": {"type": "string"}}],
            "post": _op("PostChargesChargeRefund"),
        },
    }
    after = _groups(tmp_path, more)
    for group, methods in before.items():
        assert after[group][: len(methods)] == methods
    assert after["customer"] == ["get_customer"]
    assert after["charges"] == ["get_charges", "post_charges_charge_refund"]


def test_a_spec_with_tags_keeps_untagged_operations_in_default(tmp_path: Path) -> None:
    paths = {
        "/v1/customers": {"get": _op("GetCustomers", ["Customers"])},
        "/v1/charges": {"get": _op("GetCharges")},
    }
    assert _groups(tmp_path, paths) == {
        "customers": ["get_customers"],
        "default": ["get_charges"],
    }


@pytest.mark.skipif(not STRIPE.is_file(), reason="../shared/corpus is absent")
def test_stripe_is_grouped_as_its_own_sdk_is() -> None:
    api, _ = pipeline.analyse(STRIPE)
    groups = {g.name: g for g in api.groups}
    assert "default" not in groups
    assert {"customers", "charges", "invoices", "payment_intents", "test_helpers"} <= set(groups)
    methods = [op.name for op in groups["customers"].operations]
    assert methods[:3] == ["get_customers", "post_customers", "get_customers_search"]
    assert all(op.path.startswith("/v1/customers") for op in groups["customers"].operations)
    # Every operation is in exactly one group.
    assert sum(len(g.operations) for g in api.groups) == len(
        {op.key for g in api.groups for op in g.operations}
    )
