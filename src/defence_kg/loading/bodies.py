"""loaders: bodies that exist inside every institution (party committee, secrecy-work leading
group, academic committee, ...), read from ``data/wordlists/institution-bodies.csv``.

Such a body is always some institution's own: it is minted under its parent
(``id:<parent>-<body>``), and a bare generic name never identifies one body across institutions,
so the registry must not hold one.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

FILE = "institution-bodies.csv"


@cache
def generic_bodies(wordlists: Path) -> frozenset[str]:
    """The generic body names of the word-list folder (lower case); none if the file is absent."""
    path = wordlists / FILE
    if not path.is_file():
        return frozenset()
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return frozenset(row["name"].strip().lower() for row in csv.DictReader(lines) if row["name"].strip())


def is_generic_body(name: str, wordlists: Path) -> bool:
    """The name is only a kind of body ("the Leading Small Group on Secrecy Work", "党委")."""
    bare = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", name.strip().replace("’", "'")), flags=re.IGNORECASE)
    return bare.lower() in generic_bodies(wordlists)
