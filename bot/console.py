"""`whosaid console`: the bot's commands typed at a prompt, answered as text by the same rendering layer.

    /quote foreign fighters speaker:chen year:2017
    /who luo            /where <place>        /when June 2017       /source <title or id>
    /about              /identify <text>      /next  /prev          /help  /quit

Options are written `name:value`; a value runs until the next option. A line without a leading
command is searched as a quote. When the fact table is missing it is built from the documents first.
"""

from __future__ import annotations

import contextlib
import difflib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.exts import commands as cmd
from bot.facts.model import FactTableError, save
from bot.facts.search import SearchIndex
from bot.ui import render

_COMMAND = re.compile(r"^/?(?P<name>[\w-]+)\s*(?P<rest>.*)$", re.DOTALL)
_EXTRA = {
    "identify": "Who said this? Paste a text; finds the passage it comes from",
    "next": "The next page of the last answer",
    "prev": "The previous page of the last answer",
    "help": "This help",
    "quit": "Leave the console (or Ctrl-D)",
}


def parse_options(spec: cmd.Spec, rest: str) -> list[str]:
    """The option values of `rest` in the spec's order ("" when absent).

    Text before the first `name:` goes to the first option; `name:value` runs until the next option.
    """
    names = [o.name for o in spec.options]
    values = dict.fromkeys(names, "")
    if not names:
        return []
    pattern = re.compile(r"(?:^|\s)(" + "|".join(map(re.escape, names)) + r"):", re.IGNORECASE)
    marks = list(pattern.finditer(rest))
    values[names[0]] = rest[: marks[0].start() if marks else len(rest)].strip()
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(rest)
        value = rest[mark.end():end].strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1].strip()
        values[mark.group(1).lower()] = value
    return [values[n] for n in names]


def help_text() -> str:
    """Every command, with its options and an example."""
    lines = ["Commands (options as name:value):"]
    for spec in cmd.SPECS:
        usage = " ".join(f"{o.name}" if o.required else f"[{o.name}:…]" for o in spec.options)
        lines.append(f"  /{spec.name} {usage}".rstrip() + f"\n      {spec.description}.")
    lines.extend(f"  /{name}\n      {text}." for name, text in _EXTRA.items())
    lines.append(f"Example: {cmd.QUOTE.example}")
    return "\n".join(lines)


@dataclass
class Console:
    """A console session: the index, results per page, and the last paged command for /next and /prev."""

    index: SearchIndex
    per_page: int = 3
    last: tuple[str, list[str], int] | None = field(default=None)

    def run(self, line: str) -> str:
        """The answer to one input line, as text. Never raises on bad input."""
        line = line.strip()
        if not line:
            return ""
        match = _COMMAND.match(line)
        if not line.startswith("/") or match is None:
            return self._answer("quote", [line], 0)
        name, rest = match["name"].lower(), match["rest"].strip()
        if name in ("help", "h", "?"):
            return help_text()
        if name in ("next", "prev"):
            if self.last is None:
                return "Nothing to page through yet: run /quote, /where or /when first."
            last_name, options, page = self.last
            return self._answer(last_name, options, page + (1 if name == "next" else -1))
        if name == "identify":
            return render.to_text(cmd.identify(self.index, rest))
        spec = next((s for s in cmd.SPECS if s.name == name), None)
        if spec is None:
            known = [s.name for s in cmd.SPECS] + list(_EXTRA)
            close = difflib.get_close_matches(name, known, n=1)
            hint = f" Did you mean /{close[0]}?" if close else ""
            return f"Unknown command /{name}.{hint} Type /help for the list."
        return self._answer(name, parse_options(spec, rest), 0)

    def _answer(self, name: str, options: list[str], page: int) -> str:
        answer = cmd.HANDLERS[name](self.index, options, max(page, 0), self.per_page)
        if answer.pages > 1:
            self.last = (name, options, answer.page)
        return render.to_text(answer)


def _load_or_build(path: Path, settings: Any) -> SearchIndex:
    """The index over the table at `path`, building and saving the table first when it is missing."""
    if not path.exists():
        from bot.facts.ingest.pipeline import ingest_paths

        folders = [Path(p) for p in settings.documents]
        names = ", ".join(map(str, folders))
        print(f"No fact table at {path}: building it from {names} ...", file=sys.stderr)
        corrections = settings.corrections if settings.corrections and settings.corrections.exists() else None
        result = ingest_paths(folders, corrections=corrections)
        if not result.table.documents:
            raise FactTableError(f"{path}: no fact table, and no documents found in {names}")
        save(result.table, path)
        print(f"Saved {len(result.table.facts)} statements from {len(result.table.documents)} documents "
              f"to {path}.", file=sys.stderr)
    return SearchIndex.load(path)


def main(args: Any, settings: Any) -> int:
    """`whosaid console [-c LINE] [--facts FILE]`."""
    path = Path(getattr(args, "facts", None) or settings.facts)
    try:
        index = _load_or_build(path, settings)
    except Exception as exc:  # a missing folder, an unreadable or invalid table: one line, no traceback
        print(f"whosaid: {exc}", file=sys.stderr)
        return 1
    console = Console(index, settings.commands_results_per_page)
    line = getattr(args, "line", None)
    if line is not None:
        print(console.run(line))
        return 0
    return _repl(console, sys.stdin.isatty())


def _repl(console: Console, interactive: bool) -> int:
    stats = console.index.stats()
    if interactive:
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401 - line editing and history at the prompt
        print(f"whosaid console: {stats.facts} statements by {stats.speakers} speakers in "
              f"{stats.documents} documents. Type /help for the commands, Ctrl-D to leave.")
    while True:
        try:
            line = input("whosaid> " if interactive else "")
        except (EOFError, KeyboardInterrupt):
            if interactive:
                print()
            return 0
        if line.strip().lower() in ("/quit", "/exit", "/q"):
            return 0
        try:
            out = console.run(line)
        except Exception as exc:  # the console must survive anything a user types
            out = f"Sorry, that failed ({type(exc).__name__}: {exc}). Type /help for the commands."
        if out:
            print(out, flush=True)
