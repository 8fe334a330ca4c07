"""defence-kg: a knowledge graph of institutions, laboratories and their defence links.

Every fact is kept twice: as a plain edge for easy querying and export, and as a
``dkg:Statement`` holding its evidence (source document, quoted sentence, citation, asserter).

The pipeline runs one way: ``data/sources`` -> ``loaders`` -> dataset (named graphs plus
provenance) -> SHACL validation -> queries, exports and publishing.
"""
from __future__ import annotations

__version__ = "0.1.0"
