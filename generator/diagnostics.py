"""Problems found in a spec, as values: every stage returns them, the CLI prints them all."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

ERROR = "error"
WARNING = "warning"


@attrs.frozen
class Diagnostic:
    level: str
    message: str
    pointer: str = ""
    """JSON pointer into the spec (``/paths/~1images/post``), empty for the whole document."""
    line: int | None = None
    file: str = ""

    def located(self, file: str, lines: Mapping[str, int]) -> Diagnostic:
        """This diagnostic with the file and the nearest known line of its pointer."""
        return attrs.evolve(self, file=file, line=self.line or nearest_line(self.pointer, lines))

    def format(self) -> str:
        where = self.file or "<spec>"
        if self.line is not None:
            where += f":{self.line}"
        pointer = f" at #{self.pointer}" if self.pointer else ""
        return f"{where}: {self.level}{pointer}: {self.message}"


def nearest_line(pointer: str, lines: Mapping[str, int]) -> int | None:
    """The line of ``pointer`` or of its closest ancestor that has one."""
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
