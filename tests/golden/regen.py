"""Rewrite every golden case's expected output from its spec: ``make regen-golden``.

Run it on purpose, after a change to the generator that should change the output; review the
diff before committing it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator import pipeline
from generator.output import write

HERE = Path(__file__).resolve().parent


def cases() -> list[Path]:
    return sorted(p for p in HERE.iterdir() if (p / "spec.yaml").is_file())


def main() -> int:
    for case in cases():
        result = pipeline.generate(case / "spec.yaml", package=case.name)
        write.write_tree(case / "expected", result.files)
        print(f"{case.name}: {len(result.files)} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
