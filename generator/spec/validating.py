"""Stages 1 and 2, beside the later stages: reading, repairing and validating the spec in a
child process.

openapi-spec-validator is the slowest stage on large specs and shares nothing with the later
ones, so on platforms that can fork it runs in a child while this process resolves, builds,
names and renders; its findings are collected before anything is written.

Two ways to start the child:

- :func:`start` forks it once the document is repaired: the child finds the document in its
  copy of this process's memory, and imports openapi-spec-validator (about a tenth of a
  second) only then.
- :func:`early` forks it at once, before the caller has imported the rest of the generator:
  the child reads and repairs the spec on the processor this process leaves idle while it
  imports, hands this process the repaired document (marshalled: a few milliseconds for a
  large spec), then imports openapi-spec-validator and checks the document. It also finds the
  lines of this process's own diagnostics, from the line map reading a YAML spec gave it. The
  command line does this.

Either way, should the child die, this process does its part instead.
"""

from __future__ import annotations

import gc
import marshal
import os
import signal
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ..model.diagnostics import ERROR, Diagnostic, Position, SpecError, nearest_position
from . import load, validator_speed
from .validate import prepare, repaired, validate

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

Finish = Callable[[], list[Diagnostic]]
"""Wait for the child's findings (and end it)."""


def start(doc: dict[str, Any], again: Callable[[], dict[str, Any]] | None = None) -> Finish:
    """Run :func:`~generator.spec.validate.validate` on ``doc`` beside the rest of the
    pipeline; call the result to wait for it.

    The child checks the document as it was when it started, whatever the caller does to it
    after; should the child die, the document is checked here instead: ``again()`` (when
    given) gives it anew, for a caller that changes ``doc`` meanwhile.
    """
    if not _can_fork():
        result = validate(doc)
        return lambda: result
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)
    # The child finds the document in _FOR_CHILD, copied with the rest of the memory when it
    # forks; a Process keeps its arguments, and the document would live as long as it does.
    proc = ctx.Process(target=_validate_in_child, args=(sender,), daemon=True)
    _FOR_CHILD.append(doc)
    gc.freeze()  # the child leaves the parent's objects alone: no copy-on-write churn
    try:
        proc.start()
    finally:
        gc.unfreeze()
        _FOR_CHILD.clear()
    sender.close()
    return _finisher(receiver, proc, again or (lambda: doc))


def _can_fork() -> bool:
    return hasattr(os, "fork")


_FOR_CHILD: list[dict[str, Any]] = []
"""The document being handed to a child that is starting (empty at any other time)."""


def _validate_in_child(sender: Connection) -> None:
    gc.disable()  # a short-lived process: let it exit instead of collecting
    validator_speed.settings_without_pydantic()  # this process only validates
    try:
        sender.send(validate(_FOR_CHILD[0]))
    finally:
        sender.close()
        os._exit(0)


def _finisher(
    receiver: Connection, proc: BaseProcess, again: Callable[[], dict[str, Any]]
) -> Finish:
    def finish() -> list[Diagnostic]:
        try:
            found: list[Diagnostic] = receiver.recv()
        except (EOFError, OSError):  # the child died; check here instead
            found = validate(again())
        finally:
            receiver.close()
            proc.join()
        return found

    return finish


@attrs.frozen
class Repaired:
    """What an early child (:func:`early`) hands over: the spec as :func:`validate.repaired`
    gives it (its diagnostics not located yet: the child places them at the end)."""

    loaded: load.Loaded
    """The spec read, without its tree or line map (the child keeps that)."""
    doc: dict[str, Any]
    diagnostics: list[Diagnostic]


Lines = Mapping[str, Position]


class Early:
    """A child forked before the spec is read (:func:`early`)."""

    def __init__(self, spec: str, pid: int, reading: int, writing: int) -> None:
        self.spec = spec
        """The spec the child reads."""
        self._pid: int | None = pid
        self._reading = reading
        self._writing = writing
        self.exitcode: int | None = None

    def repaired(self) -> Repaired | None:
        """The spec read and repaired by the child (waiting for it); None when the child died
        first, and the caller is to read it itself. Raises the :class:`SpecError` reading or
        repairing the spec met."""
        if self._pid is None:
            return None
        try:
            (kind, *rest), doc_bytes = _receive(self._reading)
        except EOFError:
            self.cancel()
            return None
        if kind == "error":
            self.cancel()
            raise SpecError(_diagnostics(rest[0]))
        loaded_fields, problems, diags = rest
        loaded = load.Loaded(
            **loaded_fields, text="", data=None, problems=tuple(_diagnostics(problems))
        )
        return Repaired(loaded, _unpacked(doc_bytes), _diagnostics(diags))

    def finish(self, got: Repaired, pointers: Iterable[str]) -> tuple[list[Diagnostic], Lines]:
        """The child's findings on the document it handed over, and where each of ``pointers``
        and each finding's pointer (and the document itself) is in the spec; should the child
        die, found here instead."""
        asked = sorted(set(pointers))
        try:
            _send(self._writing, ("where", asked))
            (_, found, places), _ = _receive(self._reading)
        except (EOFError, OSError):  # the child died: do its part here
            self.cancel()
            loaded = load.load(self.spec)
            if loaded.sha256 != got.loaded.sha256:
                raise SpecError(
                    [Diagnostic(ERROR, "the spec changed while it was read; run again")]
                ) from None
            lines = loaded.lines()
            return validate(repaired(loaded)[1]), lines
        self._end()
        return _diagnostics(found), places

    def cancel(self) -> None:
        """End the child (the run stopped early, or is done with it). Does nothing once the
        child has ended."""
        if self._pid is None:
            return
        try:
            os.kill(self._pid, signal.SIGKILL)
        except ProcessLookupError:  # pragma: no cover - it ended on its own
            pass
        self._end()

    def _end(self) -> None:
        pid, self._pid = self._pid, None
        for fd in (self._reading, self._writing):
            try:
                os.close(fd)
            except OSError:  # pragma: no cover - closed already
                pass
        if pid is not None:
            _, status = os.waitpid(pid, 0)
            self.exitcode = os.waitstatus_to_exitcode(status)


def early(spec: str | os.PathLike[str]) -> Early | None:
    """A child forked now that reads, repairs and then validates ``spec`` while this process
    goes on; None where processes cannot fork (the pipeline then does it all itself)."""
    if not _can_fork():
        return None
    down_r, down_w = os.pipe()  # this process -> the child
    up_r, up_w = os.pipe()  # the child -> this process
    _widen(up_w)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child (its work is checked through the parent)
        os.close(down_w)
        os.close(up_r)
        _serve(str(spec), down_r, up_w)
    os.close(down_r)
    os.close(up_w)
    return Early(str(spec), pid, up_r, down_w)


def _widen(fd: int) -> None:
    """The pipe behind ``fd`` holding up to a MiB (Linux), so that a document passes in a few
    writes instead of many: the default 64 KiB is a switch between the processes each."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 1 << 20)
    except (ImportError, AttributeError, OSError):  # elsewhere, or a lower system limit
        pass


def _serve(spec: str, reading: int, writing: int) -> None:  # pragma: no cover - in the child
    gc.disable()  # a short-lived process: let it exit instead of collecting
    validator_speed.settings_without_pydantic()  # this process only validates
    try:
        try:
            loaded, doc, diags = repaired(load.load(spec))
        except SpecError as exc:
            _send(writing, ("error", _tuples(exc.diagnostics)))
            return
        handing = _handed(writing, loaded, doc, diags)
        prepare()
        found = validate(doc)
        handing.join()
        (_, asked), _ = _receive(reading)
        wanted = {"", *asked, *(d.pointer for d in found)}
        lines = loaded.lines() if any(wanted) else {}
        places = {p: place for p in wanted if (place := nearest_position(p, lines)) is not None}
        _send(writing, ("found", _tuples(found), places))
    except (EOFError, OSError):  # cancelled, or the parent is gone
        pass
    finally:
        os._exit(0)


def _handed(
    writing: int, loaded: load.Loaded, doc: dict[str, Any], diags: list[Diagnostic]
) -> threading.Thread:  # pragma: no cover - in the child
    """The repaired spec sent to the parent from a thread: this process goes on to import
    the validator while the parent reads it. Without its text, which the parent has no use
    for (should this process die, the parent reads the spec again)."""
    fields = {"path": loaded.path, "string_keys": loaded.string_keys, "sha256": loaded.sha256}
    message = ("repaired", fields, _tuples(loaded.problems), _tuples(diags))
    sending = threading.Thread(
        target=_send_quietly, args=(writing, message, _packed(doc)), daemon=True
    )
    sending.start()
    return sending


def _send_quietly(writing: int, message: tuple[Any, ...], payload: bytes) -> None:
    try:  # pragma: no cover - in the child
        _send(writing, message, payload)
    except OSError:  # pragma: no cover - the parent is gone
        pass


_FIELDS = [f.name for f in attrs.fields(Diagnostic)]


def _tuples(diags: Iterable[Diagnostic]) -> list[tuple[Any, ...]]:
    return [tuple(getattr(d, name) for name in _FIELDS) for d in diags]


def _diagnostics(rows: Iterable[tuple[Any, ...]]) -> list[Diagnostic]:
    return [Diagnostic(**dict(zip(_FIELDS, row, strict=True))) for row in rows]


def _send(fd: int, message: tuple[Any, ...], payload: bytes = b"") -> None:
    """One message, marshalled, and bytes beside it (a marshalled document), their lengths
    first."""
    data = marshal.dumps(message)
    head = len(data).to_bytes(8, "little") + len(payload).to_bytes(8, "little")
    views = [memoryview(head), memoryview(data), memoryview(payload)]
    while views:
        written = os.writev(fd, views)
        while views and written >= len(views[0]):
            written -= len(views[0])
            views.pop(0)
        if views:
            views[0] = views[0][written:]


def _receive(fd: int) -> tuple[tuple[Any, ...], bytes]:
    """One message :func:`_send` sent, and the bytes beside it; EOFError when the other end
    closed first."""
    head = _exactly(fd, 16)
    size, payload = int.from_bytes(head[:8], "little"), int.from_bytes(head[8:], "little")
    message: tuple[Any, ...] = marshal.loads(_exactly(fd, size))  # noqa: S302 - from our own child or parent
    return message, _exactly(fd, payload)


def _exactly(fd: int, size: int) -> bytes:
    parts = []
    while size:
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            raise EOFError
        parts.append(chunk)
        size -= len(chunk)
    return b"".join(parts)


def _packed(doc: dict[str, Any]) -> bytes:
    """``doc`` as bytes: marshal carries every type JSON and YAML read into (and shared or
    cyclic containers) several times faster than pickle, which takes anything else."""
    try:
        return b"m" + marshal.dumps(doc)
    except ValueError:  # a type marshal does not carry
        import pickle

        return b"p" + pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)


def _unpacked(data: bytes) -> dict[str, Any]:
    """What :func:`_packed` made (in this process's child: the bytes come from nowhere else)."""
    body = memoryview(data)[1:]
    if data[:1] == b"m":
        doc: dict[str, Any] = marshal.loads(body)  # noqa: S302 - see above
    else:
        import pickle

        doc = pickle.loads(body)  # noqa: S301 - see above
    return doc
