"""Benchmarks (``make bench``). Every figure is reported as a ratio to a peer timed in the same run.

1. Parsing a 2,000-model ListModels response into the generated models, against ``json.loads``
   of the same bytes.
2. Generation wall time of ``spec/openapi.yaml``.
3. ``diff`` of ``../shared/corpus/07-stripe.yaml`` against a copy with one property removed,
   against ``validate`` of the same spec (informational).
4. With ``--peers`` (and ``../shared/corpus``): generation wall time of the two largest specs
   against openapi-python-client on the same spec.
5. Start-up (``bench/startup.py``): a fresh interpreter, bytecode cached, imports the client of
   ``00-openrouter-full`` / ``07-stripe``, constructs it, touches one group and calls one
   operation against a local server, against the same for the 3-operation client in
   ``generated/``; with ``--peers``, against openapi-python-client's client of the same spec.
6. Memory of a decoded 2,000-model response (tracemalloc peak and retained), against
   openapi-python-client's models (``from_dict``) on the same payload (with ``--peers``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
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
        with tempfile.TemporaryDirectory(prefix=".bench-", dir=ROOT) as tmp:
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


def bench_startup(runs: int, peers: bool) -> None:
    """Import + Client + one group + one call, in fresh interpreters (bytecode cached)."""
    from contextlib import ExitStack

    from bench import startup

    specs = [SHARED / "corpus" / f"{stem}.yaml" for stem in ("00-openrouter-full", "07-stripe")]
    if not all(spec.is_file() for spec in specs):
        print("start-up: skipped (../shared/corpus not found)")
        return
    with tempfile.TemporaryDirectory(prefix=".bench-", dir=ROOT) as tmp, ExitStack() as stack:
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
            line += f" -> {t / base:.2f}x the Images client (target <= 1.3x)"
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


def _peer_time(spec: Path, out: Path) -> float | None:
    exe = shutil.which("openapi-python-client", path=str(ROOT / ".venv-peers" / "bin"))
    if exe is None:
        return None
    start = time.perf_counter()
    subprocess.run(
        [exe, "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"],
        capture_output=True,
        check=False,
    )
    return time.perf_counter() - start


def _our_time(spec: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)],
        capture_output=True,
        check=False,
        cwd=ROOT,
    )
    return time.perf_counter() - start


def bench_peers() -> None:
    for spec in (
        ROOT / "spec" / "openapi.yaml",
        SHARED / "corpus" / "00-openrouter-full.yaml",
        SHARED / "corpus" / "07-stripe.yaml",
    ):
        name = spec.name
        if not spec.is_file():
            print(f"generate {name}: skipped (not found)")
            continue
        # Both generators write beside the checkout, as they would in real use; each is run
        # three times, alternating, and its median taken.
        ours_runs: list[float] = []
        peer_runs: list[float] = []
        for i in range(3):
            with tempfile.TemporaryDirectory(prefix=".bench-", dir=ROOT) as tmp:
                ours_runs.append(_our_time(spec, Path(tmp) / f"ours{i}"))
                peer_time = _peer_time(spec, Path(tmp) / f"peer{i}")
                if peer_time is not None:
                    peer_runs.append(peer_time)
        ours = statistics.median(ours_runs)
        peer = statistics.median(peer_runs) if peer_runs else None
        if peer is None:
            print(f"generate {name}: ours {ours:.1f} s; peer not installed (make bench-peers)")
        else:
            print(
                f"generate {name}: ours {ours:.1f} s, openapi-python-client {peer:.1f} s "
                f"-> {ours / peer:.2f}x"
                + (" (target <= 0.33x)" if spec.parent.name == "corpus" else "")
            )


def bench_conform() -> None:
    """``conform`` over 1,000 exchanges against the whole OpenRouter description (the client
    generated on the fly included), beside the generation of that client alone."""
    from bench.conform_har import build_har
    from generator import conform, pipeline

    spec = SHARED / "corpus" / "00-openrouter-full.yaml"
    if not spec.is_file():
        print(f"conform: skipped ({spec} not found)")
        return
    with tempfile.TemporaryDirectory(prefix=".bench-", dir=ROOT) as tmp:
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
    from generator.diff import scan_line

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


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--repeat", type=int, default=15)
    p.add_argument("--peers", action="store_true")
    args = p.parse_args()
    bench_parse(args.repeat, args.peers)
    bench_startup(max(3, args.repeat // 3), args.peers)
    bench_generate(max(1, args.repeat // 5))
    bench_conform()
    bench_diff()
    if args.peers:
        bench_peers()
    return 0


if __name__ == "__main__":
    sys.exit(main())
