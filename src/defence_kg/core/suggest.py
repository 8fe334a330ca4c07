"""core: "did you mean" for mistyped names (commands, stored queries): the known names within two
edits (Levenshtein distance, computed by rapidfuzz), closest first."""

from __future__ import annotations

from collections.abc import Iterable

MAX_EDITS = 2


def close_names(word: str, known: Iterable[str], *, max_edits: int = MAX_EDITS) -> list[str]:
    """The known names at most ``max_edits`` edits from ``word``, closest first, then by name.

    >>> close_names("buidl", ["build", "validate", "serve"])
    ['build']
    """
    # imported here: the command line imports this module for every command, and rapidfuzz took
    # 15 ms of each start, to be used only on a mistyped name
    from rapidfuzz.distance import Levenshtein

    scored = [(Levenshtein.distance(word, name, score_cutoff=max_edits), name) for name in known]
    return [name for distance, name in sorted(scored) if distance <= max_edits]


def did_you_mean(word: str, known: Iterable[str]) -> str | None:
    """A "did you mean X?" hint, or None when no name is close."""
    close = close_names(word, known)
    return f"did you mean {' or '.join(repr(n) for n in close[:3])}?" if close else None
