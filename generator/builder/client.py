"""Stage 4, what applies to the whole client: servers, credentials, retries, alias cycles."""

from __future__ import annotations

from typing import Any

import attrs

from ..model import ir
from ..model.diagnostics import WARNING, Diagnostic, escape
from ..spec.walk import as_mapping


def server_list(doc: dict[str, Any]) -> tuple[ir.Server, ...]:
    """The servers with ids and variables; empty when no server has either."""
    out = []
    for s in doc.get("servers") or []:
        if not isinstance(s, dict):
            continue
        variables = []
        for name, var in as_mapping(s.get("variables")).items():
            if not isinstance(var, dict):
                continue
            enum = var.get("enum")
            variables.append(
                ir.ServerVariable(
                    wire=str(name),
                    default=str(var.get("default") if var.get("default") is not None else ""),
                    enum=tuple(str(e) for e in enum) if isinstance(enum, list) else (),
                    description=str(var.get("description") or "").strip(),
                )
            )
        out.append(
            ir.Server(
                url=str(s.get("url") or "/"),
                id=str(s.get("x-speakeasy-server-id") or ""),
                description=str(s.get("description") or "").strip(),
                variables=tuple(variables),
            )
        )
    if not any(s.id or s.variables for s in out):
        return ()
    return tuple(out)


def break_alias_cycles(decls: tuple[ir.Decl, ...]) -> tuple[ir.Decl, ...]:
    """Aliases that refer to themselves through other aliases (``A = dict[str, A] | B``) cannot be
    evaluated at import time; inside such a cycle, the self-reference becomes ``Any``."""
    aliases = {d.key: d for d in decls if isinstance(d, ir.Alias)}
    edges = {
        k: {n.key for n in ir.walk(a.target) if isinstance(n, ir.Ref) and n.key in aliases}
        for k, a in aliases.items()
    }
    cyclic: set[str] = set()
    for start in aliases:
        stack, seen = list(edges[start]), set()
        while stack:
            k = stack.pop()
            if k == start:
                cyclic.add(start)
                break
            if k not in seen:
                seen.add(k)
                stack.extend(edges[k])
    if not cyclic:
        return decls
    out = []
    for d in decls:
        if isinstance(d, ir.Alias) and d.key in cyclic:
            target = ir.replace(
                d.target, lambda n: ir.ANY if isinstance(n, ir.Ref) and n.key in cyclic else n
            )
            d = attrs.evolve(d, target=target, discriminator=None)
        out.append(d)
    return tuple(out)


def server_url(server: dict[str, Any]) -> str:
    url = str(server.get("url") or "/")
    for name, var in (server.get("variables") or {}).items():
        default = var.get("default") if isinstance(var, dict) else None
        url = url.replace("{" + str(name) + "}", str(default if default is not None else ""))
    return url


def security_schemes(doc: dict[str, Any], diags: list[Diagnostic]) -> dict[str, ir.SecurityScheme]:
    out: dict[str, ir.SecurityScheme] = {}
    for key, s in as_mapping(as_mapping(doc.get("components")).get("securitySchemes")).items():
        if not isinstance(s, dict):
            continue
        kind = s.get("type")
        desc = str(s.get("description") or "").strip()
        if kind == "http" and str(s.get("scheme", "")).lower() == "basic":
            out[key] = ir.SecurityScheme(key, "basic", description=desc)
        elif kind == "http" or kind in ("oauth2", "openIdConnect"):
            out[key] = ir.SecurityScheme(key, "bearer", description=desc)
        elif kind == "apiKey" and s.get("in") in ("header", "query", "cookie"):
            out[key] = ir.SecurityScheme(
                key, s["in"], param_name=str(s.get("name") or key), description=desc
            )
        elif kind == "mutualTLS":
            diags.append(
                Diagnostic(
                    WARNING,
                    "mutual TLS is set up on the connection pool (Transport(pool=urllib3."
                    "PoolManager(cert_file=..., key_file=...))), not by the client's arguments",
                    f"/components/securitySchemes/{escape(key)}",
                )
            )
        else:
            diags.append(
                Diagnostic(
                    WARNING,
                    f"security scheme type {kind!r} is not supported; send its credentials "
                    "with the client's headers=... or a call's extra_headers",
                    f"/components/securitySchemes/{escape(key)}",
                )
            )
    return out


def security_of(value: Any, schemes: dict[str, ir.SecurityScheme]) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for req in value:
        if isinstance(req, dict):
            names = tuple(k for k in req if k in schemes)
            if len(names) == len(req):
                out.append(names)
    return tuple(out)


def retries_of(holder: dict[str, Any], ptr: str, diags: list[Diagnostic]) -> ir.Retries | None:
    """The retry policy of ``x-speakeasy-retries`` (or ``x-retries``) and ``x-retry-strategy``;
    a malformed one is ignored with a warning."""
    key = "x-speakeasy-retries" if "x-speakeasy-retries" in holder else "x-retries"
    r = holder.get(key)
    strategy = holder.get("x-retry-strategy")
    if r is None and strategy is None:
        return None
    r = {} if r is None else r
    strategy = {} if strategy is None else strategy
    backoff = r.get("backoff", {}) if isinstance(r, dict) else None
    codes = r.get("statusCodes", ["5XX"]) if isinstance(r, dict) else None
    numbers: list[Any] = []
    if isinstance(backoff, dict):
        numbers += [backoff.get(k, 0) for k in ("initialInterval", "maxInterval", "exponent")]
        numbers.append(backoff.get("maxElapsedTime", 0))
    if isinstance(strategy, dict):
        numbers += [strategy.get(k, 0) for k in ("initialDelay", "maxDelay", "maxAttempts")]
    else:
        numbers.append(None)
    if not (
        isinstance(backoff, dict)
        and isinstance(codes, list)
        and all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in numbers)
    ):
        diags.append(Diagnostic(WARNING, f"{key} / x-retry-strategy is malformed; ignored", ptr))
        return None
    assert isinstance(strategy, dict)
    return ir.Retries(
        initial_interval=float(backoff.get("initialInterval", strategy.get("initialDelay", 500)))
        / 1000,
        max_interval=float(backoff.get("maxInterval", strategy.get("maxDelay", 60000))) / 1000,
        exponent=float(backoff.get("exponent", 1.5)),
        max_elapsed_time=float(backoff.get("maxElapsedTime", 3600000)) / 1000,
        max_attempts=int(strategy["maxAttempts"]) if "maxAttempts" in strategy else None,
        status_codes=tuple(str(c) for c in codes),
        retry_connection_errors=bool(r.get("retryConnectionErrors", True)),
    )
