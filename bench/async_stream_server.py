"""A local HTTP/1.1 server for the async benchmarks, run in its own process on 127.0.0.1.

``GET``/``POST`` any path answers a small JSON document (keep-alive); a request that accepts
``text/event-stream`` (or a path starting with ``/stream``) gets ``EVENTS`` server-sent events
(OpenRouter's partial-image events), then ``data: [DONE]``, sent in chunks with a short pause
between events, so that many streams are open at once. Prints its port, then serves until
killed.
"""

from __future__ import annotations

import asyncio
import json
import sys

EVENTS = 20
PAUSE = 0.005
JSON_BODY = json.dumps({"data": []}).encode()


def _event(n: int) -> bytes:
    payload = json.dumps(
        {"type": "image_generation.partial_image", "b64_json": "QUFB", "partial_image_index": n}
    )
    return f"data: {payload}\n\n".encode()


def _chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            path = lines[0].split(" ")[1]
            length = 0
            events = path.startswith("/stream")
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
                if name.strip().lower() == "accept" and "text/event-stream" in value:
                    events = True
            if length:
                await reader.readexactly(length)
            if events:
                writer.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
                    b"transfer-encoding: chunked\r\n\r\n"
                )
                for n in range(EVENTS):
                    writer.write(_chunk(_event(n)))
                    await writer.drain()
                    await asyncio.sleep(PAUSE)
                writer.write(_chunk(b"data: [DONE]\n\n") + b"0\r\n\r\n")
            else:
                writer.write(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                    b"content-length: %d\r\n\r\n%s" % (len(JSON_BODY), JSON_BODY)
                )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def _main() -> None:
    server = await asyncio.start_server(_serve, "127.0.0.1", 0, backlog=4096)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(_main())
    except KeyboardInterrupt:
        sys.exit(0)
