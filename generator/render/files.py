"""Stage 6: the named model to files, in memory: ``{relative path: text}``.

Jinja templates in ``templates/`` hold the layout. This module sets up their environment and
renders each file; the templates' helpers live beside it: :mod:`generator.render.context` looks
things up in the model (what a declaration refers to, how a path splits around its parameters),
:mod:`generator.render.filters` makes any spec string safe to emit (docstrings, comments, literals).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import sys
import types
from collections.abc import Iterator
from functools import reduce
from importlib.resources.abc import Traversable
from typing import Any, NamedTuple

import jinja2
import jinja2.runtime

from .. import __version__
from ..model import ir
from ..model.runtime_facts import RUNTIME, TEMPLATES
from .context import Context
from .filters import TESTS, docstring, one_line, py_literal
from .imports import import_block


def _template_source(name: str) -> str | None:
    """Jinja loader: the text of ``name`` ("package/client.py.jinja") under the templates."""
    found = reduce(lambda t, part: t / part, name.split("/"), TEMPLATES)
    return found.read_text(encoding="utf-8") if found.is_file() else None


class _TemplateContext(jinja2.runtime.Context):
    """Jinja's context, with a short way for the templates' most frequent calls: a method of the
    model's lookup object (``ctx.imports_of(...)``), which takes no Jinja context, environment
    or evaluation context. Anything else goes Jinja's way."""

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        if type(__obj) is not types.MethodType or not isinstance(__obj.__self__, Context):
            return super().call(__obj, *args, **kwargs)
        kwargs.pop("_loop_vars", None)
        kwargs.pop("_block_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:
            return __self.environment.undefined("a callable raised StopIteration")


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_template_source),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # noqa: S701 - we emit Python and Markdown, not HTML
        extensions=["jinja2.ext.do"],
    )
    env.context_class = _TemplateContext
    env.filters["py"] = py_literal
    env.filters["doc"] = docstring
    env.filters["one_line"] = one_line
    env.filters["imports"] = import_block
    env.tests.update(TESTS)
    env.globals["generator_version"] = __version__  # in every client's User-Agent
    env.bytecode_cache = _bytecode_cache(env)
    return env


def _bytecode_cache(env: jinja2.Environment) -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs, as Python keeps ``.pyc`` files: compiling them
    takes longer than rendering a small API. Jinja's own cache, in its private folder in the
    temporary directory; Jinja drops an entry whose template text changed, and the file names
    carry everything else the compiled code depends on (Jinja's and Python's versions, the
    environment's syntax settings), so a change to those gets new entries. None when no private
    folder can be had: templates are then compiled on every run, as before."""
    settings = (
        jinja2.__version__,
        sys.version_info[:2],
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        sorted(env.extensions),
        env.optimized,
        env.is_async,
        env.autoescape,
        env.undefined.__name__,
    )
    key = hashlib.sha256(repr(settings).encode()).hexdigest()[:16]
    try:
        return _TemplateCache(pattern=f"__openapi_attrs_generator_{key}_%s.cache")
    except (OSError, RuntimeError):
        return None


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    """A cache entry that cannot be read or written is a template compiled anew, not an error."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 - a damaged entry: compile instead
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


@functools.cache
def _shared_environment() -> jinja2.Environment:
    """One environment per process: each template is loaded once, however many renders."""
    return environment()


def load_templates() -> None:
    """Load every template now (compiled, from the cache): for a caller waiting with time to
    spare, as the pipeline does while the child process reads the spec."""
    env = _shared_environment()
    for name in _template_names(TEMPLATES):
        env.get_template(name)


def _template_names(folder: Traversable, prefix: str = "") -> Iterator[str]:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_dir():
            yield from _template_names(entry, f"{prefix}{entry.name}/")
        elif entry.name.endswith(".jinja"):
            yield prefix + entry.name


def render(api: ir.Api, import_name: str = "") -> dict[str, str]:
    """Every file of the package, by path relative to the output folder.

    ``import_name`` (default: the package's name) may be dotted; the package's folder is then
    nested accordingly (``acme/_vendor/openrouter_images/``).
    """
    return {f.path: f.text for f in iter_files(api, import_name)}


class Rendered(NamedTuple):
    path: str
    text: str
    may_need_fixes: bool = True
    """False for the modules of one declaration, operation or group: their only import blocks
    are laid out by :func:`import_block` and they have no ``__all__``, so ruff's fixes have
    nothing to do in them (the golden and corpus tests check that they find nothing)."""


def iter_files(api: ir.Api, import_name: str = "") -> Iterator[Rendered]:
    """:func:`render`'s files one at a time, each rendered when asked for: a consumer that
    passes each on (to the formatter's scratch folder) never holds them all. The iterator
    says how many are still to come (``operator.length_hint``)."""
    ctx = Context(api, import_name)
    return _Rendering(_shared_environment(), ctx, list(_planned(api, ctx)))


_Job = tuple[str, str | None, bool, dict[str, Any]]
"""A file to make: its path, its template (None: a runtime module, copied), whether it may
need ruff's fixes, and the template's own values."""


def _planned(api: ir.Api, ctx: Context) -> Iterator[_Job]:
    """Every file of the package, in the order they are made."""
    pkg = ctx.import_name.replace(".", "/")
    yield "pyproject.toml", "package/pyproject.toml.jinja", True, {}
    yield "README.md", "package/README.md.jinja", True, {}
    yield f"{pkg}/__init__.py", "package/init.py.jinja", True, {}
    yield f"{pkg}/py.typed", "package/py.typed.jinja", True, {}
    yield f"{pkg}/client.py", "package/client.py.jinja", True, {}
    yield f"{pkg}/async_client.py", "package/async_client.py.jinja", True, {}
    yield f"{pkg}/errors.py", "package/errors.py.jinja", True, {}
    yield f"{pkg}/_serialization.py", "package/serialization.py.jinja", True, {}
    yield f"{pkg}/models/__init__.py", "models/init.py.jinja", True, {}
    yield f"{pkg}/operations/__init__.py", "operations/init.py.jinja", True, {}
    yield f"{pkg}/groups/__init__.py", "groups/init.py.jinja", True, {}
    for src in sorted(RUNTIME.iterdir(), key=lambda t: t.name):
        if src.name.endswith(".py") and src.is_file():
            yield f"{pkg}/_runtime/{src.name}", None, True, {"src": src}
    # The files that may need ruff's fixes come first, above: the formatter gets them (and
    # their fixes) while the thousands below are still being made.
    for decl in api.decls:
        kind = (
            "model"
            if isinstance(decl, ir.Model)
            else "enum"
            if isinstance(decl, ir.Enum)
            else "alias"
        )
        yield f"{pkg}/models/{decl.module}.py", f"models/{kind}.py.jinja", False, {"decl": decl}
    for group in api.groups:
        yield f"{pkg}/groups/{group.module}.py", "groups/group.py.jinja", False, {"group": group}
        yield f"docs/{group.module}.md", "docs/group.md.jinja", True, {"group": group}
        for op in group.operations:
            values = {"op": op, "group": group}
            yield f"{pkg}/operations/{op.module}.py", "operations/operation.py.jinja", False, values
    if api.webhooks:
        yield "docs/webhooks.md", "docs/webhooks.md.jinja", True, {}


class _Rendering(Iterator[Rendered]):
    """The planned files, each rendered when asked for."""

    def __init__(self, env: jinja2.Environment, ctx: Context, jobs: list[_Job]) -> None:
        self._env = env
        self._ctx = ctx
        self._jobs = jobs
        self._next = 0

    def __next__(self) -> Rendered:
        if self._next == len(self._jobs):
            raise StopIteration
        path, template, fixes, values = self._jobs[self._next]
        self._next += 1
        if template is None:
            return Rendered(path, values["src"].read_text(encoding="utf-8"), fixes)
        api = self._ctx.api
        text = self._env.get_template(template).render(api=api, ctx=self._ctx, **values)
        return Rendered(path, text, fixes)

    def __length_hint__(self) -> int:
        return len(self._jobs) - self._next
