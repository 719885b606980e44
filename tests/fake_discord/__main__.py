"""`python -m tests.fake_discord`: serve the fake Discord until terminated; prints its API base first."""

from __future__ import annotations

import asyncio
import contextlib
import signal

from tests.fake_discord.server import FakeDiscord


async def _main() -> None:
    fake = FakeDiscord()
    await fake.start()
    print(fake.api_base, flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    await fake.stop()


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_main())
