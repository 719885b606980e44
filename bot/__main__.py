"""The `whosaid` command line: ingest | search | console | run | sync | health.

With no sub-command it runs the bot when DISCORD_TOKEN is set and the console otherwise, so a new user
always gets something useful. Each sub-command lives in its own module, imported only when used.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from bot import __version__
from bot.settings import SettingsError, load_settings

# sub-command -> "module:function"; each function takes (args, settings) and returns an exit code.
_HANDLERS = {
    "ingest": "bot.cli.ingest:main",
    "search": "bot.cli.search:main",
    "console": "bot.console:main",
    "run": "bot.client:run_main",
    "sync": "bot.client:sync_main",
    "health": "bot.ops.health:main",
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    parser = argparse.ArgumentParser(
        prog="whosaid",
        description="Who said what, where and when: quoted passages with source links.",
        epilog="With no command: `run` when DISCORD_TOKEN is set, otherwise `console`.",
    )
    parser.add_argument("--version", action="version", version=f"whosaid {__version__}")
    parser.add_argument("--config", type=Path, help="settings file (default: $WHOSAID_CONFIG or config/whosaid.yaml)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("ingest", help="derive the fact table from documents")
    p.add_argument("dirs", nargs="*", type=Path, metavar="DIR", help="folders of *.txt documents (default: seeds/)")
    p.add_argument("--out", type=Path, metavar="FILE", help="fact table to write (default: from the config)")
    p.add_argument("--corrections", type=Path, metavar="FILE", help="curated corrections (default: from the config)")
    p.add_argument("--no-corrections", action="store_true", help="write the table as extracted")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output, only the summary")
    p.add_argument("--no-index", action="store_true", help="do not compile the search index afterwards")

    p = sub.add_parser("search", help="search quotes and passages")
    p.add_argument("query", nargs="?", default=None, help="what to look for")
    p.add_argument("--stdin", action="store_true", help="one query per input line, one JSON array per line")
    p.add_argument("--facts", type=Path, metavar="FILE", help="fact table (default: from the config)")
    p.add_argument("--speaker", metavar="NAME", help="only statements by this speaker (fuzzy)")
    p.add_argument("--place", metavar="PLACE", help="only statements at this place")
    p.add_argument("--date", metavar="WHEN", help="YYYY, YYYY-MM, YYYY-MM-DD or a range such as 2017..2019")
    p.add_argument("--limit", type=int, default=5, metavar="N", help="at most N results (default 5)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("console", help="answer bot commands typed at a prompt (no Discord needed)")
    p.add_argument("-c", "--command", dest="line", metavar="LINE", help='run one command and exit, e.g. "/who luo"')
    p.add_argument("--facts", type=Path, metavar="FILE", help="fact table (default: from the config)")

    sub.add_parser("run", help="run the Discord bot (token from DISCORD_TOKEN)")
    sub.add_parser("sync", help="register the slash commands globally (only when they changed)")
    p = sub.add_parser("health", help="exit 0 while the running bot is healthy (for HEALTHCHECK)")
    p.add_argument("--url", help="health endpoint to ask (default: from the http settings)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `whosaid` console script."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
    except SettingsError as exc:
        print(f"whosaid: invalid settings: {exc}", file=sys.stderr)
        return 2
    command = args.command or ("run" if settings.token else "console")
    if args.command is None and command == "console":
        args.line, args.facts = None, None
    module_name, func_name = _HANDLERS[command].split(":")
    handler = getattr(importlib.import_module(module_name), func_name)
    try:
        return int(handler(args, settings) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `whosaid ... | head`: the reader left; not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
