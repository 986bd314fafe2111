"""Problems found in a spec, as values: every stage returns them, the CLI prints them all."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

ERROR = "error"
WARNING = "warning"

Position = tuple[int, int]
"""1-based line and column of a place in the spec's text."""


@attrs.frozen
class Diagnostic:
    level: str
    message: str
    pointer: str = ""
    """JSON pointer into the spec (``/paths/~1images/post``), empty for the whole document."""
    line: int | None = None
    file: str = ""
    column: int | None = None

    def located(self, file: str, lines: Mapping[str, Position]) -> Diagnostic:
        """This diagnostic with the file and the nearest known line and column of its pointer."""
        if self.line is not None:
            return attrs.evolve(self, file=file)
        place = nearest_position(self.pointer, lines)
        if place is None:
            return attrs.evolve(self, file=file)
        return attrs.evolve(self, file=file, line=place[0], column=place[1])

    def format(self) -> str:
        """``file:line:col: level: #pointer: message``, one line."""
        where = self.file or "<spec>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        pointer = f" #{self.pointer}:" if self.pointer else ""
        message = " ".join(self.message.split())
        return f"{where}: {self.level}:{pointer} {message}"


def nearest_position(pointer: str, lines: Mapping[str, Position]) -> Position | None:
    """The position of ``pointer`` or of its closest ancestor that has one."""
    while True:
        if pointer in lines:
            return lines[pointer]
        if not pointer:
            return None
        pointer = pointer.rsplit("/", 1)[0]


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: object) -> str:
    return "".join("/" + escape(str(t)) for t in tokens)


def errors(diags: Iterable[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diags if d.level == ERROR]


class SpecError(Exception):
    """Raised by the pipeline when a spec cannot be turned into a client."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__(f"{len(diagnostics)} problem(s)")
        self.diagnostics = diagnostics
