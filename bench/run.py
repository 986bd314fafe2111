"""Benchmarks (``make bench``). Every figure is reported as a ratio to a peer timed in the same run.

1. Parsing a 2,000-model ListModels response into the generated models, against ``json.loads``
   of the same bytes.
2. Generation wall time of ``spec/openapi.yaml``.
3. ``diff`` of ``../shared/corpus/07-stripe.yaml`` against a copy with one property removed,
   against ``validate`` of the same spec (informational).
4. With ``--peers`` (and ``../shared/corpus``): generation of 00-openrouter-full, 06-openai,
   13-jira-platform and the merged corpus spec (``bench/big_spec.py``, multi-megabyte) against
   openapi-python-client on the same spec: wall time (target: a quarter of the peer's or less;
   Jira 0.22x, the merged spec 0.35x), CPU time and peak memory (merged spec: 0.6x). Each is run
   as a user runs it (a fresh process writing beside the checkout), median of three (five for
   Jira and the merged spec), the two taking turns at going first, the disk synced before each
   run and nothing removed until the last run is over.
5. Start-up (``bench/startup.py``): a fresh interpreter, bytecode cached, imports the client of
   ``00-openrouter-full`` / ``07-stripe``, constructs it, touches one group and calls one
   operation against a local server, against the same for the 3-operation client in
   ``generated/``; with ``--peers``, against openapi-python-client's client of the same spec.
6. Memory of a decoded 2,000-model response (tracemalloc peak and retained), against
   openapi-python-client's models (``from_dict``) on the same payload (with ``--peers``).
7. ``check`` with nothing changed against ``generate`` (Stripe, the merged spec; target 0.1x),
   one call of the generated client against urllib3 + ``json.loads`` of the same response
   and one call of its ``AsyncClient`` against aiohttp + ``json.loads`` (CPU time; the
   client's target 1.15x, the ``AsyncClient``'s informational) (``bench/scale.py``), and where
   one generation of the merged spec spends its time.

Everything with a target ends up in one table, printed last.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BIG_SPEC = "corpus-merged.json"
"""The multi-megabyte spec ``bench/big_spec.py`` builds from the corpus."""
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "generated"))


def timeit(
    fn: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    """Median seconds of ``repeat`` runs (after one warm-up)."""
    fn()
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append(clock() - start)
    return statistics.median(times)


PEERS_PYTHON = ROOT / ".venv-peers" / "bin" / "python"

TABLE: list[tuple[str, str, str, float, float | None]] = []
"""The summary printed last: (measure, ours, what it is compared with, ratio, target ratio)."""


def row(measure: str, ours: str, peer: str, ratio: float, target: float | None) -> None:
    TABLE.append((measure, ours, peer, ratio, target))


def print_table() -> None:
    print("\n| measure | ours | compared with (same run) | ratio | target |")
    print("|---|---|---|---|---|")
    for measure, ours, peer, ratio, target in TABLE:
        verdict = (
            "-" if target is None else f"<= {target}x " + ("met" if ratio <= target else "NOT met")
        )
        print(f"| {measure} | {ours} | {peer} | {ratio:.2f}x | {verdict} |")


def _peer_generate(spec: Path, out: Path) -> Path | None:
    """openapi-python-client's client of ``spec`` in ``out`` (``None`` if it is not installed)."""
    exe = shutil.which("openapi-python-client", path=str(ROOT / ".venv-peers" / "bin"))
    if exe is None:
        return None
    subprocess.run(
        [exe, "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"],
        capture_output=True,
        check=False,
    )
    return out if out.is_dir() else None


def bench_parse(repeat: int, peers: bool) -> None:
    payload = SHARED / "bench" / "list_models_2000.json"
    if not payload.is_file():
        print(f"parse: skipped ({payload} not found)")
        return
    from openrouter_images._runtime.responses import decode_json, gc_paused
    from openrouter_images._serialization import converter
    from openrouter_images.models import ImageModelsListResponse

    data = payload.read_bytes()
    parsed = decode_json(data, ImageModelsListResponse, converter)
    assert len(parsed.data) == 2000
    del parsed
    # The client's own path for every JSON body (json.loads + cattrs; the collector runs).
    # CPU time of this process: on a shared machine, wall time mostly measures the others.
    clock = time.process_time
    baseline = timeit(lambda: json.loads(data), repeat, clock)
    ours = timeit(lambda: decode_json(data, ImageModelsListResponse, converter), repeat, clock)
    print(
        f"parse list_models_2000.json (gc running): json.loads {baseline * 1e3:.1f} ms, into "
        f"models {ours * 1e3:.1f} ms -> {ours / baseline:.2f}x json.loads (target <= 2.0x)"
    )
    row(
        "decode 2,000 models (gc running)",
        f"{ours * 1e3:.1f} ms",
        f"json.loads {baseline * 1e3:.1f} ms",
        ours / baseline,
        2.0,
    )

    # The documented opt-in: the caller pauses the collector around the call.
    def paused() -> object:
        with gc_paused():
            return decode_json(data, ImageModelsListResponse, converter)

    def paused_baseline() -> object:
        with gc_paused():
            return json.loads(data)

    opt_in = timeit(paused, repeat, clock)
    print(
        f"  (opt-in gc_paused() around the call: {opt_in / baseline:.2f}x json.loads with gc "
        f"running, {opt_in / timeit(paused_baseline, repeat, clock):.2f}x json.loads paused too)"
    )

    from bench import startup

    mem = startup.ours_decode_memory(ROOT / "generated", payload, repeat)
    line = (
        f"memory of the decoded response: peak {mem['peak'] / 1e6:.1f} MB, retained "
        f"{mem['retained'] / 1e6:.1f} MB"
    )
    if peers and PEERS_PYTHON.is_file():
        with _scratch() as tmp:
            out = _peer_generate(ROOT / "spec" / "openapi.yaml", Path(tmp) / "peer")
            if out is not None:
                peer = startup.peer_decode_memory(out, str(PEERS_PYTHON), payload, repeat)
                line += (
                    f"; openapi-python-client (from_dict) peak {peer['peak'] / 1e6:.1f} MB, "
                    f"retained {peer['retained'] / 1e6:.1f} MB -> {mem['peak'] / peer['peak']:.2f}x "
                    f"peak, {mem['retained'] / peer['retained']:.2f}x retained; its decode "
                    f"{peer['seconds'] / mem['seconds']:.1f}x ours"
                )
    print(line)


STARTUP_TARGET = 1.2


def bench_startup(runs: int, peers: bool) -> None:
    """Import + Client + one group + one call, in fresh interpreters (bytecode cached)."""
    from contextlib import ExitStack

    from bench import startup

    specs = [SHARED / "corpus" / f"{stem}.yaml" for stem in ("00-openrouter-full", "07-stripe")]
    if not all(spec.is_file() for spec in specs):
        print("start-up: skipped (../shared/corpus not found)")
        return
    with _scratch() as tmp, ExitStack() as stack:
        jobs: dict[str, startup.Job] = {}
        for spec in [ROOT / "spec" / "openapi.yaml", *specs]:
            url = stack.enter_context(startup.json_server(startup.CASES[spec.stem][-1]))
            if spec.parent.name == "corpus":
                out = Path(tmp) / f"ours-{spec.stem}"
                subprocess.run(
                    [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)],
                    capture_output=True,
                    check=True,
                    cwd=ROOT,
                )
            else:
                out = ROOT / "generated"
            jobs[f"ours {spec.stem}"] = startup.ours(spec.stem, out, url)
            if peers and PEERS_PYTHON.is_file():
                peer_out = _peer_generate(spec, Path(tmp) / f"peer-{spec.stem}")
                if peer_out is not None:
                    jobs[f"peer {spec.stem}"] = startup.peer(
                        spec.stem, peer_out, str(PEERS_PYTHON), url
                    )
        best = startup.best_of(jobs, runs)
    base = best["ours openapi"]
    for spec in [ROOT / "spec" / "openapi.yaml", *specs]:
        t = best[f"ours {spec.stem}"]
        line = f"start-up (import, Client, one group, one call) {spec.name}: {t * 1e3:.0f} ms"
        if spec.parent.name == "corpus":
            line += f" -> {t / base:.2f}x the Images client (target <= {STARTUP_TARGET}x)"
            row(
                f"start-up {spec.stem} (import, Client, one call)",
                f"{t * 1e3:.0f} ms",
                f"Images client {base * 1e3:.0f} ms",
                t / base,
                STARTUP_TARGET,
            )
        p = best.get(f"peer {spec.stem}")
        if p is None and peers and PEERS_PYTHON.is_file():
            line += "; openapi-python-client wrote no client for this spec"
        if p is not None:
            line += (
                f"; openapi-python-client (client + one endpoint module, called) "
                f"{p * 1e3:.0f} ms -> ours {t / p:.2f}x"
            )
        print(line)


def bench_generate(repeat: int) -> None:
    from generator import pipeline

    spec = ROOT / "spec" / "openapi.yaml"
    t = timeit(lambda: pipeline.generate(spec), repeat)
    print(f"generate spec/openapi.yaml: {t:.2f} s wall (in-process, incl. ruff format)")


@attrs.frozen
class Run:
    """One generator run in a child process."""

    wall: float
    """Seconds, start to exit."""
    cpu: float
    """User plus system seconds of the process and every process it waited for."""
    peak_rss: int
    """Bytes: the largest resident set of the process or any process it waited for (ruff, the
    validating child)."""
    ok: bool


# Runs one command and reports on it. A process's peak memory counts what it had before
# exec, so a command started straight from this (large) process would report this process's
# size; started from this small one, its own is reported.
_MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                      stderr=subprocess.DEVNULL, check=False).returncode
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
                  "peak_rss": usage.ru_maxrss * 1024, "ok": code == 0}))
"""


def measure(cmd: list[str], cwd: Path = ROOT) -> Run:
    """Wall and CPU time and peak memory of ``cmd`` and the processes it waits for
    (``getrusage(RUSAGE_CHILDREN)`` in a small process that runs it; Linux reports KiB)."""
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, *cmd],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return Run(**json.loads(out))


def _peer_cmd(spec: Path, out: Path) -> list[str] | None:
    exe = shutil.which("openapi-python-client", path=str(ROOT / ".venv-peers" / "bin"))
    if exe is None:
        return None
    return [exe, "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"]


def _our_cmd(spec: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)]


GENERATION_TARGET = 0.25
"""Our generation time as a share of openapi-python-client's, on each of PEER_SPECS."""
PEER_SPECS = ("00-openrouter-full.yaml", "06-openai.yaml", "13-jira-platform.json", BIG_SPEC)
TARGETS = {"13-jira-platform.json": 0.22, BIG_SPEC: 0.35}
"""(wall time) Where the target is not GENERATION_TARGET."""
MEMORY_TARGETS = {BIG_SPEC: 0.6}
"""Peak memory as a share of the peer's, where there is a target."""
REPEATS = {"13-jira-platform.json": 5, BIG_SPEC: 5}
"""Runs of each generator (median), where not 3."""


def _mb(n: float) -> str:
    return f"{n / 2**20:.0f} MB"


def _alternating_runs(spec: Path, out: Path, repeat: int) -> tuple[list[Run], list[Run]]:
    """``repeat`` runs of each generator on ``spec``, each into a folder of its own under
    ``out``, the two taking turns at going first, the disk synced before each run."""
    ours: list[Run] = []
    peer: list[Run] = []
    for i in range(repeat):
        peer_cmd = _peer_cmd(spec, out / f"peer{i}")
        assert peer_cmd is not None
        turns = [(ours, _our_cmd(spec, out / f"ours{i}")), (peer, peer_cmd)]
        for runs, cmd in turns if i % 2 == 0 else turns[::-1]:
            os.sync()
            runs.append(measure(cmd))
    return ours, peer


def _report_peers(name: str, ours: list[Run], peer: list[Run]) -> None:
    def med(runs: list[Run], field: str) -> float:
        return float(statistics.median(getattr(r, field) for r in runs))

    ratio = med(ours, "wall") / med(peer, "wall")
    target = TARGETS.get(name, GENERATION_TARGET)
    verdict = "met" if ratio <= target else "NOT met"
    failed = [who for who, runs in (("ours", ours), ("peer", peer)) if not all(r.ok for r in runs)]
    row(
        f"generate {name} (median of {len(ours)})"
        + (f" FAILED: {', '.join(failed)}" if failed else ""),
        f"{med(ours, 'wall'):.2f} s",
        f"openapi-python-client {med(peer, 'wall'):.2f} s",
        ratio,
        target,
    )
    cpu = med(ours, "cpu") / med(peer, "cpu")
    row(f"cpu time, generate {name}", f"{med(ours, 'cpu'):.2f} s",
        f"openapi-python-client {med(peer, 'cpu'):.2f} s", cpu, None)  # fmt: skip
    memory = med(ours, "peak_rss") / med(peer, "peak_rss")
    row(
        f"peak memory, generate {name}",
        _mb(med(ours, "peak_rss")),
        f"openapi-python-client {_mb(med(peer, 'peak_rss'))}",
        memory,
        MEMORY_TARGETS.get(name),
    )
    print(
        f"generate {name}: ours {med(ours, 'wall'):.2f} s, openapi-python-client "
        f"{med(peer, 'wall'):.2f} s -> {ratio:.2f}x (target <= {target}x: "
        f"{verdict}); runs ours {', '.join(f'{r.wall:.2f}' for r in ours)}, "
        f"peer {', '.join(f'{r.wall:.2f}' for r in peer)}"
        + (f"; FAILED: {', '.join(failed)}" if failed else "")
    )
    print(
        f"  cpu ours {med(ours, 'cpu'):.2f} s, peer {med(peer, 'cpu'):.2f} s "
        f"({med(ours, 'cpu') / med(peer, 'cpu'):.2f}x); peak memory ours "
        f"{_mb(med(ours, 'peak_rss'))}, peer {_mb(med(peer, 'peak_rss'))} "
        f"({med(ours, 'peak_rss') / med(peer, 'peak_rss'):.2f}x)"
    )


def bench_peers(repeat: int = 3) -> None:
    """Generation of the three large specs, ours against openapi-python-client: wall time
    (median of ``repeat`` runs, the two generators alternating so both see the same machine),
    CPU time and peak memory of each run's process tree (median too)."""
    # The peer is installed by pip, which compiles its bytecode; the checkout's generator is
    # compiled here the same way (PYTHONDONTWRITEBYTECODE would otherwise leave it uncompiled,
    # and every run would pay for compiling it).
    compileall.compile_dir(ROOT / "generator", quiet=1)
    # Both generators write beside the checkout, as they would in real use, each run into a
    # folder of its own. Nothing is removed until every run is over (see _scratch).
    with _scratch() as tmp:
        for name in PEER_SPECS:
            spec = _big_spec(Path(tmp)) if name == BIG_SPEC else SHARED / "corpus" / name
            if spec is None or not spec.is_file():
                print(f"generate {name}: skipped ({spec or name} not found)")
            elif _peer_cmd(spec, ROOT) is None:
                print(f"generate {name}: peer not installed (make .venv-peers/.installed)")
            else:
                out = Path(tmp) / f"runs-{name}"  # beside the spec, which may be in tmp too
                runs = _alternating_runs(spec, out, REPEATS.get(name, repeat))
                _report_peers(name, *runs)


def _big_spec(folder: Path) -> Path | None:
    """The merged corpus spec (``bench/big_spec.py``) in ``folder``; None without the corpus."""
    from bench import big_spec

    try:
        return big_spec.write(folder / BIG_SPEC)
    except ValueError:
        return None


def bench_check(repeat: int = 3) -> None:
    """``check`` with nothing changed against ``generate`` of the same spec (fresh processes,
    taking turns): Stripe and the merged corpus spec."""
    from bench import scale

    with _scratch() as tmp:
        for name in ("07-stripe.yaml", BIG_SPEC):
            spec = _big_spec(Path(tmp)) if name == BIG_SPEC else SHARED / "corpus" / name
            if spec is None or not spec.is_file():
                print(f"check {name}: skipped (not found)")
                continue
            gen, chk = scale.check_against_generate(spec, Path(tmp) / f"out-{name}", repeat)
            print(
                f"check {name}, nothing changed: {chk:.2f} s; generate {gen:.2f} s -> "
                f"{chk / gen:.2f}x (target <= {CHECK_TARGET}x)"
            )
            row(f"check {name}, nothing changed", f"{chk:.2f} s", f"generate {gen:.2f} s",
                chk / gen, CHECK_TARGET)  # fmt: skip


CHECK_TARGET = 0.1


def bench_stages() -> None:
    """Where one generation of the merged corpus spec and of Jira spends its time, stage by
    stage."""
    from bench import scale

    with _scratch() as tmp:
        for spec in (_big_spec(Path(tmp)), SHARED / "corpus" / "13-jira-platform.json"):
            if spec is None or not spec.is_file():
                print("stages: skipped (../shared/corpus not found)")
                continue
            times = scale.stages(spec, Path(tmp) / f"out-{spec.stem}")
            total = sum(t for name, t in times.items() if not name.startswith("validation"))
            print(
                f"stages of generate {spec.name} (in process, one run; {total:.2f} s without "
                "validation):"
            )
            for name, t in times.items():
                print(f"  {name}: {t:.2f} s ({t / total * 100:.0f}%)")


def bench_per_call(peers: bool) -> None:
    """One ``list_models`` call answering one model, against urllib3 + json.loads."""
    from bench import scale

    found = scale.per_call()
    if found is None:
        print("per call: skipped (../shared/bench not found)")
        return
    ours, floor = found["ours"], found["floor"]
    print(
        f"per call, list_models (one model, keep-alive server), CPU: ours {ours * 1e6:.0f} us, "
        f"urllib3 PoolManager.request + json.loads {floor * 1e6:.0f} us -> {ours / floor:.2f}x"
    )
    row("one call, list_models (one model), CPU", f"{ours * 1e6:.0f} us",
        f"urllib3 + json.loads {floor * 1e6:.0f} us", ours / floor, PER_CALL_TARGET)  # fmt: skip


PER_CALL_TARGET = 1.15


def bench_per_call_async() -> None:
    """The same call on the ``AsyncClient``, against aiohttp + json.loads (no target)."""
    from bench import scale

    found = scale.per_call_async()
    if found is None:
        print("per call, async: skipped (../shared/bench not found)")
        return
    ours, floor = found["ours"], found["floor"]
    print(
        f"per call, AsyncClient list_models (one model), CPU: ours {ours * 1e6:.0f} us, "
        f"aiohttp session.get + json.loads {floor * 1e6:.0f} us -> {ours / floor:.2f}x"
    )
    row("one call, AsyncClient list_models (one model), CPU", f"{ours * 1e6:.0f} us",
        f"aiohttp + json.loads {floor * 1e6:.0f} us", ours / floor, None)  # fmt: skip


def bench_conform() -> None:
    """``conform`` over 1,000 exchanges against the whole OpenRouter description (the client
    generated on the fly included), beside the generation of that client alone."""
    from bench.conform_har import build_har
    from generator import pipeline
    from generator.tools.conform import checker as conform

    spec = SHARED / "corpus" / "00-openrouter-full.yaml"
    if not spec.is_file():
        print(f"conform: skipped ({spec} not found)")
        return
    with _scratch() as tmp:
        har = Path(tmp) / "traffic.har"
        har.write_text(json.dumps(build_har(spec, 1000)))
        start = time.perf_counter()
        report = conform.check(spec, [har])
        took = time.perf_counter() - start
    start = time.perf_counter()
    pipeline.generate(spec, formatted=False)
    gen = time.perf_counter() - start
    verdicts = {v: sum(e.verdict == v for e in report.exchanges) for v in ("ok", "spec", "client")}
    print(
        f"conform 1,000 exchanges x 00-openrouter-full: {took:.1f} s "
        f"({took / gen:.1f}x generating its client unformatted, {gen:.1f} s); verdicts {verdicts}"
    )


def _without_property(text: str, schema: str, prop: str) -> str | None:
    """``text`` with ``components.schemas.<schema>.properties.<prop>`` cut out (block YAML)."""
    lines = text.splitlines(keepends=True)
    from generator.tools.diff.compare import scan_line

    line = scan_line(
        [x.rstrip("\n") for x in lines], f"/components/schemas/{schema}/properties/{prop}"
    )
    if line is None or lines[line - 1].strip() != f"{prop}:":
        return None
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
    end = line
    while end < len(lines) and (
        not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent
    ):
        end += 1
    return "".join(lines[: line - 1] + lines[end:])


def bench_diff() -> None:
    spec = SHARED / "corpus" / "07-stripe.yaml"
    if not spec.is_file():
        print(f"diff: skipped ({spec} not found)")
        return
    changed = _without_property(spec.read_text(encoding="utf-8"), "account", "business_type")
    if changed is None:
        print("diff: skipped (account.business_type not found in the stripe spec)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        new = Path(tmp) / "stripe-new.yaml"
        new.write_text(changed, encoding="utf-8")

        def cli(*args: str) -> float:
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "generator", *args],
                capture_output=True,
                check=False,
                cwd=ROOT,
            )
            return time.perf_counter() - start

        ours = cli("diff", str(spec), str(new), "--format", "json")
        peer = cli("validate", str(spec))
    print(
        f"diff 07-stripe.yaml vs. one property removed: {ours:.1f} s wall; validate of the "
        f"same spec {peer:.1f} s -> {ours / peer:.2f}x (two specs through naming; informational)"
    )


_SCRATCH: list[Path] = []
"""The run's scratch folder beside the checkout, once made."""


@contextmanager
def _scratch() -> Iterator[str]:
    """A new folder for one benchmark's files, beside the checkout, kept until the whole run
    is over (:func:`main` removes them all at its end). ext4 without a journal (this machine's
    disk) passes over the inodes of files removed in the last minutes whenever it makes a new
    one: a generation that followed another benchmark's removal of thousands of files spent
    several times longer writing its own, whichever generator it was."""
    if not _SCRATCH:
        _SCRATCH.append(Path(tempfile.mkdtemp(prefix=".bench-", dir=ROOT)))
    yield tempfile.mkdtemp(dir=_SCRATCH[0])


def main() -> int:
    try:
        return _main()
    finally:
        for folder in _SCRATCH:
            shutil.rmtree(folder, ignore_errors=True)


def _main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--repeat", type=int, default=15)
    p.add_argument("--peers", action="store_true")
    p.add_argument("--peers-only", action="store_true", help="only the comparison with the peer")
    args = p.parse_args()
    if args.peers_only:
        bench_peers()
        print_table()
        return 0
    bench_parse(args.repeat, args.peers)
    bench_startup(max(3, args.repeat // 3), args.peers)
    bench_per_call(args.peers)
    bench_per_call_async()
    bench_generate(max(1, args.repeat // 5))
    bench_check()
    bench_conform()
    bench_diff()
    if args.peers:
        bench_peers()
    # Last: the furthest from the removal that ended the previous run (see _scratch), which
    # slowed the first files written after it.
    bench_stages()
    print_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
