"""Stage 1: read a spec file (YAML or JSON) into plain data, and map JSON pointers to lines."""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from ..model.diagnostics import ERROR, WARNING, Diagnostic, Position, SpecError, escape

# PyYAML (and yaml_events, built on it) is imported where a YAML text is read: a JSON spec's
# run does without it.

# YAML 1.2 core schema (what OpenAPI 3.x documents are written in), not PyYAML's YAML 1.1 rules:
# ``1e-5`` is a float, ``yes``/``on``/``y`` are strings, ``1:30`` is a string, ``0o17`` is octal,
# ``017`` is decimal, and there are no implicit timestamps (``2024-01-01`` stays a string, as in
# JSON). Merge keys (``<<``) are kept: real specs use them.
_CORE_RESOLVERS: tuple[tuple[str, str, str], ...] = (
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", "~nN"),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+.0123456789",
    ),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", "<"),
)


def core_resolvers() -> dict[str | None, list[tuple[str, re.Pattern[str]]]]:
    """PyYAML's ``yaml_implicit_resolvers`` table for the YAML 1.2 core schema."""
    table: dict[str | None, list[tuple[str, re.Pattern[str]]]] = {"": []}
    for tag, regexp, first in _CORE_RESOLVERS:
        pattern = re.compile(regexp)
        for ch in first:
            table.setdefault(ch, []).append((tag, pattern))
    table[""].append(("tag:yaml.org,2002:null", re.compile(_CORE_RESOLVERS[0][1])))
    return table


def core_int(text: str) -> int:
    """An integer scalar by the YAML 1.2 core schema (decimal, ``0o`` octal, ``0x`` hex)."""
    sign = -1 if text.startswith("-") else 1
    digits = text.lstrip("+-")
    if digits.startswith("0o"):
        return sign * int(digits[2:], 8)
    if digits.startswith("0x"):
        return sign * int(digits[2:], 16)
    return sign * int(digits, 10)


def core_float(text: str) -> float:
    """A float scalar by the YAML 1.2 core schema (``.inf``, ``-.inf``, ``.nan`` included)."""
    lowered = text.lower()
    if lowered.endswith(".inf"):
        return float("-inf") if lowered.startswith("-") else float("inf")
    if lowered == ".nan":
        return float("nan")
    return float(text)


def spec_loader(base: Any) -> Any:
    """A subclass of the safe loader ``base`` (PyYAML's C or pure-Python one) that reads
    scalars by the YAML 1.2 core schema rules (see ``_CORE_RESOLVERS``)."""

    class SpecLoader(base):  # type: ignore[misc]
        yaml_implicit_resolvers = core_resolvers()

        def construct_yaml_int(self, node: Any) -> int:
            return core_int(self.construct_scalar(node))

        def construct_yaml_float(self, node: Any) -> float:
            return core_float(self.construct_scalar(node))

    SpecLoader.add_constructor("tag:yaml.org,2002:int", SpecLoader.construct_yaml_int)
    SpecLoader.add_constructor("tag:yaml.org,2002:float", SpecLoader.construct_yaml_float)
    return SpecLoader


@functools.cache
def yaml_loader() -> Any:
    """:func:`spec_loader` of PyYAML's C safe loader (its pure-Python one where there is no C
    one); PyYAML is imported on first use."""
    import yaml

    return spec_loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@attrs.frozen
class Loaded:
    path: str
    text: str
    data: Any
    known_lines: Mapping[str, Position] | None = None
    """The line map, when reading the spec gave it for free (YAML: see :func:`parse_yaml`)."""
    problems: tuple[Diagnostic, ...] = ()
    """Warnings from reading the text (a key repeated in a mapping)."""
    string_keys: bool = False
    """Every mapping key in ``data`` is a string already (JSON's always are; YAML reads ``200:``
    as a number)."""
    sha256: str = ""
    """The sha256 of the file's bytes as read (what the stamp records)."""

    @property
    def name(self) -> str:
        """The file's name without its folder (what the stamp records)."""
        return Path(self.path).name

    def lines(self) -> Mapping[str, Position]:
        """JSON pointer -> 1-based (line, column); computed on demand (only when there is a
        problem), unless reading the spec gave it for free."""
        return self.known_lines if self.known_lines is not None else line_map(self.text)

    def located(
        self, diags: Iterable[Diagnostic], lines: Mapping[str, Position] | None = None
    ) -> list[Diagnostic]:
        """``diags`` with this file and the nearest line and column of each one's pointer
        (``lines``: where the pointers are, when that is known already). Where no diagnostic
        has a pointer, none is given a line."""
        diags = list(diags)
        if not any(d.pointer for d in diags):
            lines = {}
        elif lines is None:
            lines = self.lines()
        return [d.located(self.path, lines) for d in diags]


def load(path: str | Path) -> Loaded:
    """Read and parse ``path``; a :class:`SpecError` names the file and line of any problem."""
    p = Path(path)
    name = str(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise SpecError(
            [Diagnostic(ERROR, f"cannot read the spec: {exc.strerror}", file=name)]
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError(
            [Diagnostic(ERROR, f"not UTF-8 text (byte {exc.start})", file=name)]
        ) from None
    return from_text(text, name, hashlib.sha256(raw).hexdigest())


def from_text(text: str, name: str, sha256: str = "") -> Loaded:
    """Parse ``text`` read from the file ``name`` (whose bytes hash to ``sha256``)."""
    if _is_json(text):
        data, repeats = _parse_json(text, name)
        return Loaded(name, text, data, problems=repeats, string_keys=True, sha256=sha256)
    from . import yaml_events

    fast = yaml_events.read_with_lines(text, yaml_loader())
    if fast is not None:
        return Loaded(name, text, fast[0], fast[1], string_keys=fast[2], sha256=sha256)
    data, lines, repeated = _parse_yaml_tree(text, name)
    return Loaded(name, text, data, lines, problems=tuple(repeated), sha256=sha256)


def _is_json(text: str) -> bool:
    return text.lstrip().startswith(("{", "["))


def parse(text: str, name: str = "<spec>") -> Any:
    if _is_json(text):
        return _parse_json(text, name)[0]
    return parse_yaml(text, name)[0]


def _parse_json(text: str, name: str) -> tuple[Any, tuple[Diagnostic, ...]]:
    """The data of a JSON text, and a warning for each key an object has twice (JSON, like
    YAML, keeps the last)."""
    seen_twice = False

    def members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal seen_twice
        made = dict(pairs)
        seen_twice = seen_twice or len(made) != len(pairs)
        return made

    try:
        data = json.loads(text, object_pairs_hook=members)
    except json.JSONDecodeError as exc:
        raise SpecError(
            [
                Diagnostic(
                    ERROR, f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno, file=name
                )
            ]
        ) from None
    if not seen_twice:
        return data, ()
    repeated: list[tuple[str, Position, Position]] = []
    json_positions(text, repeated)
    return data, tuple(_repeated_key(ptr, first, last) for ptr, first, last in repeated)


def _repeated_key(ptr: str, first: Position, last: Position) -> Diagnostic:
    key = ptr.rsplit("/", 1)[1].replace("~1", "/").replace("~0", "~")
    return Diagnostic(
        WARNING,
        f"key {key!r} appears more than once in this mapping (lines {first[0]} and {last[0]}); "
        f"the last one is kept, the one on line {first[0]} is ignored",
        ptr,
        line=last[0],
        column=last[1],
    )


def parse_yaml(text: str, name: str = "<spec>") -> tuple[Any, dict[str, Position]]:
    """The data of a YAML document and its :func:`line_map`, from one parse.

    PyYAML builds the node tree (which knows every node's line) and then the data from it;
    reading the lines off that tree costs a small part of parsing the text a second time, which
    the warnings of most real specs would otherwise need. Plain YAML skips the tree too
    (:mod:`.yaml_events`).
    """
    from . import yaml_events

    fast = yaml_events.load_with_lines(text, yaml_loader())
    return fast if fast is not None else _parse_yaml_tree(text, name)[:2]


def _parse_yaml_tree(text: str, name: str) -> tuple[Any, dict[str, Position], list[Diagnostic]]:
    """:func:`parse_yaml` through PyYAML's node tree (any YAML), and a warning for each key
    repeated in a mapping."""
    import yaml

    try:
        loader = yaml_loader()(text)
        try:
            root = loader.get_single_node()
            # Lines first: building the data rewrites the tree where merge keys (<<) are.
            lines = _node_lines(root)
            repeated = repeated_keys(root)
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
        return data, lines, repeated
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        context, cmark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and cmark is not None:
            problem += f" ({context} at line {cmark.line + 1})"
        raise SpecError(
            [
                Diagnostic(
                    ERROR,
                    f"invalid YAML: {problem}",
                    line=mark.line + 1 if mark is not None else None,
                    column=mark.column + 1 if mark is not None else None,
                    file=name,
                )
            ]
        ) from None


def line_map(text: str) -> dict[str, Position]:
    """JSON pointer -> where its node starts (for a member of a mapping: where its key starts),
    as 1-based line and column, so that a place in a one-line minified document can be found
    too. JSON is scanned by :func:`json_positions`; YAML through its node tree."""
    if text.lstrip().startswith(("{", "[")):
        try:
            return json_positions(text)
        except (IndexError, ValueError):
            pass  # not the JSON it looked like: read it as YAML below
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml_loader())
    except yaml.YAMLError:
        return {}
    return _node_lines(root)


def _node_lines(root: Any) -> dict[str, Position]:
    """JSON pointer -> 1-based (line, column) of every node under ``root`` (a YAML node or
    None)."""
    import yaml

    lines: dict[str, Position] = {}
    stack: list[tuple[str, Any]] = [("", root)]
    while stack:
        ptr, node = stack.pop()
        if node is None:
            continue
        lines.setdefault(ptr, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                child = f"{ptr}/{escape(str(key.value))}"
                lines[child] = (key.start_mark.line + 1, key.start_mark.column + 1)
                stack.append((child, value))
        elif isinstance(node, yaml.SequenceNode):
            for i, value in enumerate(node.value):
                stack.append((f"{ptr}/{i}", value))
    return lines


def repeated_keys(root: Any) -> list[Diagnostic]:
    """A warning for each key a YAML mapping under ``root`` has more than once: YAML keeps the
    last, so whatever came first (an operation, a schema) would be lost without a word."""
    import yaml

    found: list[Diagnostic] = []
    stack: list[tuple[str, Any]] = [("", root)]
    while stack:
        ptr, node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            first: dict[str, Position] = {}
            for key, value in node.value:
                text = str(key.value) if isinstance(key, yaml.ScalarNode) else ""
                line = key.start_mark.line + 1
                place = (line, key.start_mark.column + 1)
                if text and text in first:
                    found.append(_repeated_key(f"{ptr}/{escape(text)}", first[text], place))
                first.setdefault(text, place)
                stack.append((f"{ptr}/{escape(text)}", value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((f"{ptr}/{i}", value) for i, value in enumerate(node.value))
    found.sort(key=lambda d: d.line or 0)
    return found


_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+', re.S)


def json_positions(
    text: str, repeated: list[tuple[str, Position, Position]] | None = None
) -> dict[str, Position]:
    """Positions of every pointer in a JSON text (parsed once before, so well formed), from a
    single pass over its tokens: a few seconds less than YAML's composer per megabyte. A key an
    object has twice is placed where it last stands, and listed in ``repeated`` (when given)
    with both places."""
    line_starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def position(offset: int) -> Position:
        line = bisect.bisect_right(line_starts, offset)
        return line, offset - line_starts[line - 1] + 1

    places: dict[str, Position] = {}
    stack: list[list[Any]] = []  # [pointer, is an object, current member pointer or index]
    expect_key = False
    for m in _JSON_TOKEN.finditer(text):
        token = m.group()
        c = token[0]
        if c == ",":
            expect_key = stack[-1][1]
            if not expect_key:
                stack[-1][2] += 1
        elif c in "}]":
            stack.pop()
            expect_key = False
        elif c == ":":
            continue
        elif expect_key:
            key = json.loads(token) if "\\" in token else token[1:-1]
            stack[-1][2] = f"{stack[-1][0]}/{escape(key)}"
            if repeated is not None and stack[-1][2] in places:
                repeated.append((stack[-1][2], places[stack[-1][2]], position(m.start())))
            places[stack[-1][2]] = position(m.start())
            expect_key = False
        else:
            ptr = ""
            if stack:
                top = stack[-1]
                ptr = top[2] if top[1] else f"{top[0]}/{top[2]}"
            places.setdefault(ptr, position(m.start()))
            if c == "{":
                stack.append([ptr, True, ""])
                expect_key = True
            elif c == "[":
                stack.append([ptr, False, 0])
    return places
