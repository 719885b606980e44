"""A local fake Discord (REST + gateway) for end-to-end tests of the real bot."""

from tests.fake_discord.server import APPLICATION_ID, TOKEN, FakeDiscord, Request

__all__ = ["APPLICATION_ID", "TOKEN", "FakeDiscord", "Request"]
