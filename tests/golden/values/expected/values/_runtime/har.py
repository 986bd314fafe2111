"""Recording the client's traffic as HAR 1.2, credentials redacted.

A :class:`HarRecorder` wraps the connection pool of a :class:`Transport`: every request the client
sends and every response it reads is written to the HAR file once the response has been read to
its end (or closed), so a streamed response is recorded with the events the caller consumed.
The file is rewritten after each exchange, so it is complete whenever the program stops.

Redacted (replaced by ``REDACTED``): the ``Authorization``, ``Proxy-Authorization``, ``Cookie``
and ``Set-Cookie`` headers, and every header and query parameter named by a security scheme of
the API.
"""

from __future__ import annotations

import base64
import datetime
import json
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import urllib3

REDACTED = "REDACTED"
ALWAYS_SECRET = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie"}
)


class HarRecorder:
    """Collects exchanges and writes them to ``path`` as a HAR 1.2 log."""

    def __init__(
        self,
        path: str | Path,
        *,
        secret_headers: Iterable[str] = (),
        secret_query: Iterable[str] = (),
        creator: str = "generated-client",
    ) -> None:
        self.path = Path(path)
        self.secret_headers = ALWAYS_SECRET | {h.lower() for h in secret_headers}
        self.secret_query = frozenset(secret_query)
        self.creator = creator
        self.entries: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def pool(self, **kwargs: Any) -> RecordingPool:
        """A connection pool that records here (``kwargs`` go to ``urllib3.PoolManager``)."""
        return RecordingPool(self, **kwargs)

    def proxy(self, proxy_url: str) -> RecordingProxy:
        """A manager for ``proxy_url`` that records here (:attr:`Transport.proxy_manager`)."""
        return RecordingProxy(self, proxy_url)

    def _headers(self, headers: Mapping[str, str]) -> list[dict[str, str]]:
        return [
            {
                "name": k,
                "value": REDACTED if k.lower() in self.secret_headers else str(v),
            }
            for k, v in headers.items()
        ]

    def _url(self, url: str) -> tuple[str, list[dict[str, str]]]:
        parts = urlsplit(url)
        query = [
            (k, REDACTED if k in self.secret_query else v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
        ]
        safe = urlunsplit(parts._replace(query=urlencode(query)))
        return safe, [{"name": k, "value": v} for k, v in query]

    def record(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        response: urllib3.BaseHTTPResponse,
        content: bytes,
        started: datetime.datetime,
    ) -> None:
        safe_url, query = self._url(url)
        request: dict[str, Any] = {
            "method": method,
            "url": safe_url,
            "httpVersion": "HTTP/1.1",
            "headers": self._headers(headers),
            "queryString": query,
            "cookies": [],
            "headersSize": -1,
            "bodySize": len(body or b""),
        }
        if body:
            mime = next(
                (v for k, v in headers.items() if k.lower() == "content-type"), ""
            )
            request["postData"] = {
                "mimeType": mime,
                "text": body.decode("utf-8", "replace"),
            }
        mime = response.headers.get("content-type", "")
        body_content: dict[str, Any] = {"size": len(content), "mimeType": mime}
        try:
            body_content["text"] = content.decode("utf-8")
        except UnicodeDecodeError:
            body_content["text"] = base64.b64encode(content).decode("ascii")
            body_content["encoding"] = "base64"
        entry = {
            "startedDateTime": started.isoformat(),
            "time": -1,
            "request": request,
            "response": {
                "status": response.status,
                "statusText": response.reason or "",
                "httpVersion": "HTTP/1.1",
                "headers": self._headers(dict(response.headers.items())),
                "cookies": [],
                "content": body_content,
                "redirectURL": "",
                "headersSize": -1,
                "bodySize": len(content),
            },
            "cache": {},
            "timings": {"send": -1, "wait": -1, "receive": -1},
        }
        with self._lock:
            self.entries.append(entry)
            self._save()

    def _save(self) -> None:
        log = {
            "log": {
                "version": "1.2",
                "creator": {"name": self.creator, "version": "1"},
                "entries": self.entries,
            }
        }
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(log, indent=1, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.path)


class _Recording:
    """Mixed into a urllib3 pool manager: every response it opens is recorded."""

    recorder: HarRecorder

    def urlopen(
        self, method: str, url: str, redirect: bool = True, **kw: Any
    ) -> urllib3.BaseHTTPResponse:
        started = datetime.datetime.now(datetime.UTC)
        opened: urllib3.BaseHTTPResponse = super().urlopen(  # type: ignore[misc]
            method, url, redirect=redirect, **kw
        )
        headers: Mapping[str, str] = kw.get("headers") or {}
        body = kw.get("body")

        def done(content: bytes) -> None:
            raw = body if isinstance(body, bytes) else None
            self.recorder.record(method, url, headers, raw, opened, content, started)

        return cast(urllib3.BaseHTTPResponse, _Tee(opened, done))


class RecordingPool(_Recording, urllib3.PoolManager):  # type: ignore[misc]
    """A connection pool (use it as :attr:`Transport.pool`) that records what passes through."""

    def __init__(self, recorder: HarRecorder, **kwargs: Any) -> None:
        kwargs.setdefault("retries", False)
        super().__init__(**kwargs)
        self.recorder = recorder


class RecordingProxy(_Recording, urllib3.ProxyManager):  # type: ignore[misc]
    """A proxy manager (what :class:`Transport` uses for a configured proxy) that records."""

    def __init__(self, recorder: HarRecorder, proxy_url: str, **kwargs: Any) -> None:
        kwargs.setdefault("retries", False)
        super().__init__(proxy_url, **kwargs)
        self.recorder = recorder


class _Tee:
    """Reads like the response it wraps; hands the body to ``done`` once it has been read to
    the end or the response is closed."""

    def __init__(
        self, inner: urllib3.BaseHTTPResponse, done: Callable[[bytes], None]
    ) -> None:
        self._inner = inner
        self._done = done
        self._seen = bytearray()
        self._recorded = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def _finish(self) -> None:
        if not self._recorded:
            self._recorded = True
            self._done(bytes(self._seen))

    def read(self, amt: int | None = None, **kwargs: Any) -> bytes:
        chunk = self._inner.read(amt, **kwargs)
        self._seen += chunk
        if not chunk or amt is None:
            self._finish()
        return chunk

    def read1(self, amt: int | None = None, **kwargs: Any) -> bytes:
        chunk = self._inner.read1(amt, **kwargs)
        self._seen += chunk
        if not chunk:
            self._finish()
        return chunk

    @property
    def data(self) -> bytes:
        if not self._recorded:
            self.read()
        return bytes(self._seen)

    def close(self) -> None:
        self._finish()
        self._inner.close()
