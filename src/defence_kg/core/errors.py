"""all stages: the error hierarchy and the exit codes the command line maps them to.

Each error says what went wrong, where (file:line, key or IRI), why, and how to fix it.
"""

from __future__ import annotations

import re

EXIT_OK = 0
EXIT_INVALID = 1  # data fails validation or expectations
EXIT_USAGE = 2  # usage or input error
EXIT_REMOTE = 3  # remote failure (endpoint unreachable, refused, timed out)


class DefenceKGError(Exception):
    """Root of the project's errors. ``exit_code`` tells the command line how to exit."""

    exit_code = EXIT_USAGE

    def __init__(self, what: str, *, where: str | None = None, why: str | None = None, fix: str | None = None) -> None:
        self.what, self.where, self.why, self.fix = what, where, why, fix
        super().__init__(self.render())

    def render(self) -> str:
        head = f"{self.where}: {self.what}" if self.where else self.what
        lines = [head]
        if self.why:
            lines.append(f"  why: {self.why}")
        if self.fix:
            lines.append(f"  fix: {self.fix}")
        return visible("\n".join(lines))


_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """``text`` for a terminal, its control characters (but line breaks) written out ("\\x1b"):
    what the user typed is quoted back, and an escape sequence in it is shown, not obeyed."""
    return _CONTROL.sub(lambda c: f"\\x{ord(c[0]):02x}", text)


class InputError(DefenceKGError):
    """A missing or malformed input file (profile, Turtle, document, query)."""


class ProfileError(InputError):
    """A source profile in data/sources is malformed."""


class LoaderError(InputError):
    """A loader failed on its documents."""


class ExpectationFailed(DefenceKGError):
    """A source yielded fewer items than its profile expects."""

    exit_code = EXIT_INVALID


class ValidationFailed(DefenceKGError):
    """The dataset does not conform to the shapes."""

    exit_code = EXIT_INVALID


class QueryError(DefenceKGError):
    """A stored or ad-hoc query is unknown, malformed, or got bad parameters."""


class RemoteError(DefenceKGError):
    """A SPARQL endpoint was unreachable, refused the request, timed out or answered garbage."""

    exit_code = EXIT_REMOTE
