"""The cattrs converter behind every model: wire names, unset fields, open enums, unions.

Models are plain attrs classes. Each field's wire name lives in its metadata (``"wire"``); the hook
factories here read it once per class and build cattrs' generated (un)structure functions, so
no model carries serialization code of its own.
"""

from __future__ import annotations

import datetime
import enum
import functools
import operator
import types
import typing
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.strategies import configure_tagged_union

from .passthrough import UnknownVariant, keep_unknown_fields, unknown_fields
from .unset import UNSET, Unset

T = TypeVar("T")
StructureHook = Callable[[Any, Any], Any]

WIRE = "wire"
"""Field metadata key: the property name on the wire."""
EXTRA = "additional_properties"
"""Field metadata key: this field collects the properties the schema does not name."""


def wire_name(field: attrs.Attribute[Any]) -> str:
    return str(field.metadata.get(WIRE, field.name))


def _is_union(tp: Any) -> bool:
    return get_origin(tp) in (Union, types.UnionType)


def _union_of(members: Iterable[Any]) -> Any:
    return functools.reduce(operator.or_, members)


def _strip_unset(tp: Any) -> Any:
    args = [a for a in get_args(tp) if a is not Unset]
    return _union_of(args) if len(args) > 1 else args[0]


def _is_open_enum(tp: Any) -> bool:
    """``SomeEnum | str`` (or ``| int``): an enum that also takes values the spec does not list."""
    if not _is_union(tp):
        return False
    args = get_args(tp)
    enums = [a for a in args if isinstance(a, type) and issubclass(a, enum.Enum)]
    return len(args) == 2 and len(enums) == 1 and any(a in (str, int) for a in args)


def _json_kind(tp: Any) -> str:
    """The JSON type a Python annotation is read from."""
    if tp is type(None):
        return "null"
    origin = get_origin(tp)
    if origin is Literal:
        return _json_kind(type(get_args(tp)[0]))
    if origin in (list, tuple, set, frozenset) or tp in (list, tuple):
        return "array"
    if origin in (dict, Mapping) or tp is dict or attrs.has(tp):
        return "object"
    if tp is bool:
        return "boolean"
    if tp in (int, float):
        return "number"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "number" if issubclass(tp, int) else "string"
    if _is_union(tp):
        return "mixed"
    return "string"


class _Candidate:
    """One member of an untagged union, with what is needed to rank it against a value."""

    __slots__ = ("hook", "known", "required", "tp")

    def __init__(self, tp: Any, hook: StructureHook) -> None:
        self.tp = tp
        self.hook = hook
        fields = attrs.fields(tp) if attrs.has(tp) else ()
        self.known = frozenset(wire_name(f) for f in fields)
        self.required = frozenset(
            wire_name(f)
            for f in fields
            if f.default is attrs.NOTHING and not f.metadata.get(EXTRA)
        )


def _structure_untagged(converter: cattrs.Converter, tp: Any) -> StructureHook:
    """Members are tried in order of how well the value fits: JSON type first, then the keys
    an object carries; the first member that structures without error wins."""
    members = [a for a in get_args(tp) if a is not type(None)]
    nullable = len(members) != len(get_args(tp))
    by_kind: dict[str, list[_Candidate]] = {}
    for member in members:
        kind = _json_kind(member)
        cand = _Candidate(member, converter.get_structure_hook(member))
        for k in (
            ("string", "number", "boolean", "array", "object")
            if kind == "mixed"
            else (kind,)
        ):
            by_kind.setdefault(k, []).append(cand)
    # Specific string types (enums, literals, dates) before plain str.
    for cands in by_kind.values():
        cands.sort(key=lambda c: c.tp is str)

    def structure(value: Any, _: Any) -> Any:
        if value is None and nullable:
            return None
        if isinstance(value, bool):
            kind = "boolean"
        elif isinstance(value, (int, float)):
            kind = "number"
        elif isinstance(value, str):
            kind = "string"
        elif isinstance(value, (bytes, bytearray)):
            kind = (
                "binary"  # binary content given as such: only a bytes member takes it
            )
        elif isinstance(value, list):
            kind = "array"
        elif isinstance(value, dict):
            kind = "object"
        else:
            kind = "unknown"
        cands = by_kind.get(kind, ())
        if kind == "binary":
            cands = [c for c in by_kind.get("string", ()) if c.tp is bytes]
        if kind == "object" and len(cands) > 1:
            keys = value.keys()
            fitting = [c for c in cands if c.required <= keys]
            cands = sorted(fitting or cands, key=lambda c: -len(c.known & keys))
        errors: list[Exception] = []
        for cand in cands:
            try:
                return cand.hook(value, cand.tp)
            except Exception as exc:  # noqa: BLE001 - the next member may fit
                errors.append(exc)
        raise cattrs.StructureHandlerNotFoundError(
            f"value of JSON type {kind} fits no member of {tp}", tp
        ) from (errors[0] if errors else None)

    return structure


def _structure_union(converter: cattrs.Converter, tp: Any) -> StructureHook:
    args = get_args(tp)
    if Unset in args:
        # An unset field is never on the wire: structure as the rest of the union. (A fresh
        # function: cattrs would call a bare ``_structure_call`` hook's *type*, the union.)
        inner_tp = _strip_unset(tp)
        inner_hook = converter.get_structure_hook(inner_tp)

        def structure_set(value: Any, _: Any) -> Any:
            return inner_hook(value, inner_tp)

        return structure_set
    if _is_open_enum(tp):
        enum_cls = next(
            a for a in args if isinstance(a, type) and issubclass(a, enum.Enum)
        )
        members = enum_cls._value2member_map_
        return lambda value, _: members.get(value, value)
    if type(None) in args:
        rest = [a for a in args if a is not type(None)]
        inner = converter.get_structure_hook(
            _union_of(rest) if len(rest) > 1 else rest[0]
        )
        inner_tp = _union_of(rest) if len(rest) > 1 else rest[0]
        return lambda value, _: None if value is None else inner(value, inner_tp)
    return _structure_untagged(converter, tp)


def _unstructure_union(converter: cattrs.Converter, tp: Any) -> Callable[[Any], Any]:
    return converter.unstructure


def _structure_any(value: Any, _: Any) -> Any:
    return value


_JSON_SCALARS = (str, int, bool, Any)


def _is_fast_list(tp: Any) -> bool:
    """``list[str]``, ``list[int]``, ``list[Any]``, ``list[SomeEnum | str]``: lists whose
    items need no per-item hook call (the JSON values already have the Python type)."""
    if get_origin(tp) is not list:
        return False
    args = get_args(tp)
    return len(args) == 1 and (args[0] in _JSON_SCALARS or _is_open_enum(args[0]))


def _structure_fast_list(tp: Any) -> StructureHook:
    item = get_args(tp)[0]
    if _is_open_enum(item):
        enum_cls = next(
            a
            for a in get_args(item)
            if isinstance(a, type) and issubclass(a, enum.Enum)
        )
        members = enum_cls._value2member_map_

        def structure_open_enums(value: Any, _: Any) -> list[Any]:
            if type(value) is not list:
                raise TypeError(f"expected a list, got {type(value).__name__}")
            get = members.get
            return [get(v, v) for v in value]

        return structure_open_enums

    def structure_scalars(value: Any, _: Any) -> list[Any]:
        if type(value) is not list:
            raise TypeError(f"expected a list, got {type(value).__name__}")
        return list(value)

    return structure_scalars


def _attrs_structure(converter: cattrs.Converter, cls: Any) -> StructureHook:
    fields = attrs.fields(cls)
    extra = next((f for f in fields if f.metadata.get(EXTRA)), None)
    overrides = {f.name: override(rename=wire_name(f), omit=f is extra) for f in fields}
    base: StructureHook = make_dict_structure_fn(cls, converter, **overrides)  # type: ignore[arg-type]
    if extra is None:
        return _keeping_unknown_fields(base, frozenset(wire_name(f) for f in fields))
    known = frozenset(wire_name(f) for f in fields if f is not extra)
    value_type = get_args(
        _strip_unset(extra.type) if _is_union(extra.type) else extra.type
    )[1]
    value_hook = converter.get_structure_hook(value_type)
    name = extra.name

    def structure(value: Any, tp: Any) -> Any:
        obj = base(value, tp)
        setattr(
            obj,
            name,
            {k: value_hook(v, value_type) for k, v in value.items() if k not in known},
        )
        return obj

    return structure


def _keeping_unknown_fields(
    base: StructureHook, known: frozenset[str]
) -> StructureHook:
    """Properties the schema does not list are kept beside the model (``unknown_fields``)."""
    is_known = known.issuperset

    def structure(value: Any, tp: Any) -> Any:
        obj = base(value, tp)
        if not is_known(value):
            keep_unknown_fields(obj, {k: v for k, v in value.items() if k not in known})
        return obj

    return structure


def _writing_unknown_fields(base: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def unstructure(obj: Any) -> Any:
        data = base(obj)
        extras = unknown_fields(obj)
        if extras:
            for key, value in extras.items():
                data.setdefault(key, value)
        return data

    return unstructure


def _attrs_unstructure(converter: cattrs.Converter, cls: Any) -> Callable[[Any], Any]:
    fields = attrs.fields(cls)
    extra = next((f for f in fields if f.metadata.get(EXTRA)), None)
    overrides = {
        f.name: override(
            rename=wire_name(f), omit_if_default=f.default is UNSET, omit=f is extra
        )
        for f in fields
    }
    base = make_dict_unstructure_fn(cls, converter, **overrides)  # type: ignore[arg-type]
    if extra is None:
        return _writing_unknown_fields(base)
    name = extra.name

    def unstructure(obj: Any) -> Any:
        data = base(obj)
        extras = getattr(obj, name)
        if extras:
            for key, value in extras.items():
                data.setdefault(key, converter.unstructure(value))
        return data

    return unstructure


def _structure_datetime(value: Any, _: Any) -> datetime.datetime:
    text = str(value)
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return datetime.datetime.fromisoformat(text)


def _unstructure_datetime(value: datetime.datetime) -> str:
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _structure_date(value: Any, _: Any) -> datetime.date:
    return datetime.date.fromisoformat(str(value))


def _structure_bytes(value: Any, _: Any) -> bytes:
    """Binary content: JSON can only carry it as text, which is kept as its UTF-8 bytes."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    raise TypeError(f"expected binary content, got {type(value).__name__}")


def _structure_none(value: Any, _: Any) -> None:
    """A property whose only type is ``null``."""
    if value is not None:
        raise TypeError(f"expected null, got {type(value).__name__}")


def _structure_float(value: Any, _: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    return float(value)


class ModelConverter(cattrs.Converter):
    """A cattrs converter that also remembers which unions are tagged (left to cattrs' own
    tagged-union strategy rather than told apart by shape)."""

    def __init__(self) -> None:
        super().__init__(detailed_validation=False)
        self.tagged_unions: set[Any] = set()


def make_converter() -> ModelConverter:
    """A converter that knows the conventions of generated models (wire names, UNSET, open
    enums, untagged unions, dates). Tagged unions are added by :func:`configure_unions`."""
    converter = ModelConverter()
    converter.register_structure_hook_factory(
        attrs.has, lambda cls: _attrs_structure(converter, cls)
    )
    converter.register_unstructure_hook_factory(
        attrs.has, lambda cls: _attrs_unstructure(converter, cls)
    )
    converter.register_structure_hook_factory(
        lambda tp: _is_union(tp) and tp not in converter.tagged_unions,
        lambda tp: _structure_union(converter, tp),
    )
    converter.register_unstructure_hook_factory(
        _is_union, lambda tp: _unstructure_union(converter, tp)
    )
    converter.register_structure_hook(typing.Any, _structure_any)
    converter.register_structure_hook_factory(_is_fast_list, _structure_fast_list)
    converter.register_structure_hook(datetime.datetime, _structure_datetime)
    converter.register_unstructure_hook(datetime.datetime, _unstructure_datetime)
    converter.register_structure_hook(datetime.date, _structure_date)
    converter.register_unstructure_hook(datetime.date, lambda v: v.isoformat())
    converter.register_structure_hook(uuid.UUID, lambda v, _: uuid.UUID(str(v)))
    converter.register_unstructure_hook(uuid.UUID, str)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(type(None), _structure_none)
    converter.register_structure_hook(bytes, _structure_bytes)
    return converter


@attrs.frozen
class TaggedUnion:
    """A union told apart by one property (an OpenAPI discriminator)."""

    union: Any
    property: str
    tags: Mapping[Any, str]
    """member class -> the tag written when unstructuring it."""
    classes: Mapping[str, Any]
    """tag -> member class, for every tag the spec maps (several tags may share a class)."""


def _forwarder(resolved: Mapping[Any, StructureHook], union: Any) -> StructureHook:
    def forward(value: Any, tp: Any) -> Any:
        return resolved[union](value, tp)

    return forward


def _tag_lookup(tags: Mapping[Any, str]) -> Callable[[Any], str]:
    def tag_of(cls: Any) -> str:
        return tags[cls]

    return tag_of


def configure_unions(
    converter: ModelConverter,
    unions: Iterable[TaggedUnion],
    namespace: Mapping[str, Any],
) -> None:
    """Resolve every model's annotations, then register each tagged union with cattrs'
    ``configure_tagged_union``.

    A class hook generated while the unions are being configured may reference a union
    configured later; a forwarding hook registered first for every union keeps that working.
    """
    for obj in namespace.values():
        if isinstance(obj, type) and attrs.has(obj):
            attrs.resolve_types(obj, globalns=dict(namespace))
    unions = list(unions)
    resolved: dict[Any, StructureHook] = {}
    converter.tagged_unions.update(tu.union for tu in unions)
    for tu in unions:
        converter.register_structure_hook(tu.union, _forwarder(resolved, tu.union))
    for tu in unions:
        known = _known_members(tu.union)
        converter.tagged_unions.add(known)
        configure_tagged_union(
            known,
            converter,
            tag_generator=_tag_lookup(tu.tags),
            tag_name=tu.property,
        )
        hook = converter.get_structure_hook(known)
        extra_tags = {
            tag: cls for tag, cls in tu.classes.items() if tu.tags[cls] != tag
        }
        if extra_tags:
            # Several tags for one class: configure_tagged_union knows one tag per class.
            def hook_with_extra_tags(
                value: Any,
                tp: Any,
                _h: StructureHook = hook,
                _extra: Mapping[str, Any] = extra_tags,
                _p: str = tu.property,
            ) -> Any:
                cls = _extra.get(value.get(_p))
                if cls is not None:
                    return converter.get_structure_hook(cls)(value, cls)
                return _h(value, tp)

            hook = hook_with_extra_tags
        if known != tu.union:
            hook = _passing_unknown_tags(hook, tu)
            converter.register_unstructure_hook(
                tu.union, _unstructure_passing(converter, known)
            )
        converter.register_structure_hook(tu.union, hook)
        resolved[tu.union] = hook


def _known_members(union: Any) -> Any:
    """The union without :class:`UnknownVariant`, for cattrs' tagged-union strategy."""
    members = [m for m in get_args(union) if m is not UnknownVariant]
    return _union_of(members) if len(members) > 1 else members[0]


def _passing_unknown_tags(hook: StructureHook, tu: TaggedUnion) -> StructureHook:
    """An object whose tag the spec does not list becomes an :class:`UnknownVariant`."""
    tags = frozenset(tu.classes)
    prop = tu.property

    def structure(value: Any, tp: Any) -> Any:
        if isinstance(value, Mapping) and value.get(prop) not in tags:
            return UnknownVariant(tag=value.get(prop), data=dict(value))
        return hook(value, tp)

    return structure


def _unstructure_passing(
    converter: cattrs.Converter, known: Any
) -> Callable[[Any], Any]:
    def unstructure(obj: Any) -> Any:
        if isinstance(obj, UnknownVariant):
            return dict(obj.data)
        return converter.unstructure(obj, unstructure_as=known)

    return unstructure
