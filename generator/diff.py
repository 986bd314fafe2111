"""What a spec change does to the callers of the generated client.

Both specs go through the pipeline up to naming (no render, no format); the two named models are
matched by wire identity (method + path template, schema key, property wire name, parameter
location + name, status code) and every difference a caller of the Python client would notice
becomes a :class:`Finding` with a rule from :data:`RULES`.

Declarations are matched first by key; a component schema whose key is gone is matched to a new
one when the walk from the operations reaches both at the same wire position, or when exactly one
new schema has the same shape (a schema key renamed). Python names are compared after matching,
so a change that is safe on the wire but renames a class, field, parameter or method (a schema key
renamed, a new schema taking an existing one's name) is still reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from . import ir, load
from .diagnostics import escape, nearest_position

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
    "field-may-be-unset": (WARNING, "a response field that was always set may now be unset"),
    "field-may-be-null": (WARNING, "a response field may now be None"),
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


REQUEST = "request"
RESPONSE = "response"

# -- type relations -------------------------------------------------------------------------

SAME, WIDER, NARROWER, UNRELATED = "same", "wider", "narrower", "unrelated"


class _Types:
    """Compares a type of the old model with one of the new, old keys mapped to new ones."""

    def __init__(self, old: dict[str, ir.Decl], new: dict[str, ir.Decl], kmap: dict[str, str]):
        self.old, self.new, self.kmap = old, new, kmap

    def mapped(self, t: ir.TypeRef) -> ir.TypeRef:
        return ir.replace(
            t, lambda n: ir.Ref(self.kmap.get(n.key, n.key)) if isinstance(n, ir.Ref) else n
        )

    def _expand(self, t: ir.TypeRef, depth: int = 0) -> ir.TypeRef:
        """Aliases replaced by what they name (a few levels deep: aliases may be recursive), and
        enums by what their annotation accepts."""
        if depth > 4:
            return t

        def fn(n: ir.TypeRef) -> ir.TypeRef:
            if isinstance(n, ir.Ref):
                d = self.new.get(n.key) or self.old.get(n.key)
                if isinstance(d, ir.Alias):
                    return self._expand(d.target, depth + 1)
                if isinstance(d, ir.Enum):  # open enums: annotated ``Enum | str``
                    return ir.UnionOf((n, ir.Prim(d.base)))
            return n

        return ir.replace(t, fn)

    def relation(self, old: ir.TypeRef | None, new: ir.TypeRef | None) -> str:
        a = self._expand(self.mapped(old if old is not None else ir.Prim("none")))
        b = self._expand(new if new is not None else ir.Prim("none"))
        if a == b:
            return SAME
        wider, narrower = _accepts(b, a), _accepts(a, b)
        if wider and narrower:
            return SAME
        return WIDER if wider else NARROWER if narrower else UNRELATED


def _members(t: ir.TypeRef) -> list[ir.TypeRef]:
    if isinstance(t, ir.UnionOf):
        return [m for x in t.members for m in _members(x)]
    if isinstance(t, ir.Nullable):
        return [ir.Prim("none"), *_members(t.inner)]
    if isinstance(t, ir.LiteralOf):
        return [ir.LiteralOf((v,)) for v in t.values]
    return [t]


def _accepts(a: ir.TypeRef, b: ir.TypeRef) -> bool:
    """Whether every value of ``b`` is a value of ``a``."""
    wide = _members(a)
    if ir.ANY in wide:
        return True
    return all(any(_accepts_one(x, y) for x in wide) for y in _members(b))


def _accepts_one(a: ir.TypeRef, b: ir.TypeRef) -> bool:
    if a == b:
        return True
    if isinstance(a, ir.Prim) and isinstance(b, ir.LiteralOf):
        v = b.values[0]
        kind = "bool" if isinstance(v, bool) else "int" if isinstance(v, int) else "str"
        return a.kind == kind or (a.kind == "float" and kind == "int")
    if isinstance(a, ir.Prim) and isinstance(b, ir.Prim):
        return a.kind == "float" and b.kind == "int"
    if isinstance(a, ir.ListOf) and isinstance(b, ir.ListOf):
        return _accepts(a.item, b.item)
    if isinstance(a, ir.MapOf) and isinstance(b, ir.MapOf):
        return _accepts(a.value, b.value)
    return False


def show(t: ir.TypeRef | None, decls: dict[str, ir.Decl]) -> str:
    """A type as its Python annotation (roughly what the templates write)."""
    if t is None:
        return "None"
    if isinstance(t, ir.Prim):
        return {
            "none": "None",
            "any": "Any",
            "date": "datetime.date",
            "datetime": "datetime.datetime",
            "uuid": "uuid.UUID",
        }.get(t.kind, t.kind)
    if isinstance(t, ir.Ref):
        d = decls.get(t.key)
        return d.name if d is not None else t.key
    if isinstance(t, ir.ListOf):
        return f"list[{show(t.item, decls)}]"
    if isinstance(t, ir.MapOf):
        return f"dict[str, {show(t.value, decls)}]"
    if isinstance(t, ir.LiteralOf):
        return f"Literal[{', '.join(repr(v) for v in t.values)}]"
    if isinstance(t, ir.UnionOf):
        return " | ".join(show(m, decls) for m in t.members)
    return f"{show(t.inner, decls)} | None"


# -- the comparison -------------------------------------------------------------------------


def _template(path: str) -> str:
    """``/pets/{petId}`` -> ``/pets/{}``: parameter names are not part of a path's identity."""
    out, depth = [], 0
    for ch in path:
        if ch == "{":
            depth += 1
            out.append("{}")
        elif ch == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def _op_ptr(op: ir.Operation) -> str:
    return f"#/paths/{escape(op.path)}/{op.method.lower()}"


def _component(key: str) -> bool:
    return key.startswith("#/components/")


def _path_names(path: str) -> list[str]:
    return re.findall(r"\{([^{}]*)\}", path)


def _ops(api: ir.Api) -> dict[str, tuple[ir.Group, ir.Operation]]:
    return {f"{op.method} {_template(op.path)}": (g, op) for g in api.groups for op in g.operations}


def _plain_return(op: ir.Operation) -> ir.TypeRef | None:
    types: list[ir.TypeRef] = []
    for r in op.responses:
        if r.kind == "sse":
            continue
        t = {"empty": ir.Prim("none"), "binary": ir.Prim("bytes"), "text": ir.Prim("str")}.get(
            r.kind, r.type or ir.ANY
        )
        if t not in types:
            types.append(t)
    if not types:
        return None
    return types[0] if len(types) == 1 else ir.UnionOf(tuple(types))


def _sse(op: ir.Operation) -> ir.Response | None:
    return next((r for r in op.responses if r.kind == "sse"), None)


def directions(api: ir.Api) -> dict[str, set[str]]:
    """Declaration key -> {"request", "response"}: the sides that reach it from an operation."""
    decls = {d.key: d for d in api.decls}
    out: dict[str, set[str]] = {}

    def reach(t: ir.TypeRef | None, side: str) -> None:
        stack = [t]
        while stack:
            for n in ir.walk(stack.pop()):
                if not isinstance(n, ir.Ref) or side in out.setdefault(n.key, set()):
                    continue
                out[n.key].add(side)
                d = decls.get(n.key)
                if isinstance(d, ir.Model):
                    stack.extend(f.type for f in d.fields)
                    stack.append(d.additional)
                elif isinstance(d, ir.Alias):
                    stack.append(d.target)

    for g in api.groups:
        for op in g.operations:
            for p in op.params:
                reach(p.type, REQUEST)
            if op.body is not None:
                reach(op.body.type, REQUEST)
            for r in (*op.responses, *op.errors):
                reach(r.type, RESPONSE)
    for w in api.webhooks:
        reach(w.body, RESPONSE)
    return out


class _Differ:
    def __init__(self, old: ir.Api, new: ir.Api, old_file: str, new_file: str) -> None:
        self.a, self.b = old, new
        self.old_file, self.new_file = old_file, new_file
        self.da = {d.key: d for d in old.decls}
        self.db = {d.key: d for d in new.decls}
        # Component schemas are the same by key; inline ones by where the walk finds them.
        self.kmap: dict[str, str] = {k: k for k in self.da if k in self.db and _component(k)}
        self.types = _Types(self.da, self.db, self.kmap)
        self.dir_a, self.dir_b = directions(old), directions(new)
        self.out: list[Finding] = []

    # -- helpers ----------------------------------------------------------------------------

    def add(
        self,
        rule: str,
        python: str,
        pointer: str,
        old: Any,
        new: Any,
        message: str,
        *,
        side: str = "new",
    ) -> None:
        assert rule in RULES, rule
        self.out.append(
            Finding(
                rule=rule,
                python=python,
                pointer=pointer,
                old="" if old is None else str(old),
                new="" if new is None else str(new),
                message=message,
                file=self.old_file if side == "old" else self.new_file,
            )
        )

    def model_path(self, api: ir.Api, decl: ir.Decl) -> str:
        return f"{api.package}.models.{decl.name}"

    def method_path(self, api: ir.Api, g: ir.Group, op: ir.Operation) -> str:
        return f"{api.client_name}.{g.name}.{op.name}"

    def sides(self, old_key: str, new_key: str) -> set[str]:
        s = self.dir_a.get(old_key, set()) | self.dir_b.get(new_key, set())
        return s or {REQUEST, RESPONSE}  # unused schemas: assume callers use them either way

    def type_rule(
        self, prefix: str, sides: set[str], old: ir.TypeRef | None, new: ir.TypeRef | None
    ) -> str | None:
        rel = self.types.relation(old, new)
        if rel == SAME:
            return None
        if rel == UNRELATED:
            return {"body": "body-model-changed"}.get(prefix, f"{prefix}-type-changed")
        rules = []
        if REQUEST in sides:
            rules.append(
                f"{prefix}-type-narrowed" if rel == NARROWER else f"{prefix}-type-compatible"
            )
        if RESPONSE in sides:
            rules.append(f"{prefix}-type-widened" if rel == WIDER else f"{prefix}-type-compatible")
        rules = [r for r in rules if r in RULES]
        return max(rules, key=lambda r: RANK[RULES[r][0]]) if rules else None

    # -- matching ---------------------------------------------------------------------------

    def match(self) -> None:
        """Pair declarations reached at the same wire position, then by shape."""
        pairs: list[tuple[ir.TypeRef | None, ir.TypeRef | None]] = []
        ops_b = _ops(self.b)
        for key, (_, op) in _ops(self.a).items():
            if key not in ops_b:
                continue
            other = ops_b[key][1]
            pb = {(p.location, p.wire): p for p in other.params}
            pairs += [
                (p.type, pb[(p.location, p.wire)].type)
                for p in op.params
                if (p.location, p.wire) in pb
            ]
            if op.body is not None and other.body is not None:
                pairs.append((op.body.type, other.body.type))
            rb = {(r.status, r.kind): r for r in (*other.responses, *other.errors)}
            pairs += [
                (r.type, rb[(r.status, r.kind)].type)
                for r in (*op.responses, *op.errors)
                if (r.status, r.kind) in rb
            ]
        seen: set[tuple[str, str]] = set()
        targets = set(self.kmap.values())
        while pairs:
            ta, tb = pairs.pop()
            if ta is None or tb is None:
                continue
            for x, y in self._parallel(ta, tb):
                ka, kb = x.key, y.key
                if (
                    ka in self.da
                    and kb in self.db
                    and ka not in self.kmap
                    and kb not in targets
                    and not (_component(kb) and kb in self.da)
                ):
                    self.kmap[ka] = kb
                    targets.add(kb)
                if self.kmap.get(ka) != kb or (ka, kb) in seen:
                    continue
                seen.add((ka, kb))
                pairs += self._children(self.da.get(ka), self.db.get(kb))
        # Inline schemas the walk did not reach: the same pointer.
        for k in self.da:
            if k not in self.kmap and k in self.db and k not in targets:
                self.kmap[k] = k
                targets.add(k)
        # Schemas nothing reaches: a unique equal shape is a renamed key.
        gone = [d for k, d in self.da.items() if k not in self.kmap]
        fresh = [d for k, d in self.db.items() if k not in targets]
        shapes: dict[Any, list[ir.Decl]] = {}
        for d in fresh:
            shapes.setdefault(self._shape(d, mapped=False), []).append(d)
        for d in gone:
            same = [x for x in shapes.get(self._shape(d, mapped=True), []) if x.key not in targets]
            if len(same) == 1 and _component(d.key) == _component(same[0].key):
                self.kmap[d.key] = same[0].key
                targets.add(same[0].key)

    def _parallel(self, a: ir.TypeRef, b: ir.TypeRef) -> Iterator[tuple[ir.Ref, ir.Ref]]:
        if isinstance(a, ir.Nullable):
            a = a.inner
        if isinstance(b, ir.Nullable):
            b = b.inner
        if isinstance(a, ir.Ref) and isinstance(b, ir.Ref):
            yield a, b
        elif isinstance(a, ir.ListOf) and isinstance(b, ir.ListOf):
            yield from self._parallel(a.item, b.item)
        elif isinstance(a, ir.MapOf) and isinstance(b, ir.MapOf):
            yield from self._parallel(a.value, b.value)
        elif (
            isinstance(a, ir.UnionOf)
            and isinstance(b, ir.UnionOf)
            and len(a.members) == len(b.members)
        ):
            for x, y in zip(a.members, b.members, strict=True):
                yield from self._parallel(x, y)

    def _children(
        self, a: ir.Decl | None, b: ir.Decl | None
    ) -> list[tuple[ir.TypeRef | None, ir.TypeRef | None]]:
        if isinstance(a, ir.Model) and isinstance(b, ir.Model):
            fb = {f.wire: f for f in b.fields}
            out: list[tuple[ir.TypeRef | None, ir.TypeRef | None]] = [
                (f.type, fb[f.wire].type) for f in a.fields if f.wire in fb
            ]
            return [*out, (a.additional, b.additional)]
        if isinstance(a, ir.Alias) and isinstance(b, ir.Alias):
            out = [(a.target, b.target)]
            if a.discriminator and b.discriminator:
                tags = dict(b.discriminator.mapping)
                out += [
                    (ir.Ref(k), ir.Ref(tags[t])) for t, k in a.discriminator.mapping if t in tags
                ]
            return out
        return []

    def _shape(self, d: ir.Decl, *, mapped: bool) -> Any:
        def t(x: ir.TypeRef | None) -> Any:
            return self.types.mapped(x) if (mapped and x is not None) else x

        if isinstance(d, ir.Model):
            return ("model", tuple((f.wire, t(f.type), f.required) for f in d.fields))
        if isinstance(d, ir.Enum):
            return ("enum", tuple(m.value for m in d.members))
        return ("alias", t(d.target))

    # -- the rules --------------------------------------------------------------------------

    def run(self) -> list[Finding]:
        self.match()
        if self.a.package != self.b.package:
            self.add(
                "package-renamed",
                self.a.package,
                "#/info/title",
                self.a.package,
                self.b.package,
                "the package name follows info.title; pass --package to keep it",
                side="new",
            )
        self.surface()
        self.decls()
        self.error_classes()
        self.api_level()
        return self.out

    def surface(self) -> None:
        ops_a, ops_b = _ops(self.a), _ops(self.b)
        attrs_a = {g.name: g for g in self.a.groups}
        attrs_b = {g.name: g for g in self.b.groups}
        # A group whose every operation now sits under one new attribute was renamed.
        renamed: dict[str, str] = {}
        for g in self.a.groups:
            targets = {ops_b[k][0].name for k in ops_a if ops_a[k][0] is g and k in ops_b}
            if len(targets) == 1 and g.name not in attrs_b:
                (target,) = targets
                if target not in attrs_a:
                    renamed[g.name] = target
                    self.add(
                        "group-renamed",
                        f"{self.a.client_name}.{g.name}",
                        "#/paths",
                        g.name,
                        target,
                        f"client.{g.name} is now client.{target}",
                    )
        for g in self.a.groups:
            if g.name not in attrs_b and g.name not in renamed:
                self.add(
                    "group-removed",
                    f"{self.a.client_name}.{g.name}",
                    "#/paths",
                    g.name,
                    None,
                    f"client.{g.name} is gone",
                    side="old",
                )
        for g in self.b.groups:
            if g.name not in attrs_a and g.name not in renamed.values():
                self.add(
                    "group-added",
                    f"{self.b.client_name}.{g.name}",
                    "#/paths",
                    None,
                    g.name,
                    f"new client.{g.name}",
                )
        for key, (ga, oa) in ops_a.items():
            ptr_a = f"#/paths/{escape(oa.path)}/{oa.method.lower()}"
            if key not in ops_b:
                self.add(
                    "method-removed",
                    self.method_path(self.a, ga, oa),
                    ptr_a,
                    oa.key,
                    None,
                    f"{oa.key} is gone",
                    side="old",
                )
                continue
            gb, ob = ops_b[key]
            ptr = f"#/paths/{escape(ob.path)}/{ob.method.lower()}"
            pa = self.method_path(self.a, ga, oa)
            if renamed.get(ga.name, ga.name) != gb.name:
                self.add(
                    "method-moved",
                    pa,
                    ptr,
                    pa,
                    self.method_path(self.b, gb, ob),
                    f"{oa.key} moved from client.{ga.name} to client.{gb.name}",
                )
            elif oa.name != ob.name:
                self.add(
                    "method-renamed",
                    pa,
                    ptr,
                    oa.name,
                    ob.name,
                    f"{oa.key} (operationId {ob.operation_id}) is now .{ob.name}",
                )
            self.operation(pa, ptr, oa, ob)
        for key, (gb, ob) in ops_b.items():
            if key not in ops_a:
                self.add(
                    "method-added",
                    self.method_path(self.b, gb, ob),
                    f"#/paths/{escape(ob.path)}/{ob.method.lower()}",
                    None,
                    ob.key,
                    f"new method for {ob.key}",
                )

    def operation(self, pa: str, ptr: str, oa: ir.Operation, ob: ir.Operation) -> None:
        if ob.deprecated and not oa.deprecated:
            self.add("method-deprecated", pa, ptr, None, "deprecated", f"{ob.key} is deprecated")
        params_b = {(p.location, p.wire): p for p in ob.params}
        params_a = {(p.location, p.wire): p for p in oa.params}
        # A path parameter is the same one at the same place in the template, whatever its name.
        names_a, names_b = _path_names(oa.path), _path_names(ob.path)
        paired: dict[tuple[str, str], ir.Param] = {}
        for k in params_a:
            if k in params_b:
                paired[k] = params_b[k]
            elif k[0] == "path" and k[1] in names_a and len(names_a) == len(names_b):
                other = ("path", names_b[names_a.index(k[1])])
                if other in params_b and other not in params_a:
                    paired[k] = params_b[other]
        used = {(q.location, q.wire) for q in paired.values()}
        for k, p in params_a.items():
            where = f"{ptr}/parameters"
            q = paired.get(k)
            if q is None:
                self.add(
                    "param-removed",
                    f"{pa}({p.name}=)",
                    where,
                    p.name,
                    None,
                    f"{p.location} parameter {p.wire!r} is gone",
                    side="old",
                )
                continue
            if p.name != q.name:
                self.add(
                    "param-renamed",
                    f"{pa}({p.name}=)",
                    where,
                    p.name,
                    q.name,
                    f"{p.location} parameter {p.wire!r} is now the keyword {q.name}=",
                )
            if q.required and not p.required:
                self.add(
                    "param-became-required",
                    f"{pa}({p.name}=)",
                    where,
                    "optional",
                    "required",
                    f"{p.location} parameter {p.wire!r} is now required",
                )
            elif p.required and not q.required:
                self.add(
                    "param-became-optional",
                    f"{pa}({p.name}=)",
                    where,
                    "required",
                    "optional",
                    f"{p.location} parameter {p.wire!r} is now optional",
                )
            rule = self.type_rule("param", {REQUEST}, p.type, q.type)
            if rule:
                self.add(
                    rule,
                    f"{pa}({p.name}=)",
                    where,
                    show(p.type, self.da),
                    show(q.type, self.db),
                    f"{p.location} parameter {p.wire!r}: type changed",
                )
            if q.deprecated and not p.deprecated:
                self.add(
                    "param-deprecated",
                    f"{pa}({p.name}=)",
                    where,
                    None,
                    "deprecated",
                    f"{p.location} parameter {p.wire!r} is deprecated",
                )
        for k, q in params_b.items():
            if k not in used:
                rule = "param-added-required" if q.required else "param-added"
                self.add(
                    rule,
                    f"{pa}({q.name}=)",
                    f"{ptr}/parameters",
                    None,
                    q.name,
                    f"new {'required ' if q.required else ''}{q.location} parameter {q.wire!r}",
                )
        self.body(pa, ptr, _op_ptr(oa), oa.body, ob.body)
        self.returns(pa, ptr, oa, ob)

    def body(self, pa: str, ptr: str, ptr_a: str, a: ir.Body | None, b: ir.Body | None) -> None:
        where, py = f"{ptr}/requestBody", f"{pa}(request)"
        if a is None and b is None:
            return
        if a is None:
            assert b is not None
            self.add(
                "body-added-required" if b.required else "body-added",
                py,
                where,
                None,
                show(b.type, self.db),
                "new request argument",
            )
            return
        if b is None:
            self.add(
                "body-removed",
                py,
                f"{ptr_a}/requestBody",
                show(a.type, self.da),
                None,
                "the request body is gone",
                side="old",
            )
            return
        if b.required and not a.required:
            self.add(
                "body-became-required",
                py,
                where,
                "optional",
                "required",
                "the request body is now required",
            )
        elif a.required and not b.required:
            self.add(
                "body-became-optional",
                py,
                where,
                "required",
                "optional",
                "the request body is now optional",
            )
        rule = self.type_rule("body", {REQUEST}, a.type, b.type)
        if a.kind != b.kind:
            rule = "body-model-changed"
        if rule:
            self.add(
                rule,
                py,
                where,
                f"{show(a.type, self.da)} ({a.media_type})",
                f"{show(b.type, self.db)} ({b.media_type})",
                "the request type changed",
            )

    def returns(self, pa: str, ptr: str, oa: ir.Operation, ob: ir.Operation) -> None:
        where = f"{ptr}/responses"
        ra, rb = _plain_return(oa), _plain_return(ob)
        sa, sb = _sse(oa), _sse(ob)
        where_a = f"{_op_ptr(oa)}/responses"
        ok_a = {r.status for r in oa.responses}
        ok_b = {r.status for r in ob.responses}
        for s in sorted(ok_a - ok_b):
            self.add(
                "success-status-removed",
                pa,
                f"{where_a}/{escape(s)}",
                s,
                None,
                f"success status {s} is no longer documented",
                side="old",
            )
        for s in sorted(ok_b - ok_a):
            self.add(
                "success-status-added",
                pa,
                f"{where}/{escape(s)}",
                None,
                s,
                f"new success status {s}",
            )
        if ra is not None and rb is None and sb is not None:
            self.add(
                "return-type-changed",
                pa,
                where,
                show(ra, self.da),
                f"EventStream[{show(sb.type, self.db)}]",
                "JSON result became a stream",
            )
        elif ra is None and sa is not None and rb is not None and sb is None:
            self.add(
                "return-type-changed",
                pa,
                where,
                f"EventStream[{show(sa.type, self.da)}]",
                show(rb, self.db),
                "stream became a JSON result",
            )
        elif (
            ra is not None and rb is not None and (oa.pagination is None) != (ob.pagination is None)
        ):
            before, after = show(ra, self.da), show(rb, self.db)
            self.add(
                "return-type-changed",
                pa,
                where,
                before if oa.pagination is None else f"Page[{before}, ...]",
                after if ob.pagination is None else f"Page[{after}, ...]",
                "the method now returns pages"
                if ob.pagination
                else "the method no longer returns pages",
            )
        elif ra is not None and rb is not None:
            rule = self.type_rule("return", {RESPONSE}, ra, rb)
            if rule:
                self.add(
                    rule, pa, where, show(ra, self.da), show(rb, self.db), "the return type changed"
                )
        if sa is not None and sb is None and ra is not None and rb is not None:
            self.add(
                "stream-overload-removed",
                f"{pa}(stream=True)",
                where_a,
                f"EventStream[{show(sa.type, self.da)}]",
                None,
                "the text/event-stream response is gone",
                side="old",
            )
        elif sa is None and sb is not None and rb is not None:
            self.add(
                "stream-overload-added",
                f"{pa}(stream=True)",
                where,
                None,
                f"EventStream[{show(sb.type, self.db)}]",
                "new stream=True overload",
            )
        elif sa is not None and sb is not None:
            rule = self.type_rule("return", {RESPONSE}, sa.type, sb.type)
            if rule:
                self.add(
                    rule,
                    f"{pa}(stream=True)",
                    where,
                    show(sa.type, self.da),
                    show(sb.type, self.db),
                    "the stream's event type changed",
                )
        ea = {r.status for r in oa.errors}
        eb = {r.status for r in ob.errors}
        for s in sorted(ea - eb):
            self.add(
                "error-status-removed",
                pa,
                f"{where_a}/{escape(s)}",
                s,
                None,
                f"error status {s} is no longer documented",
                side="old",
            )
        for s in sorted(eb - ea):
            self.add(
                "error-status-added", pa, f"{where}/{escape(s)}", None, s, f"new error status {s}"
            )
        if oa.retries != ob.retries:
            self.add(
                "retry-policy-changed",
                pa,
                ptr,
                _retry(oa.retries),
                _retry(ob.retries),
                "the operation's retry policy changed",
            )
        if oa.servers != ob.servers:
            self.add(
                "servers-changed",
                pa,
                f"{ptr}/servers",
                " ".join(oa.servers),
                " ".join(ob.servers),
                "the operation's servers changed",
            )

    def decls(self) -> None:
        mapped_to = set(self.kmap.values())
        for key, a in self.da.items():
            kind = "enum" if isinstance(a, ir.Enum) else "model"
            if key not in self.kmap:
                self.add(
                    f"{kind}-removed",
                    self.model_path(self.a, a),
                    key,
                    a.name,
                    None,
                    f"{a.name} is gone",
                    side="old",
                )
                continue
            b = self.db[self.kmap[key]]
            py = self.model_path(self.a, a)
            if type(a) is not type(b) and (isinstance(a, ir.Enum) or isinstance(b, ir.Enum)):
                self.add(
                    "model-kind-changed",
                    py,
                    b.key,
                    type(a).__name__,
                    type(b).__name__,
                    f"{a.name} is now a {type(b).__name__.lower()}",
                )
                continue
            if a.name != b.name:
                why = f"schema {key} is now {b.key}" if key != b.key else "naming collision"
                self.add(
                    f"{kind}-renamed",
                    py,
                    b.key,
                    a.name,
                    b.name,
                    f"{a.name} is now {b.name} ({why})",
                )
            if type(a) is not type(b):
                self.add(
                    "model-kind-changed",
                    py,
                    b.key,
                    type(a).__name__,
                    type(b).__name__,
                    f"{a.name} is now a {type(b).__name__.lower()}",
                )
                continue
            sides = self.sides(key, b.key)
            if isinstance(a, ir.Model) and isinstance(b, ir.Model):
                self.model(py, a, b, sides)
            elif isinstance(a, ir.Enum) and isinstance(b, ir.Enum):
                self.enum(py, a, b)
            elif isinstance(a, ir.Alias) and isinstance(b, ir.Alias):
                self.alias(py, a, b, sides)
        for key, b in self.db.items():
            if key not in mapped_to:
                kind = "enum" if isinstance(b, ir.Enum) else "model"
                self.add(
                    f"{kind}-added",
                    self.model_path(self.b, b),
                    key,
                    None,
                    b.name,
                    f"new class {b.name}",
                )

    def model(self, py: str, a: ir.Model, b: ir.Model, sides: set[str]) -> None:
        if b.deprecated and not a.deprecated:
            self.add("model-deprecated", py, b.key, None, "deprecated", f"{a.name} is deprecated")
        fb = {f.wire: f for f in b.fields}
        fa = {f.wire: f for f in a.fields}
        request, response = REQUEST in sides, RESPONSE in sides
        for wire, f in fa.items():
            fpy, ptr = f"{py}.{f.name}", f"{b.key}/properties/{escape(wire)}"
            g = fb.get(wire)
            if g is None:
                self.add(
                    "field-removed",
                    fpy,
                    f"{a.key}/properties/{escape(wire)}",
                    f.name,
                    None,
                    f"property {wire!r} is gone",
                    side="old",
                )
                continue
            if f.name != g.name:
                self.add(
                    "field-renamed",
                    fpy,
                    ptr,
                    f.name,
                    g.name,
                    f"property {wire!r} is now the field {g.name}",
                )
            must_a, must_b = f.required and not f.has_default, g.required and not g.has_default
            if must_b and not must_a and request:
                self.add(
                    "field-became-required",
                    fpy,
                    ptr,
                    "optional",
                    "required",
                    f"property {wire!r} must now be given",
                )
            elif f.required and not g.required and response:
                self.add(
                    "field-may-be-unset",
                    fpy,
                    ptr,
                    "required",
                    "optional",
                    f"property {wire!r} may now be missing (UNSET)",
                )
            elif must_a and not must_b and request:
                self.add(
                    "field-became-optional",
                    fpy,
                    ptr,
                    "required",
                    "optional",
                    f"property {wire!r} is no longer required",
                )
            newly_null = isinstance(g.type, ir.Nullable) and not isinstance(f.type, ir.Nullable)
            rule = self.type_rule("field", sides, f.type, g.type)
            if (
                newly_null
                and response
                and self.types.relation(
                    f.type, g.type.inner if isinstance(g.type, ir.Nullable) else g.type
                )
                == SAME
            ):
                rule = "field-may-be-null"
            if rule:
                self.add(
                    rule,
                    fpy,
                    ptr,
                    show(f.type, self.da),
                    show(g.type, self.db),
                    f"property {wire!r}: type changed",
                )
            if (f.has_default, f.default) != (g.has_default, g.default):
                self.add(
                    "field-default-changed",
                    fpy,
                    ptr,
                    repr(f.default) if f.has_default else None,
                    repr(g.default) if g.has_default else None,
                    f"property {wire!r}: default changed",
                )
            if g.deprecated and not f.deprecated:
                self.add(
                    "field-deprecated",
                    fpy,
                    ptr,
                    None,
                    "deprecated",
                    f"property {wire!r} is deprecated",
                )
        for wire, g in fb.items():
            if wire in fa:
                continue
            must = g.required and not g.has_default
            self.add(
                "field-added-required" if must and request else "field-added",
                f"{py}.{g.name}",
                f"{b.key}/properties/{escape(wire)}",
                None,
                g.name,
                f"new {'required ' if must else ''}property {wire!r}",
            )

    def enum(self, py: str, a: ir.Enum, b: ir.Enum) -> None:
        mb = {m.value: m for m in b.members}
        ma = {m.value: m for m in a.members}
        for v, m in ma.items():
            if v not in mb:
                self.add(
                    "enum-member-removed",
                    f"{py}.{m.name}",
                    a.key,
                    repr(v),
                    None,
                    f"value {v!r} is gone",
                    side="old",
                )
            elif mb[v].name != m.name:
                self.add(
                    "enum-member-renamed",
                    f"{py}.{m.name}",
                    b.key,
                    m.name,
                    mb[v].name,
                    f"value {v!r} is now {mb[v].name}",
                )
        for v, m in mb.items():
            if v not in ma:
                self.add(
                    "enum-member-added",
                    f"{self.model_path(self.b, b)}.{m.name}",
                    b.key,
                    None,
                    repr(v),
                    f"new value {v!r}",
                )

    def alias(self, py: str, a: ir.Alias, b: ir.Alias, sides: set[str]) -> None:
        rule = self.type_rule("alias", sides, a.target, b.target)
        if rule:
            self.add(
                rule,
                py,
                b.key,
                show(a.target, self.da),
                show(b.target, self.db),
                f"{a.name} changed",
            )
        da, db = a.discriminator, b.discriminator
        if da is None or db is None:
            if da is not None:
                self.add(
                    "discriminator-changed",
                    py,
                    b.key,
                    da.property,
                    None,
                    "the union is no longer told apart by a tag",
                )
            return
        if da.property != db.property:
            self.add(
                "discriminator-changed",
                py,
                f"{b.key}/discriminator",
                da.property,
                db.property,
                "the tag property changed",
            )
            return
        tb = dict(db.mapping)
        for tag, key in da.mapping:
            if tag not in tb:
                self.add(
                    "discriminator-changed",
                    py,
                    f"{b.key}/discriminator",
                    tag,
                    None,
                    f"tag {tag!r} is gone",
                )
            elif self.kmap.get(key, key) != tb[tag]:
                self.add(
                    "discriminator-changed",
                    py,
                    f"{b.key}/discriminator",
                    f"{tag} -> {self.da[key].name if key in self.da else key}",
                    f"{tag} -> {self.db[tb[tag]].name if tb[tag] in self.db else tb[tag]}",
                    f"tag {tag!r} selects another model",
                )
        for tag, _ in db.mapping:
            if tag not in dict(da.mapping):
                self.add(
                    "discriminator-tag-added",
                    py,
                    f"{b.key}/discriminator",
                    None,
                    tag,
                    f"new tag {tag!r}",
                )

    def error_classes(self) -> None:
        def ident(e: ir.ErrorClass, mapped: bool) -> tuple[str, ir.TypeRef | None]:
            t = self.types.mapped(e.type) if mapped and e.type is not None else e.type
            return e.status, t

        eb = {ident(e, False): e for e in self.b.errors}
        by_status_b: dict[str, list[ir.ErrorClass]] = {}
        for e in self.b.errors:
            by_status_b.setdefault(e.status, []).append(e)
        by_status_a: dict[str, int] = {}
        for e in self.a.errors:
            by_status_a[e.status] = by_status_a.get(e.status, 0) + 1
        matched: set[str] = set()
        for e in self.a.errors:
            f = eb.get(ident(e, True))
            if f is None and by_status_a[e.status] == 1 and len(by_status_b.get(e.status, [])) == 1:
                f = by_status_b[e.status][0]
            py = f"{self.a.package}.errors.{e.name}"
            if f is None:
                self.add(
                    "error-class-removed",
                    py,
                    "#/paths",
                    e.name,
                    None,
                    f"no operation documents status {e.status} with this body any more",
                    side="old",
                )
                continue
            matched.add(f.name)
            if f.name != e.name:
                self.add(
                    "error-class-renamed",
                    py,
                    "#/paths",
                    e.name,
                    f.name,
                    f"status {e.status} now raises {f.name}",
                )
        names_a = {e.name for e in self.a.errors}
        for f in self.b.errors:
            if f.name not in matched and f.name not in names_a:
                self.add(
                    "error-class-added",
                    f"{self.b.package}.errors.{f.name}",
                    "#/paths",
                    None,
                    f.name,
                    f"new exception class for status {f.status}",
                )

    def api_level(self) -> None:
        if self.a.servers != self.b.servers:
            self.add(
                "servers-changed",
                f"{self.b.client_name}(server_url=)",
                "#/servers",
                " ".join(self.a.servers),
                " ".join(self.b.servers),
                "the default server changed",
            )
        if self.a.retries != self.b.retries:
            self.add(
                "retry-policy-changed",
                self.b.client_name,
                "#",
                _retry(self.a.retries),
                _retry(self.b.retries),
                "the client's default retry policy changed",
            )
        sa = {s.key: s for s in self.a.security}
        sb = {s.key: s for s in self.b.security}
        # A scheme whose key changed but which is sent the same way is the same credential.
        fresh = [t for k, t in sb.items() if k not in sa]
        for key, s in sa.items():
            ptr = f"#/components/securitySchemes/{escape(key)}"
            py = f"{self.a.client_name}({s.arg}=)"
            t = sb.get(key)
            if t is None:
                same = [
                    x for x in fresh if (x.placement, x.param_name) == (s.placement, s.param_name)
                ]
                t = same[0] if len(same) == 1 else None
                if t is not None:
                    fresh.remove(t)
            if t is None:
                self.add(
                    "credential-removed",
                    py,
                    ptr,
                    s.arg,
                    None,
                    f"security scheme {key!r} is no longer used",
                    side="old",
                )
                continue
            if t.arg != s.arg:
                self.add(
                    "credential-renamed",
                    py,
                    ptr,
                    s.arg,
                    t.arg,
                    f"security scheme {key!r} is now {t.arg}=",
                )
            if (s.placement, s.param_name) != (t.placement, t.param_name):
                self.add(
                    "security-changed",
                    py,
                    ptr,
                    f"{s.placement} {s.param_name}".strip(),
                    f"{t.placement} {t.param_name}".strip(),
                    f"security scheme {key!r} is sent another way",
                )
        for t in fresh:
            self.add(
                "credential-added",
                f"{self.b.client_name}({t.arg}=)",
                f"#/components/securitySchemes/{escape(t.key)}",
                None,
                t.arg,
                f"new security scheme {t.key!r}",
            )


def _retry(r: ir.Retries | None) -> str:
    if r is None:
        return "none"
    return (
        f"{r.initial_interval:g}s..{r.max_interval:g}s x{r.exponent:g}, "
        f"max {r.max_elapsed_time:g}s, on {','.join(r.status_codes)}"
    )


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    out: dict[tuple[str, str, str], Finding] = {}
    for f in findings:
        out.setdefault((f.rule, f.python, f.pointer), f)
    return sorted(out.values(), key=lambda f: (-RANK[f.level], f.python, f.rule))


def compare(old: ir.Api, new: ir.Api, old_file: str = "", new_file: str = "") -> list[Finding]:
    """Every finding, most severe first (no file lines yet: see :func:`locate`)."""
    return _dedupe(_Differ(old, new, old_file, new_file).run())


def locate(findings: list[Finding], texts: dict[str, str]) -> list[Finding]:
    """Findings with the line of their pointer (or its nearest ancestor) in their file.

    ``texts`` maps a finding's file name to the text read for it. Block-style YAML is scanned
    line by line for just the pointers asked for; anything else is parsed for its line map."""
    maps: dict[str, dict[str, tuple[int, int]]] = {}
    split: dict[str, list[str]] = {}
    out = []
    for f in findings:
        text = texts.get(f.file)
        if text is None:
            out.append(f)
            continue
        ptr = f.pointer.lstrip("#")
        line = None
        if not ptr:
            out.append(f)
            continue
        if f.file not in maps:
            if text.lstrip().startswith(("{", "[")):
                maps[f.file] = load.line_map(text)
            else:
                split.setdefault(f.file, text.splitlines())
                line = scan_line(split[f.file], ptr)
                if line is None:
                    maps[f.file] = load.line_map(text)
        if f.file in maps:
            place = nearest_position(ptr, maps[f.file])
            line = place[0] if place is not None else None
        out.append(attrs.evolve(f, line=line))
    return out


def _key_of(line: str) -> tuple[int, str] | None:
    """(indent, key) of a block mapping line ``  key: ...`` (``- key: ...`` counts the dash)."""
    stripped = line.lstrip(" ")
    indent = len(line) - len(stripped)
    if not stripped or stripped.startswith("#"):
        return None
    if stripped[0] in "'\"":
        end = stripped.find(stripped[0], 1)
        if end < 0 or not stripped[end + 1 :].lstrip().startswith(":"):
            return indent, ""
        return indent, stripped[1:end]
    key, sep, rest = stripped.partition(":")
    if not sep or (rest and not rest[0].isspace()):
        return indent, ""
    return indent, key.rstrip()


def scan_line(lines: list[str], pointer: str) -> int | None:
    """1-based line of ``pointer`` (or of its deepest ancestor found) in block-style YAML;
    ``None`` when the text does not look like block-style YAML at the top."""
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
    pos, parent, found = 0, -1, None
    for token in tokens:
        child_indent = None
        hit = None
        for i in range(pos, len(lines)):
            k = _key_of(lines[i])
            if k is None:
                continue
            indent, key = k
            if indent <= parent:
                break
            if child_indent is None:
                child_indent = indent
            if indent == child_indent and key == token:
                hit = i
                break
        if hit is None or child_indent is None:
            return found
        pos, parent, found = hit + 1, child_indent, hit + 1
    return found


def at_or_above(findings: Iterable[Finding], level: str) -> list[Finding]:
    if level == "never":
        return []
    return [f for f in findings if f.accepted is None and RANK[f.level] >= RANK[level]]


__all__ = ["RULES", "Finding", "at_or_above", "compare", "locate"]
