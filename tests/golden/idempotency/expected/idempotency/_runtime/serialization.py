"""The cattrs converter behind every model: wire names, unset fields, open enums, unions.

Models are plain attrs classes. Each field's wire name lives in its metadata (:data:`.constants.WIRE`); the hook
factories here read it once per class and build cattrs' generated (un)structure functions, so
no model carries serialization code of its own.
"""

from __future__ import annotations

import datetime
import enum
import functools
import linecache
import operator
import sys
import threading
import types
import typing
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.strategies import configure_tagged_union

from .constants import WIRE
from .passthrough import UnknownVariant, keep_unknown_fields, unknown_fields
from .unset import UNSET, Unset

T = TypeVar("T")
StructureHook = Callable[[Any, Any], Any]

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
        if kind == "number" and len(cands) > 1:
            # ``int | float``: each number to the member of its own type (none is lost).
            cands = sorted(cands, key=lambda c: c.tp is not type(value))
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


_generating = threading.local()


def _field_hook(converter: cattrs.Converter, tp: Any) -> StructureHook:
    try:
        return converter.get_structure_hook(tp)
    except RecursionError:
        # A cycle among the classes being generated: look the hook up when called.
        return converter.structure


class _Owned(threading.local):
    on = False
    """True while :func:`structure_owned` runs in this thread."""


_owned = _Owned()


def _consume(items: Any, hook: StructureHook, tp: Any) -> list[Any]:
    if type(items) is not list:
        _not_a_list(items)
    out: list[Any] = []
    append = out.append
    for i, e in enumerate(items):
        append(hook(e, tp))
        items[i] = None
    return out


def structure_owned(converter: cattrs.Converter, value: Any, tp: Any) -> Any:
    """``converter.structure(value, tp)`` for a value nobody else holds (a body just parsed):
    lists of objects in it are emptied as they are read, which frees their JSON early."""
    was = _owned.on
    _owned.on = True
    try:
        return converter.structure(value, tp)
    finally:
        _owned.on = was


def _not_a_list(value: Any) -> Any:
    raise TypeError(f"expected a list, got {type(value).__name__}")


class _Names:
    """Names for the values a generated function refers to (kept in its globals)."""

    def __init__(self, ns: dict[str, Any]) -> None:
        self.ns = ns

    def add(self, prefix: str, value: Any) -> str:
        name = f"{prefix}{len(self.ns)}"
        self.ns[name] = value
        return name


def _field_expr(converter: cattrs.Converter, tp: Any, value: str, names: _Names) -> str:
    """A Python expression that structures ``value`` (a name or subscript, evaluated once) as
    ``tp``. JSON scalars, single string literals, open enums, lists and string-keyed dicts
    and the objects of tagged unions are read inline; every other type calls its hook."""
    if tp is Any:
        return value
    if tp in (str, int, bool):
        # What cattrs does for these (``str(value)`` ...), without the hook call.
        return f"{names.add('_c', tp)}({value})"
    origin, args = get_origin(tp), get_args(tp)
    if origin is list and len(args) == 1 and args[0] in _JSON_SCALARS:
        # JSON arrays of scalars are taken as they are (no copy).
        hook = names.add("_h", _field_hook(converter, tp))
        t = names.add("_t", tp)
        v = names.add("_v", None)
        return f"({v} if type({v} := {value}) is list else {hook}({v}, {t}))"
    if origin is list and len(args) == 1 and attrs.has(args[0]):
        # A list of objects read from a body the client parsed itself is emptied as it is
        # read, so the objects' JSON is freed as it goes (less work for the collector).
        hook, t = (
            names.add("_h", _field_hook(converter, args[0])),
            names.add("_t", args[0]),
        )
        e, owned = names.add("_e", None), names.add("_w", _owned)
        checked = f"({value} if type({value}) is list else {names.add('_n', _not_a_list)}({value}))"
        return (
            f"({names.add('_u', _consume)}({value}, {hook}, {t}) if {owned}.on "
            f"else [{hook}({e}, {t}) for {e} in {checked}])"
        )
    if origin is list and len(args) == 1:
        e = names.add("_e", None)
        # (Read twice: an assignment expression cannot stand in a comprehension's iterable.)
        items = f"({value} if type({value}) is list else {names.add('_n', _not_a_list)}({value}))"
        return f"[{_field_expr(converter, args[0], e, names)} for {e} in {items}]"
    if origin is dict and len(args) == 2 and args[0] is str:
        k, e = names.add("_k", None), names.add("_e", None)
        item = _field_expr(converter, args[1], e, names)
        return f"{{{k}: {item} for {k}, {e} in {value}.items()}}"
    hook_fn = _field_hook(converter, tp)
    hook, t = names.add("_h", hook_fn), names.add("_t", tp)
    if value.isidentifier():
        v = bound = value  # a name already: no need to bind it
    else:
        v = names.add("_v", None)
        bound = f"({v} := {value})"
    slow = f"{hook}({v}, {t})"
    if tp is float:
        kind = names.add("_y", None)
        return (
            f"({v} if ({kind} := type({bound})) is float else "
            f"{names.add('_f', float)}({v}) if {kind} is int else {slow})"
        )
    if origin is Literal and len(args) == 1 and type(args[0]) is str:
        return f"({v} if {bound} == {names.add('_l', args[0])} else {slow})"
    if _is_open_enum(tp):
        enum_cls = next(
            a for a in args if isinstance(a, type) and issubclass(a, enum.Enum)
        )
        return f"{names.add('_m', enum_cls._value2member_map_)}.get({bound}, {v})"
    tagged = getattr(hook_fn, "tagged", None)
    if tagged is not None:
        by_tag, prop = names.add("_b", tagged[0]), names.add("_p", tagged[1])
        x = names.add("_x", None)
        return (
            f"({x}[0]({v}, {x}[1]) if type({bound}) is dict and "
            f"({x} := {by_tag}.get({v}.get({prop}))) is not None else {slow})"
        )
    return f"{hook}({value}, {t})"


def _generated_structure(converter: ModelConverter, cls: Any) -> StructureHook | None:
    """One function for the class, written out field by field (``None`` when the class has
    a field this does not handle, which then goes through cattrs' own generator).

    A property the schema does not list is kept beside the model (``unknown_fields``); the
    check costs a length comparison when every field is required."""
    fields = attrs.fields(cls)
    ns: dict[str, Any] = {"_cls": cls, "_keep": keep_unknown_fields}
    names = _Names(ns)
    args: list[str] = []
    required = 0
    # A plain slotted class (no validators, converters, hooks or custom ``__setattr__``) is
    # filled in directly, which saves calling its ``__init__``.
    direct = (
        "__slots__" in vars(cls)
        and cls.__new__ is object.__new__
        and cls.__setattr__ is object.__setattr__
        and not hasattr(cls, "__attrs_pre_init__")
        and not hasattr(cls, "__attrs_post_init__")
        and all(f.validator is None and f.converter is None for f in fields)
    )
    ns["_new"] = object.__new__
    for f in fields:
        if f.metadata.get(EXTRA) or isinstance(f.default, attrs.Factory) or not f.init:  # type: ignore[arg-type]
            return None
        tp = f.type
        has_default = f.default is not attrs.NOTHING
        if has_default and _is_union(tp) and Unset in get_args(tp):
            tp = _strip_unset(tp)  # unset is never on the wire
        key = repr(wire_name(f))
        expr = _field_expr(converter, tp, f"o[{key}]", names)
        if has_default:
            expr = f"({expr} if {key} in o else {names.add('_d', f.default)})"
        else:
            required += 1
        args.append(f"{f.alias}={expr}" if not direct else f"obj.{f.name} = {expr}")
    known = frozenset(wire_name(f) for f in fields)
    ns["_known"] = known
    optional = [repr(wire_name(f)) for f in fields if f.default is not attrs.NOTHING]
    if len(optional) <= 8:
        # Known properties present = required ones + optional ones found.
        check = f"len(o) != {' + '.join([str(required), *(f'({k} in o)' for k in optional)])}"
    else:
        check = f"len(o) > {required} and not _known.issuperset(o)"
    name = f"structure_{cls.__name__}"
    source = "\n".join(
        [
            f"def {name}(o, _=None):",
            *(
                ["    obj = _new(_cls)", *(f"    {a}" for a in args)]
                if direct
                else ["    obj = _cls(", *(f"        {a}," for a in args), "    )"]
            ),
            f"    if {check}:",
            "        _keep(obj, {k: v for k, v in o.items() if k not in _known})",
            "    return obj",
        ]
    )
    filename = f"<generated structure {cls.__module__}.{cls.__qualname__}>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), ns)  # noqa: S102 - code written above, from the class
    hook: StructureHook = ns[name]
    return hook


def _attrs_structure(converter: ModelConverter, cls: Any) -> StructureHook:
    _resolve_annotations(converter, cls)
    working: set[Any] = getattr(_generating, "classes", None) or set()
    if cls in working:
        raise RecursionError(f"{cls.__name__} refers to itself")
    _generating.classes = working
    working.add(cls)
    try:
        generated = _generated_structure(converter, cls)
    finally:
        working.discard(cls)
    if generated is not None:
        return generated
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


def _attrs_unstructure(converter: ModelConverter, cls: Any) -> Callable[[Any], Any]:
    _resolve_annotations(converter, cls)
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
        self.model_names: Mapping[str, Any] | None = None
        """Set by :func:`configure_lazily`: model names, for resolving annotations."""


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
    # An unlisted member of a tagged union is written back as it came, wherever it is held
    # (a field, a list item, a map value, the body itself); not as the attrs class it is.
    converter.register_unstructure_hook(UnknownVariant, _unstructure_unknown_variant)
    return converter


def _unstructure_unknown_variant(value: UnknownVariant) -> dict[str, Any]:
    return dict(value.data)


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
    ``configure_tagged_union`` (eagerly; :func:`configure_lazily` does the same on first use).

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
        _configure_tagged(converter, tu, resolved)


def _configure_tagged(
    converter: ModelConverter, tu: TaggedUnion, resolved: dict[Any, StructureHook]
) -> None:
    known = _known_members(tu.union)
    converter.tagged_unions.add(known)
    configure_tagged_union(
        known,
        converter,
        tag_generator=_tag_lookup(tu.tags),
        tag_name=tu.property,
    )
    hook = converter.get_structure_hook(known)
    extra_tags = {tag: cls for tag, cls in tu.classes.items() if tu.tags[cls] != tag}
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
        hook = _fast_tagged(converter, tu, _passing_unknown_tags(hook, tu))
        converter.register_unstructure_hook(
            tu.union, _unstructure_passing(converter, known)
        )
    converter.register_structure_hook(tu.union, hook)
    resolved[tu.union] = hook


class _ModelNames(Mapping[str, Any]):
    """The models package as a mapping, for evaluating annotations: a name is looked up (and
    its module imported) only when an annotation uses it."""

    def __init__(self, models: types.ModuleType) -> None:
        self._models = models
        self._names = frozenset(getattr(models, "__all__", ()))

    def __getitem__(self, name: str) -> Any:
        if name not in self._names:
            raise KeyError(name)
        return getattr(self._models, name)

    def __iter__(self) -> typing.Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


_ANNOTATION_GLOBALS: dict[str, Any] = {
    "Any": Any,
    "Literal": Literal,
    "Unset": Unset,
    "UnknownVariant": UnknownVariant,
    "datetime": datetime,
    "uuid": uuid,
}


def _resolve_annotations(converter: ModelConverter, cls: Any) -> None:
    """Turn a model's string annotations into types, once, when it is first (un)structured."""
    if (
        converter.model_names is None
        or getattr(cls, "__attrs_types_resolved__", None) is cls
    ):
        return
    module = sys.modules.get(cls.__module__)
    globalns = {**_ANNOTATION_GLOBALS, **(vars(module) if module is not None else {})}
    # (A mapping that imports on lookup, where typing only asks for a mapping.)
    localns = typing.cast("dict[str, Any]", converter.model_names)
    attrs.resolve_types(cls, globalns=globalns, localns=localns)


def configure_lazily(
    converter: ModelConverter, models: types.ModuleType, unions: Iterable[TaggedUnion]
) -> None:
    """Set ``converter`` up for the package whose models live in ``models``, without importing
    them: a model's annotations are resolved when it is first (un)structured, and a tagged
    union is configured when it is first asked for. The unions here name their classes
    (``tags``: class name -> tag, ``classes``: tag -> class name)."""
    converter.model_names = _ModelNames(models)
    specs = {frozenset(tu.tags): tu for tu in unions}
    resolved: dict[Any, StructureHook] = {}

    def spec_of(tp: Any) -> TaggedUnion | None:
        if not _is_union(tp) or tp in converter.tagged_unions or tp in resolved:
            return None
        args = get_args(tp)
        if UnknownVariant not in args:
            return None
        members = [a for a in args if a is not UnknownVariant]
        spec = specs.get(frozenset(getattr(a, "__name__", "") for a in members))
        if spec is None or any(
            getattr(models, n, None) not in members for n in spec.tags
        ):
            return None
        return TaggedUnion(
            union=tp,
            property=spec.property,
            tags={getattr(models, n): tag for n, tag in spec.tags.items()},
            classes={tag: getattr(models, n) for tag, n in spec.classes.items()},
        )

    lock = threading.RLock()

    def forward(tp: Any) -> StructureHook:
        def structure(value: Any, cl: Any) -> Any:
            hook = resolved.get(tp)
            if hook is None:  # another thread is configuring it
                with lock:
                    hook = resolved[tp]
            return hook(value, cl)

        return structure

    def configure(tp: Any) -> None:
        with lock:
            if tp in resolved:
                return
            tu = spec_of(tp)
            assert tu is not None
            converter.register_structure_hook(tp, forward(tp))
            converter.tagged_unions.add(tp)
            _configure_tagged(converter, tu, resolved)

    def structure_factory(tp: Any) -> StructureHook:
        configure(tp)
        return resolved[tp]

    def unstructure_factory(tp: Any) -> Callable[[Any], Any]:
        configure(tp)
        return converter.get_unstructure_hook(tp)

    converter.register_structure_hook_factory(
        lambda tp: spec_of(tp) is not None, structure_factory
    )
    converter.register_unstructure_hook_factory(
        lambda tp: spec_of(tp) is not None, unstructure_factory
    )


def _known_members(union: Any) -> Any:
    """The union without :class:`UnknownVariant`, for cattrs' tagged-union strategy."""
    members = [m for m in get_args(union) if m is not UnknownVariant]
    return _union_of(members) if len(members) > 1 else members[0]


def _fast_tagged(
    converter: cattrs.Converter, tu: TaggedUnion, slow: StructureHook
) -> StructureHook:
    """A JSON object goes straight to the hook of the class its tag names (an unknown tag gives
    an :class:`UnknownVariant`); any other value takes the general path, ``slow``."""
    by_tag = {
        tag: (_field_hook(converter, cls), cls) for tag, cls in tu.classes.items()
    }
    prop = tu.property

    def structure(value: Any, tp: Any) -> Any:
        if type(value) is dict:
            tag = value.get(prop)
            entry = by_tag.get(tag) if type(tag) is str else None
            if entry is None:
                return slow(value, tp)
            return entry[0](value, entry[1])
        return slow(value, tp)

    structure.tagged = (by_tag, prop)  # type: ignore[attr-defined]
    return structure


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
