"""The formatting stage (generator.output.format): ruff's fixes and formatter over the rendered
files, which come as a mapping or one at a time from the renderer."""

from __future__ import annotations

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
