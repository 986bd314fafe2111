"""The formatting stage (generator.output.format): ruff's fixes and formatter over the rendered
files, which come as a mapping or one at a time from the renderer."""

from __future__ import annotations

import os
from typing import Any

import pytest

from generator.model.diagnostics import SpecError
from generator.output import format

UNSORTED = "import sys\nimport os\nprint( os, sys )\n"
SORTED = "import os\nimport sys\n\nprint(os, sys)\n"


def test_files_one_at_a_time_keep_their_order_and_skip_fixes_only_where_told() -> None:
    out = format.format_files(
        iter(
            [
                ("pkg/b.py", UNSORTED, True),
                ("README.md", "print( 1 )\n", True),
                ("pkg/a.py", UNSORTED, False),
            ]
        )
    )
    assert list(out) == ["pkg/b.py", "README.md", "pkg/a.py"]
    assert out["pkg/b.py"] == SORTED
    assert out["README.md"] == "print( 1 )\n"  # not Python: as it came
    assert out["pkg/a.py"] == "import sys\nimport os\n\nprint(os, sys)\n"  # formatted, not fixed


def test_a_mapping_gets_every_fix() -> None:
    assert format.format_files({"a.py": UNSORTED, "b.py": UNSORTED}) == {
        "a.py": SORTED,
        "b.py": SORTED,
    }


def test_no_python_files_pass_through() -> None:
    assert format.format_files({"README.md": "x  \n"}) == {"README.md": "x  \n"}


def test_batches_formatted_while_the_rest_is_made_give_the_same_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = [(f"pkg/m{i}.py", UNSORTED, False) for i in range(7)] + [("pkg/x.py", UNSORTED, True)]
    whole = format.format_files(iter(made))
    monkeypatch.setattr(format, "BATCH", 2)
    monkeypatch.setattr(format, "CUTS", ())
    started: list[list[str]] = []
    start = format._start

    def counted(tmp: str, paths: list[str], args: list[str] = format._FORMAT) -> Any:
        started.append(paths)
        return start(tmp, paths, args)

    monkeypatch.setattr(format, "_start", counted)
    assert format.format_files(iter(made)) == whole
    # three batches, the fix, then the rest formatted with the fixed file (one process fewer)
    assert [len(p) for p in started] == [2, 2, 2, 1, 2]


def test_code_ruff_cannot_read_is_an_internal_error_after_every_run_ended(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(format, "BATCH", 1)
    made = [("pkg/a.py", "x = (\n", False), ("pkg/b.py", "y = 1\n", False)]
    with pytest.raises(SpecError) as raised:
        format.format_files(iter(made))
    [problem] = raised.value.diagnostics
    assert "does not parse (ruff format)" in problem.message
    assert "a.py" in problem.message


def test_the_last_batch_is_kept_small_when_the_files_say_how_many_are_left(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Files from an iterator that says how many are still to come (as the renderer's does):
    once at most each of CUTS are left, what is waiting goes to ruff, so that the batch before
    the last is formatted while the last files are made, and little is left to format after
    the last one is. A generator says nothing: batches as before."""
    made = [(f"pkg/m{i}.py", UNSORTED, False) for i in range(11)]
    monkeypatch.setattr(format, "BATCH", 4)
    monkeypatch.setattr(format, "CUTS", (5, 2))
    started: list[int] = []
    start = format._start

    def counted(tmp: str, paths: list[str], args: list[str] = format._FORMAT) -> Any:
        started.append(len(paths))
        return start(tmp, paths, args)

    monkeypatch.setattr(format, "_start", counted)
    hinted = format.format_files(made)
    assert started == [4, 2, 3, 2]
    started.clear()
    assert format.format_files(m for m in made) == hinted
    assert started == [4, 4, 3]
    assert set(hinted.values()) == {"import sys\nimport os\n\nprint(os, sys)\n"}


def test_each_ruff_run_works_on_one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run formats while the renderer makes the next files on the other processor: ruff's
    thread pool is kept to one thread, whatever the caller's environment says."""
    monkeypatch.setenv("RAYON_NUM_THREADS", "8")
    seen: list[dict[str, str]] = []
    popen = format.subprocess.Popen

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs["env"])
        return popen(*args, **kwargs)

    monkeypatch.setattr(format.subprocess, "Popen", watched)
    assert format.format_files({"pkg/a.py": "x  =  1\n"}) == {"pkg/a.py": "x = 1\n"}
    assert seen and all(env["RAYON_NUM_THREADS"] == "1" for env in seen)
    assert all(env.get("PATH") == os.environ.get("PATH") for env in seen)
