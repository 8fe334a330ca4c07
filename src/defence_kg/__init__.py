"""defence-kg: a knowledge graph of institutions, laboratories and their defence links.

Every fact is kept twice: as a plain edge for easy querying and export, and as a
``dkg:Statement`` holding its evidence (source document, quoted sentence, citation, asserter).

The pipeline runs one way: ``data/sources`` -> ``loaders`` -> dataset (named graphs plus
provenance) -> SHACL validation -> queries, exports and publishing. The public API is
``defence_kg.api`` (typed functions returning frozen dataclasses), offered here by name.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from defence_kg.api import *  # noqa: F403


def __getattr__(name: str) -> Any:
    # The API is imported on first use, not here: a stage (or a loader) importing one module of the
    # package should not load every library the others need (about 1 s and 140 MB).
    if name.startswith("__") and name != "__all__":
        raise AttributeError(name)  # module machinery (__path__, __spec__...) is not the API
    api = importlib.import_module("defence_kg.api")
    if name == "__all__":
        return api.__all__
    if name in api.__all__:
        return getattr(api, name)
    raise AttributeError(f"module 'defence_kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *importlib.import_module("defence_kg.api").__all__})
