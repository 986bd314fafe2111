"""Idempotency keys on the ``AsyncClient`` (the `idempotency` golden case): a POST that
declares one is retried after a read timeout with the same key, made once per call."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden" / "idempotency" / "expected"))

import idempotency
from idempotency.models import JobRequest

from tests.runtime.test_async_client import AsyncFakeTime
from tests.runtime.test_safe_retries import JOB_SHORT, _slow
from tests.support.server import Reply, ScriptedServer


def test_a_post_with_a_key_is_retried_with_the_same_key(server: ScriptedServer) -> None:
    fake = AsyncFakeTime()
    server.enqueue(_slow(201), _slow(201), Reply.json({"id": "job-1"}, status=201))
    server.enqueue(Reply.json({"id": "job-2"}, status=201))

    async def main() -> list[str]:
        transport = idempotency.AsyncTransport(
            clock=fake.clock, sleep=fake.asleep, random=lambda: 0.5, proxies={}
        )
        policy = idempotency.RetryConfig(max_attempts=3, initial_interval=0.5, jitter=0.0)
        async with idempotency.AsyncClient(
            api_key="job-secret", server_url=server.url, retries=policy, transport=transport
        ) as client:
            first = await client.jobs.create_job(JobRequest(prompt="p"), options=JOB_SHORT)
            second = await client.jobs.create_job(JobRequest(prompt="p"))
            return [first.id, second.id]

    assert asyncio.run(main()) == ["job-1", "job-2"]
    keys = [r.headers.get("idempotency-key") for r in server.requests]
    assert len(keys) == 4 and keys[0] and len(set(keys[:3])) == 1 and keys[3] != keys[0]
    assert len(fake.sleeps) == 2
