"""Source links that open the document at the quoted passage, via a text fragment (`#:~:text=`).

Follows the URL Fragment Text Directives spec: each term is percent-encoded, including the three
characters the directive itself uses (`-`, `,` and `&`). A short quote is matched whole; a long one
by its first and last words (`textStart,textEnd`). The link never exceeds Discord's URL limit: with
fewer words when needed, and without a fragment as the last resort.
"""

from __future__ import annotations

import functools
from urllib.parse import quote as _percent

from bot.ui import limits

_WHOLE_WORDS = 8  # quotes up to this many words are matched whole
_EDGE_WORDS = 4  # otherwise: this many words at each end


def _term(words: list[str]) -> str:
    return _percent(" ".join(words), safe="").replace("-", "%2D")


def _with_directive(url: str, directive: str) -> str:
    if "#" not in url:
        return f"{url}#:~:{directive}"
    if ":~:" in url.split("#", 1)[1]:
        return f"{url}&{directive}"
    return f"{url}:~:{directive}"


@functools.lru_cache(maxsize=4096)  # the same quotes come up again and again
def fragment_link(url: str | None, quote: str, limit: int = limits.URL) -> str | None:
    """`url` with a text fragment that highlights `quote`, kept within `limit` characters.

    Returns the plain URL when no fragment fits, and None when there is no usable http(s) URL.
    """
    if not url or not url.startswith(("http://", "https://")) or len(url) > limit:
        return None
    words = quote.split()
    candidates: list[str] = []
    if 0 < len(words) <= _WHOLE_WORDS:
        candidates.append(f"text={_term(words)}")
    for k in range(min(_EDGE_WORDS, len(words) // 2), 0, -1):
        candidates.append(f"text={_term(words[:k])},{_term(words[-k:])}")
    for directive in candidates:
        link = _with_directive(url, directive)
        if len(link) <= limit:
            return link
    return url
