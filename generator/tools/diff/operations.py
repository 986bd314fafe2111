"""Comparing the client surface: groups, methods, parameters, bodies and return types."""

from __future__ import annotations

from ...model import ir
from ...model.diagnostics import escape
from .exchange import ExchangeDiff
from .relations import REQUEST, op_pointer, ops_by_key, path_param_names, show

_Ops = dict[str, tuple[ir.Group, ir.Operation]]


class OperationDiff(ExchangeDiff):
    def surface(self) -> None:
        ops_a, ops_b = ops_by_key(self.a), ops_by_key(self.b)
        renamed = self._groups(ops_a, ops_b)
        self._methods(ops_a, ops_b, renamed)

    def _groups(self, ops_a: _Ops, ops_b: _Ops) -> dict[str, str]:
        """Groups (client attributes) gone, added or renamed: old name -> new for the renamed."""
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
        return renamed

    def _methods(self, ops_a: _Ops, ops_b: _Ops, renamed: dict[str, str]) -> None:
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
        self._params(pa, ptr, oa, ob)
        self.body(pa, ptr, op_pointer(oa), oa.body, ob.body)
        self.returns(pa, ptr, oa, ob)

    def _params(self, pa: str, ptr: str, oa: ir.Operation, ob: ir.Operation) -> None:
        params_b = {(p.location, p.wire): p for p in ob.params}
        params_a = {(p.location, p.wire): p for p in oa.params}
        # A path parameter is the same one at the same place in the template, whatever its name.
        names_a, names_b = path_param_names(oa.path), path_param_names(ob.path)
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
            self._param(pa, where, p, q)
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

    def _param(self, pa: str, where: str, p: ir.Param, q: ir.Param) -> None:
        """One parameter in both: renamed, required or not, its type, deprecated."""
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
