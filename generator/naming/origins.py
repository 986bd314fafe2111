"""Origins to name text: the one place that says which words a declaration's class name is made
from, given where the declaration comes from (:mod:`generator.model.origins`). The text is then made an
identifier and settled against the other names by :mod:`generator.naming.phases`."""

from __future__ import annotations

from ..model.origins import (
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


def origin_text(origin: Origin) -> str:
    """The words a declaration from ``origin`` is named after (``Pet_tagsItem``,
    ``create_image_response``); :func:`generator.naming.phases.pascal` makes a class name of them."""
    match origin:
        case Pointer(ptr):
            return ptr.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
        case Title(title):
            return title
        case Override(name):
            return name
        case Property(parent, wire):
            return f"{origin_text(parent)}_{wire}"
        case Item(parent):
            return f"{origin_text(parent)}Item"
        case Value(parent):
            return f"{origin_text(parent)}Value"
        case Variant(parent, index):
            return f"{origin_text(parent)}{index + 1}"
        case Parameter(op_id, name):
            return f"{op_id}_{name}"
        case OperationBody():
            return _operation_body_text(origin)


def _operation_body_text(origin: OperationBody) -> str:
    if origin.role == "request":
        return f"{origin.op_id}_request" + ("_item" if origin.part == "item" else "")
    if origin.role == "response":
        text = f"{origin.op_id}_response"
    else:
        text = f"{origin.op_id}_{origin.status}_error"
    if origin.part == "body":
        return text
    # A line or an event of the body: every "_response" in the text (the operation id's own
    # included) reads "_item" or "_stream".
    return text.replace("_response", f"_{origin.part}")
