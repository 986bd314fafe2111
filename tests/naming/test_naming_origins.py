"""Table tests: the name text each origin gives (generator.naming.origins), the words a class
name is then made from."""

from __future__ import annotations

import pytest

from generator.model.origins import (
    Item,
    OperationBody,
    Origin,
    Override,
    Parameter,
    Pointer,
    Property,
    Title,
    Value,
    Variant,
)
from generator.naming import phases as naming
from generator.naming.origins import origin_text

PET = Pointer("/components/schemas/Pet")

CASES: list[tuple[Origin, str]] = [
    (PET, "Pet"),
    (Pointer("/components/schemas/a~1b~0c"), "a/b~c"),
    (Pointer("/paths/~1pets/get/responses/200"), "200"),
    (Title("Shiny pet"), "Shiny pet"),
    (Override("Animal"), "Animal"),
    (Property(PET, "owner"), "Pet_owner"),
    (Item(Property(PET, "tags")), "Pet_tagsItem"),
    (Value(PET), "PetValue"),
    (Item(Value(Property(PET, "meta"))), "Pet_metaValueItem"),
    (Variant(PET, 0), "Pet1"),
    (Variant(Property(PET, "shape"), 2), "Pet_shape3"),
    (Property(Override("Animal"), "id"), "Animal_id"),
    (Parameter("list_pets", "order"), "list_pets_order"),
    (OperationBody("create_pet", "request"), "create_pet_request"),
    (OperationBody("create_pet", "request", part="item"), "create_pet_request_item"),
    (OperationBody("create_pet", "response"), "create_pet_response"),
    (OperationBody("create_pet", "response", part="item"), "create_pet_item"),
    (OperationBody("create_pet", "response", part="stream"), "create_pet_stream"),
    (OperationBody("create_pet", "error", "404"), "create_pet_404_error"),
    (OperationBody("create_pet", "error", "4XX", part="stream"), "create_pet_4XX_error"),
    (OperationBody("get_response", "response", part="item"), "get_item_item"),
    (Property(OperationBody("chat", "response", part="stream"), "delta"), "chat_stream_delta"),
]


@pytest.mark.parametrize(("origin", "text"), CASES)
def test_origin_text(origin: Origin, text: str) -> None:
    assert origin_text(origin) == text


@pytest.mark.parametrize(
    ("origin", "class_name"),
    [
        (Item(Property(PET, "tags")), "PetTagsItem"),
        (OperationBody("create_pet", "error", "404"), "CreatePet404Error"),
        (OperationBody("chat", "response", part="stream"), "ChatStream"),
    ],
)
def test_origin_text_makes_the_class_name(origin: Origin, class_name: str) -> None:
    assert naming.pascal(origin_text(origin)) == class_name
