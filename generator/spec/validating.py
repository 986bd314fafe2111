"""Stage 2, run beside the later stages: openapi-spec-validator in a child process.

The validator is the slowest stage on large specs and shares nothing with the later ones, so
on platforms that can fork it runs in a child while this process resolves, builds, names and
renders; its findings are collected before anything is written.

Two ways to start the child:

- :func:`start` forks it once the document is repaired: the child finds the document in its
  copy of this process's memory, and imports openapi-spec-validator (about a sixth of a
  second) only then.
- :func:`early` forks it at once, before the caller has imported the rest of the generator or
  read the spec: the child imports openapi-spec-validator meanwhile, on the processor this
  process leaves idle, and :meth:`Early.start` hands it the document later (marshalled: a few
  milliseconds for a large spec). The command line does this.

Either way, should the child die, the document is checked in this process instead.
"""

from __future__ import annotations

import gc
import marshal
import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from ..model.diagnostics import Diagnostic
from . import validator_speed
from .validate import prepare, validate

Finish = Callable[[], list[Diagnostic]]
"""Wait for the child's findings (and end it)."""


def start(doc: dict[str, Any], again: Callable[[], dict[str, Any]] | None = None) -> Finish:
    """Run :func:`~generator.spec.validate.validate` on ``doc`` beside the rest of the
    pipeline; call the result to wait for it.

    The child checks the document as it was when it started, whatever the caller does to it
    after; should the child die, the document is checked here instead: ``again()`` (when
    given) gives it anew, for a caller that changes ``doc`` meanwhile.
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        result = validate(doc)
        return lambda: result
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
    receiver: Connection,
    proc: BaseProcess,
    again: Callable[[], dict[str, Any]],
    sending: threading.Thread | None = None,
) -> Finish:
    def finish() -> list[Diagnostic]:
        try:
            found: list[Diagnostic] = receiver.recv()
        except (EOFError, OSError):  # the child died; check here instead
            found = validate(again())
        finally:
            if sending is not None:
                sending.join()
            receiver.close()
            proc.join()
        return found

    return finish


class Early:
    """A validating child forked before its document exists (:func:`early`)."""

    def __init__(self, proc: BaseProcess, conn: Connection) -> None:
        self._proc = proc
        self._conn: Connection | None = conn

    def start(self, doc: dict[str, Any], again: Callable[[], dict[str, Any]]) -> Finish:
        """Hand ``doc`` to the child: as :func:`start` does, and once only."""
        conn, self._conn = self._conn, None
        if conn is None:
            raise RuntimeError("this child has been handed its document already")
        data = _packed(doc)
        # Sent from a thread: the child reads it only once its imports are done.
        sending = threading.Thread(target=_send, args=(conn, data), daemon=True)
        sending.start()
        return _finisher(conn, self._proc, again, sending)

    def cancel(self) -> None:
        """No document is coming (the run stopped before it had one): end the child. Does
        nothing once :meth:`start` has handed it its document."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        conn.close()
        self._proc.kill()
        self._proc.join()


def early() -> Early | None:
    """A validating child forked now, importing openapi-spec-validator while this process
    goes on; None where processes cannot fork (:func:`start` then checks in-process)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    ctx = multiprocessing.get_context("fork")
    ours, theirs = ctx.Pipe(duplex=True)
    proc = ctx.Process(target=_serve, args=(theirs, ours), daemon=True)
    proc.start()
    theirs.close()
    return Early(proc, ours)


def _serve(conn: Connection, parents_end: Connection) -> None:
    parents_end.close()  # else the child would never see the pipe's end when the parent goes
    gc.disable()  # a short-lived process: let it exit instead of collecting
    validator_speed.settings_without_pydantic()  # this process only validates
    try:
        prepare()
        conn.send(validate(_unpacked(conn.recv_bytes())))
    except EOFError:  # cancelled, or the parent is gone
        pass
    finally:
        conn.close()
        os._exit(0)


def _packed(doc: dict[str, Any]) -> bytes:
    """``doc`` as bytes: marshal carries every type JSON and YAML read into (and shared or
    cyclic containers) several times faster than pickle, which takes anything else."""
    try:
        return b"m" + marshal.dumps(doc)
    except ValueError:  # a type marshal does not carry
        return b"p" + pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)


def _unpacked(data: bytes) -> dict[str, Any]:
    """What :func:`_packed` made (in this process's parent: the bytes come from nowhere else)."""
    body = memoryview(data)[1:]
    if data[:1] == b"m":
        doc: dict[str, Any] = marshal.loads(body)  # noqa: S302 - see above
    else:
        doc = pickle.loads(body)  # noqa: S301 - see above
    return doc


def _send(conn: Connection, data: bytes) -> None:
    try:
        conn.send_bytes(data)
    except OSError:  # the child died: finishing finds out, and checks here instead
        pass
