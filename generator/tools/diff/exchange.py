"""Comparing what a method sends and returns: request bodies, statuses, return and stream
types, retries and servers."""

from __future__ import annotations

from ...model import ir
from ...model.diagnostics import escape
from .base import DifferBase
from .relations import REQUEST, RESPONSE, op_pointer, plain_return, retry_text, show, sse_response


class ExchangeDiff(DifferBase):
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
        where, where_a = f"{ptr}/responses", f"{op_pointer(oa)}/responses"
        ok_a, ok_b = {r.status for r in oa.responses}, {r.status for r in ob.responses}
        self._statuses("success", pa, where, where_a, ok_a, ok_b)
        ra, rb = plain_return(oa), plain_return(ob)
        sa, sb = sse_response(oa), sse_response(ob)
        self._return_type(pa, where, oa, ob)
        self._stream(pa, where, where_a, (ra, sa), (rb, sb))
        ea, eb = {r.status for r in oa.errors}, {r.status for r in ob.errors}
        self._statuses("error", pa, where, where_a, ea, eb)
        self._settings(pa, ptr, oa, ob)

    def _statuses(
        self, kind: str, pa: str, where: str, where_a: str, old: set[str], new: set[str]
    ) -> None:
        """Documented ``kind`` (success or error) statuses gone or added."""
        for s in sorted(old - new):
            self.add(
                f"{kind}-status-removed",
                pa,
                f"{where_a}/{escape(s)}",
                s,
                None,
                f"{kind} status {s} is no longer documented",
                side="old",
            )
        for s in sorted(new - old):
            self.add(
                f"{kind}-status-added",
                pa,
                f"{where}/{escape(s)}",
                None,
                s,
                f"new {kind} status {s}",
            )

    def _return_type(self, pa: str, where: str, oa: ir.Operation, ob: ir.Operation) -> None:
        ra, rb = plain_return(oa), plain_return(ob)
        sa, sb = sse_response(oa), sse_response(ob)
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

    def _stream(
        self,
        pa: str,
        where: str,
        where_a: str,
        old: tuple[ir.TypeRef | None, ir.Response | None],
        new: tuple[ir.TypeRef | None, ir.Response | None],
    ) -> None:
        """The ``stream=True`` overload: gone, added, or its event type changed."""
        (ra, sa), (rb, sb) = old, new
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

    def _settings(self, pa: str, ptr: str, oa: ir.Operation, ob: ir.Operation) -> None:
        if oa.retries != ob.retries:
            self.add(
                "retry-policy-changed",
                pa,
                ptr,
                retry_text(oa.retries),
                retry_text(ob.retries),
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
