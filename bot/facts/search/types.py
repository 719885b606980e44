"""The plain result objects search hands to the CLI and the bot (no Discord types here)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Result:
    """One quote (a fact) or a passage nobody is quoted in (`fact_id` and `speaker` None)."""

    fact_id: str | None
    speaker: str | None
    role: str | None
    quote: str
    date: str | None
    place: str | None
    event: str | None
    document: str
    url: str | None
    score: float
    title: str | None
    publisher: str | None
    published: str | None
    start: int
    end: int

    def to_json(self) -> dict[str, object]:
        """The fields other tools read from `whosaid search --json`."""
        return {
            "fact_id": self.fact_id, "speaker": self.speaker, "role": self.role, "quote": self.quote,
            "date": self.date, "place": self.place, "event": self.event, "document": self.document,
            "url": self.url, "score": self.score,
        }


@dataclass(frozen=True, slots=True)
class Choice:
    """An autocomplete choice: a label and a short key, each at most 100 characters."""

    name: str
    value: str


@dataclass(frozen=True, slots=True)
class SpeakerProfile:
    """What one speaker said, where and when."""

    name: str
    roles: tuple[str, ...]
    count: int
    documents: tuple[str, ...]
    dates: tuple[str, ...]
    top: tuple[Result, ...]


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A document and who is quoted in it."""

    id: str
    title: str | None
    url: str | None
    publisher: str | None
    published: str | None
    speakers: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True)
class Stats:
    """Size of the table."""

    documents: int
    facts: int
    speakers: int
    first_date: str | None
    last_date: str | None
