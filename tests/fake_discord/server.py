"""A fake Discord on 127.0.0.1: the REST endpoints and the gateway a discord.py bot uses.

REST under /api/v10: /gateway/bot, /users/@me, /applications/@me, global and guild command bulk
overwrite, the interaction callback, webhook follow-ups and message edits. Every JSON body is checked
against Discord's OpenAPI description (`invalid` collects what failed, and the request gets a 400 as
Discord would give). `fail_next` makes a route answer 429 or 5xx on demand.

The gateway at /gateway speaks discord.py's protocol: zlib-stream compression (or none), HELLO,
IDENTIFY, READY, heartbeats and their ACKs, and DISPATCH of INTERACTION_CREATE.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.fake_discord.spec import spec

TOKEN = "fake-token.for-tests.only"
APPLICATION_ID = 100000000000000001
BOT_USER = {"id": str(APPLICATION_ID), "username": "whosaid", "discriminator": "0", "global_name": None,
            "avatar": None, "bot": True, "flags": 0}
_EPOCH_MS = 1420070400000


def snowflake(counter: itertools.count[int] = itertools.count(1)) -> str:  # noqa: B008 - one shared counter
    """A new, unique snowflake id with the current time in it."""
    return str(((int(time.time() * 1000) - _EPOCH_MS) << 22) | (next(counter) % (1 << 22)))


@dataclass
class Request:
    """A request the bot made."""

    method: str
    path: str
    template: str | None
    body: Any
    query: dict[str, str]


@dataclass
class _Failure:
    status: int
    retry_after: float


@dataclass
class FakeDiscord:
    """The fake server; `await start()`, then point the bot at `api_base`."""

    validate: bool = True
    keep_history: bool = True  # False: keep no requests or messages (a long benchmark)
    heartbeat_interval_ms: int = 41250
    requests: list[Request] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)
    global_commands: list[dict[str, Any]] = field(default_factory=list)
    guild_commands: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    messages: dict[str, dict[str, Any]] = field(default_factory=dict)  # message id -> message
    identified: int = 0
    heartbeats: int = 0

    def __post_init__(self) -> None:
        self._failures: dict[str, list[_Failure]] = defaultdict(list)
        self._replies: dict[str, asyncio.Queue[Request]] = defaultdict(asyncio.Queue)
        self._sockets: list[_Socket] = []
        self._ready = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.sync_count = 0
        self.intents: int | None = None  # what the last IDENTIFY asked for

    # ---- life cycle ---------------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1."""
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        """Close every gateway connection and stop listening."""
        for sock in list(self._sockets):
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(sock.ws.close(), 2)
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        """What WHOSAID_DISCORD_API_BASE should be."""
        return f"http://127.0.0.1:{self.port}/api/v10"

    async def wait_ready(self, timeout: float = 10.0) -> None:
        """Wait until a bot has identified and been sent READY."""
        await asyncio.wait_for(self._ready.wait(), timeout)

    def fail_next(self, route: str, status: int, count: int = 1, retry_after: float = 0.05) -> None:
        """Answer the next `count` requests to `route` ('callback', 'followup', 'edit', 'commands') badly."""
        self._failures[route].extend(_Failure(status, retry_after) for _ in range(count))

    # ---- the gateway --------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        compress = request.query.get("compress")
        try:
            compressor = _compressor(compress)
        except ValueError as exc:
            await ws.close(code=4000, message=str(exc).encode())
            return ws
        sock = _Socket(ws, compressor)
        self._sockets.append(sock)
        try:
            await sock.send({"op": 10, "d": {"heartbeat_interval": self.heartbeat_interval_ms}})
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                await self._on_gateway_message(sock, json.loads(msg.data), request)
        finally:
            self._sockets.remove(sock)
        return ws

    async def _on_gateway_message(self, sock: _Socket, payload: dict[str, Any], request: web.Request) -> None:
        op = payload.get("op")
        if op == 1:
            self.heartbeats += 1
            await sock.send({"op": 11, "d": None})
        elif op == 2:
            if payload["d"].get("token") != TOKEN:
                await sock.ws.close(code=4004, message=b"Authentication failed.")
                return
            self.identified += 1
            self.intents = payload["d"].get("intents")
            sock.shard = payload["d"].get("shard")
            url = f"ws://127.0.0.1:{self.port}/gateway"
            ready = {"v": 10, "user": BOT_USER, "guilds": [], "session_id": f"session-{snowflake()}",
                     "resume_gateway_url": url, "shard": payload["d"].get("shard"),
                     "application": {"id": str(APPLICATION_ID), "flags": 0}}
            await sock.dispatch("READY", ready)
            self._ready.set()
        elif op == 6:  # RESUME: simplest honest answer is "start a new session"
            await sock.send({"op": 9, "d": False})

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a DISPATCH event to every connected bot; a guild's events only to the shard that has it."""
        guild = data.get("guild_id")
        for sock in list(self._sockets):
            if guild is None or sock.shard is None or (int(guild) >> 22) % sock.shard[1] == sock.shard[0]:
                await sock.dispatch(event, data)

    # ---- interactions -------------------------------------------------------------------------------

    async def interact(self, payload: dict[str, Any], timeout: float = 10.0) -> Request:
        """Dispatch INTERACTION_CREATE and return the bot's first answer to it (its callback)."""
        await self.dispatch("INTERACTION_CREATE", payload)
        return await self.next_reply(payload["token"], timeout)

    async def next_reply(self, token: str, timeout: float = 10.0) -> Request:
        """The next callback, follow-up or edit the bot sends with this interaction token."""
        reply = await asyncio.wait_for(self._replies[token].get(), timeout)
        if self._replies[token].empty():
            del self._replies[token]  # a later reply makes a new queue
        return reply

    def _message(self, data: dict[str, Any], channel_id: str, *, flags: int = 0) -> dict[str, Any]:
        message = {
            "id": snowflake(), "channel_id": channel_id, "author": BOT_USER, "content": data.get("content") or "",
            "timestamp": "2024-01-01T00:00:00.000000+00:00", "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [],
            "embeds": data.get("embeds") or [], "components": data.get("components") or [], "pinned": False,
            "type": 20, "flags": flags | (data.get("flags") or 0),
        }
        if self.keep_history:
            self.messages[message["id"]] = message
        return message

    # ---- REST ---------------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        # Interaction callbacks and webhooks are authorised by their token in the path; the rest by the bot's.
        needs_auth = not path.startswith(("/webhooks/", "/interactions/"))
        body = await request.json() if request.can_read_body else None
        op = spec().operation(request.method, path)
        record = Request(request.method, path, op.template if op else None, body, dict(request.query))
        if self.keep_history:
            self.requests.append(record)
        if needs_auth and request.headers.get("Authorization") != f"Bot {TOKEN}":
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        if self.validate:
            errors = spec().errors(request.method, path, body)
            if errors:
                self.invalid.extend(errors)
                return _json({"code": 50035, "message": "Invalid Form Body", "errors": errors},
                                         status=400)
        route = _route_name(op.template if op else "")
        if self._failures.get(route):
            failure = self._failures[route].pop(0)
            return _failure_response(failure)
        return await self._handle(request.method, op.template if op else path, path, body, record)

    async def _handle(self, method: str, template: str, path: str, body: Any, record: Request) -> web.Response:
        parts = path.strip("/").split("/")
        if template == "/gateway/bot":
            return _json({"url": f"ws://127.0.0.1:{self.port}/gateway", "shards": 1,
                                      "session_start_limit": {"total": 1000, "remaining": 999,
                                                              "reset_after": 0, "max_concurrency": 1}})
        if template == "/users/@me":
            return _json(BOT_USER)
        if template in ("/applications/@me", "/oauth2/applications/@me"):
            return _json({
                "id": str(APPLICATION_ID), "name": "whosaid", "icon": None, "description": "", "summary": "",
                "bot_public": True, "bot_require_code_grant": False, "verify_key": "0" * 64, "flags": 0,
                "owner": {**BOT_USER, "bot": False, "id": "200000000000000002", "username": "owner"},
                "team": None, "rpc_origins": [],
            })
        if method == "PUT" and template.endswith("/commands"):
            self.sync_count += 1
            stored = [{**c, "id": snowflake(), "application_id": str(APPLICATION_ID), "version": snowflake(),
                       "type": c.get("type") or 1, "description": c.get("description") or "",
                       "default_member_permissions": c.get("default_member_permissions"),
                       **({"guild_id": parts[3]} if "/guilds/" in template else {})} for c in body]
            if "/guilds/" in template:
                self.guild_commands[parts[3]] = stored
            else:
                self.global_commands = stored
            return _json(stored)
        if template == "/interactions/{interaction_id}/{interaction_token}/callback":
            return self._callback(parts[2], body, record)
        if template == "/webhooks/{webhook_id}/{webhook_token}":
            message = self._message(body, "0")
            self._replies[parts[2]].put_nowait(record)
            return _json(message)
        if template.startswith("/webhooks/{webhook_id}/{webhook_token}/messages/"):
            message = self._message(body or {}, "0")
            if method != "GET":
                self._replies[parts[2]].put_nowait(record)
            return _json(message)
        return _json({"message": "404: Not Found (the fake has no such route)", "code": 0}, status=404)

    def _callback(self, token: str, body: dict[str, Any], record: Request) -> web.Response:
        kind = body["type"]
        data = body.get("data") or {}
        ephemeral = bool((data.get("flags") or 0) & 64)
        interaction = {"id": snowflake(), "type": 2, "response_message_loading": kind == 5,
                       "response_message_ephemeral": ephemeral}
        answer: dict[str, Any] = {"interaction": interaction}
        if kind in (4, 5, 7):
            message = self._message(data, "0")
            interaction["response_message_id"] = message["id"]
            answer["resource"] = {"type": kind, "message": message}
        self._replies[token].put_nowait(record)
        return _json(answer)


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """A JSON answer with Discord's exact content type (discord.py parses only `application/json`)."""
    return web.Response(body=json.dumps(data).encode(), status=status,
                        headers={**(headers or {}), "Content-Type": "application/json"})


def _route_name(template: str) -> str:
    if template.endswith("/callback"):
        return "callback"
    if template == "/webhooks/{webhook_id}/{webhook_token}":
        return "followup"
    if "/messages/" in template:
        return "edit"
    if template.endswith("/commands"):
        return "commands"
    return template


def _failure_response(failure: _Failure) -> web.Response:
    if failure.status == 429:
        headers = {"Via": "1.1 google", "Retry-After": str(failure.retry_after), "X-RateLimit-Scope": "user",
                   "X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0",
                   "X-RateLimit-Reset-After": str(failure.retry_after), "X-RateLimit-Bucket": "fake"}
        return _json({"message": "You are being rate limited.", "retry_after": failure.retry_after,
                                  "global": False}, status=429, headers=headers)
    return _json({"message": f"{failure.status}: fake server error", "code": 0}, status=failure.status)


class _Zstd:
    """zstd-stream, as discord.py speaks it when `zstandard` is installed: each frame flushed whole."""

    def __init__(self) -> None:
        import zstandard

        self._flush_mode = zstandard.COMPRESSOBJ_FLUSH_BLOCK
        self._stream = zstandard.ZstdCompressor().compressobj()

    def compress(self, data: bytes) -> bytes:
        return self._stream.compress(data)

    def flush(self, _mode: int) -> bytes:
        return self._stream.flush(self._flush_mode)


def _compressor(kind: str | None) -> Any:
    if kind is None:
        return None
    if kind == "zlib-stream":
        return zlib.compressobj()
    if kind == "zstd-stream":
        return _Zstd()
    raise ValueError(f"compression {kind} is not supported by the fake")


@dataclass
class _Socket:
    ws: web.WebSocketResponse
    compressor: Any
    seq: int = 0
    shard: list[int] | None = None  # [shard id, shard count] from IDENTIFY
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def _send(self, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        if self.compressor is None:
            await self.ws.send_str(data.decode())
        else:
            await self.ws.send_bytes(self.compressor.compress(data) + self.compressor.flush(zlib.Z_SYNC_FLUSH))

    async def send(self, payload: dict[str, Any]) -> None:
        async with self.lock:  # one compression stream: frames must go out in the order they were made
            await self._send(payload)

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        async with self.lock:
            self.seq += 1
            await self._send({"op": 0, "t": event, "s": self.seq, "d": data})
