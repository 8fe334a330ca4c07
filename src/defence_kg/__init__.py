"""defence-kg: a knowledge graph of institutions, laboratories and their defence links.

Every fact is kept twice: as a plain edge for easy querying and export, and as a
``dkg:Statement`` holding its evidence (source document, quoted sentence, citation, asserter).

The pipeline runs one way: ``data/sources`` -> ``loaders`` -> dataset (named graphs plus
provenance) -> SHACL validation -> queries, exports and publishing. The public API is
``defence_kg.api`` (typed functions returning frozen dataclasses), offered here by name.
"""

from __future__ import annotations

__version__ = "0.1.0"

# Bound last, on purpose: importing the API imports the stage packages ``validate``, ``query``,
# ``export`` and ``load``, and Python sets each as an attribute of this package; the API's functions
# of the same names must be what ``defence_kg.validation`` etc. mean. (Stage modules are always
# imported by their full dotted names, which this does not affect.)
from defence_kg.api import *  # noqa: E402,F403
from defence_kg.api import __all__  # noqa: E402,F401
