"""What the extractor's tests share: the record of a small text, the resolutions a text names (anaphora
bound), and the stances and sponsorships the rules find in it."""
from __future__ import annotations

from unhrkg.extract import extract_text
from unhrkg.extract.anaphora import resolve_anaphora
from unhrkg.extract.references import RefMention, find_resolutions
from unhrkg.extract.sponsors import find_sponsors
from unhrkg.extract.stances import find_positions
from unhrkg.model.record import DocumentRecord


def read(text: str) -> DocumentRecord:
    """The whole record of a small text, as `unhrkg extract` gives it."""
    return extract_text(text, file="t.txt")


def mentions(text: str, context: str = "CHR") -> list[RefMention]:
    explicit = find_resolutions(text, context)
    return sorted(explicit + resolve_anaphora(text, explicit), key=lambda r: r.start)


def stances(text: str, authors: list[str], context: str = "CHR") -> set[tuple[str, str, str]]:
    return {(p["target"]["body"], p["target"]["number"], p["stance"])
            for p in find_positions(text, mentions(text, context), authors)}


def sponsors(text: str, context: str = "CHR") -> set[tuple[str, str, str]]:
    return {(s["resolution"]["body"], s["resolution"]["number"], s["sponsor"])
            for s in find_sponsors(text, mentions(text, context))}


def record_stances(text: str) -> list[tuple[str, str]]:
    """(number, stance) of each position the whole record of a small text takes, in its order."""
    return [(p["target"]["number"], p["stance"]) for p in read(text).positions]


def record_sponsors(text: str) -> list[tuple[str, str]]:
    """(number, sponsor) of each sponsorship the whole record of a small text gives, in its order."""
    return [(s["resolution"]["number"], s["sponsor"]) for s in read(text).sponsors]
