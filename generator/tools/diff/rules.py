"""The rules a spec change is judged by, and the findings they produce."""

from __future__ import annotations

from typing import Any

import attrs

BREAKING = "breaking"
WARNING = "warning"
INFO = "info"
LEVELS = (INFO, WARNING, BREAKING)
RANK = {INFO: 1, WARNING: 2, BREAKING: 3}

# rule id -> (level, what it means). The README's table is this catalogue.
RULES: dict[str, tuple[str, str]] = {
    # surface
    "package-renamed": (BREAKING, "the Python package name changed (it follows info.title)"),
    "method-removed": (BREAKING, "an operation is gone, so is its client method"),
    "method-renamed": (BREAKING, "the same operation has another method name"),
    "method-moved": (BREAKING, "the same operation moved to another group (client attribute)"),
    "group-renamed": (BREAKING, "a group's client attribute has another name"),
    "group-removed": (BREAKING, "a group's client attribute is gone"),
    "model-removed": (BREAKING, "a model (or type alias) class is gone"),
    "model-renamed": (
        BREAKING,
        "the same schema has another class name (key renamed, or a name "
        "collision settled differently)",
    ),
    "model-kind-changed": (BREAKING, "a model became an alias or the other way round"),
    "enum-removed": (BREAKING, "an enum class is gone"),
    "enum-renamed": (BREAKING, "the same enum schema has another class name"),
    "enum-member-removed": (BREAKING, "an enum value is gone, so is its member"),
    "enum-member-renamed": (BREAKING, "the same enum value has another member name"),
    "error-class-removed": (BREAKING, "an exception class is gone"),
    "error-class-renamed": (BREAKING, "the same error status has another exception class"),
    "credential-removed": (BREAKING, "a Client() credential argument is gone"),
    "credential-renamed": (BREAKING, "a security scheme's Client() argument has another name"),
    # signatures
    "param-added-required": (BREAKING, "a method takes a new required keyword argument"),
    "param-became-required": (BREAKING, "an optional keyword argument became required"),
    "param-removed": (BREAKING, "a keyword argument is gone"),
    "param-renamed": (BREAKING, "the same wire parameter has another Python name"),
    "param-type-changed": (BREAKING, "an argument's type changed to an unrelated one"),
    "param-type-narrowed": (WARNING, "an argument accepts fewer values than before"),
    "body-added-required": (BREAKING, "a method takes a new required request argument"),
    "body-became-required": (BREAKING, "the request argument is no longer optional"),
    "body-removed": (BREAKING, "the request argument is gone"),
    "body-model-changed": (BREAKING, "the request argument takes another, unrelated type"),
    "body-type-narrowed": (WARNING, "the request argument accepts fewer values than before"),
    "stream-overload-removed": (BREAKING, "stream=True is no longer offered"),
    # models
    "field-added-required": (BREAKING, "a request model has a new required field"),
    "field-became-required": (BREAKING, "a request model's optional field became required"),
    "field-removed": (BREAKING, "a model field is gone"),
    "field-renamed": (BREAKING, "the same wire property has another Python field name"),
    "field-type-changed": (BREAKING, "a field's type changed to an unrelated one"),
    "field-type-narrowed": (WARNING, "a request field accepts fewer values than before"),
    "field-type-widened": (WARNING, "a response field may hold values it could not before"),
    "field-may-be-unset": (
        BREAKING,
        "a response field that was always set may now be unset (code reading it fails mypy)",
    ),
    "field-may-be-null": (
        BREAKING,
        "a response field may now be None (code reading it as the old type fails mypy)",
    ),
    "field-no-longer-nullable": (BREAKING, "a request field no longer accepts None"),
    "field-default-changed": (WARNING, "a field's default value changed"),
    "alias-type-changed": (BREAKING, "a type alias now names an unrelated type"),
    "alias-type-narrowed": (WARNING, "a type alias used in requests accepts fewer values"),
    "alias-type-widened": (WARNING, "a type alias used in responses may hold new kinds of value"),
    "discriminator-changed": (
        BREAKING,
        "a union's tag property, or the model a tag selects, changed or is gone",
    ),
    # responses
    "return-type-changed": (
        BREAKING,
        "a method returns an unrelated type (another model, JSON to stream, ...)",
    ),
    "return-type-widened": (WARNING, "a method may return values it could not before"),
    "success-status-removed": (BREAKING, "a documented success status is gone"),
    # info
    "servers-changed": (INFO, "the default server URL(s) changed"),
    "security-changed": (INFO, "where a credential is sent (placement, header name) changed"),
    "retry-policy-changed": (INFO, "the retry policy changed"),
    "method-deprecated": (INFO, "an operation is newly deprecated"),
    "param-deprecated": (INFO, "a parameter is newly deprecated"),
    "field-deprecated": (INFO, "a property is newly deprecated"),
    "model-deprecated": (INFO, "a schema is newly deprecated"),
    "method-added": (INFO, "a new client method"),
    "group-added": (INFO, "a new client attribute (group)"),
    "model-added": (INFO, "a new model or alias class"),
    "enum-added": (INFO, "a new enum class"),
    "enum-member-added": (INFO, "a new enum member"),
    "error-class-added": (INFO, "a new exception class"),
    "credential-added": (INFO, "a new Client() credential argument"),
    "param-added": (INFO, "a new optional keyword argument"),
    "param-became-optional": (INFO, "a required keyword argument became optional"),
    "param-type-compatible": (INFO, "an argument's type changed in a way callers cannot notice"),
    "body-added": (INFO, "a new optional request argument"),
    "body-became-optional": (INFO, "the request argument became optional"),
    "body-type-compatible": (INFO, "the request type changed in a way callers cannot notice"),
    "stream-overload-added": (INFO, "stream=True is newly offered"),
    "field-added": (INFO, "a new optional field (or any new field of a response model)"),
    "field-became-optional": (INFO, "a request field is no longer required"),
    "field-type-compatible": (INFO, "a field's type changed in a way callers cannot notice"),
    "alias-type-compatible": (INFO, "a type alias changed in a way callers cannot notice"),
    "discriminator-tag-added": (INFO, "a union accepts a new tag"),
    "return-type-compatible": (
        INFO,
        "a method's return type changed in a way callers cannot notice",
    ),
    "success-status-added": (INFO, "a new documented success status"),
    "error-status-added": (INFO, "an operation documents a new error status"),
    "error-status-removed": (INFO, "an operation no longer documents an error status"),
}


@attrs.frozen
class Finding:
    rule: str
    python: str
    pointer: str
    old: str
    new: str
    message: str
    file: str = ""
    line: int | None = None
    accepted: str | None = None
    """The reason given in the accept file, when the finding is accepted."""

    @property
    def level(self) -> str:
        return RULES[self.rule][0]

    def where(self) -> str:
        loc = self.file + (f":{self.line}" if self.line is not None else "")
        return f"{loc} {self.pointer}".strip()

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "level": self.level,
            "python": self.python,
            "pointer": self.pointer,
            "file": self.file,
            "line": self.line,
            "old": self.old,
            "new": self.new,
            "message": self.message,
            "accepted": self.accepted,
        }
