"""Comparing what belongs to the whole client: error classes, servers, retries, credentials."""

from __future__ import annotations

from ...model import ir
from ...model.diagnostics import escape
from .base import DifferBase
from .relations import retry_text


class ApiDiff(DifferBase):
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
                retry_text(self.a.retries),
                retry_text(self.b.retries),
                "the client's default retry policy changed",
            )
        self._credentials()

    def _credentials(self) -> None:
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
