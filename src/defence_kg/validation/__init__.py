"""validate.

This module imports nothing, so the command line can offer the engines before any library loads.
"""

#: "oxigraph" (default): defence_kg.validation.engine, proven equal to pySHACL by
#: tests/test_fast_validation.py, falling back to pySHACL for shapes it cannot compile;
#: "pyshacl": the reference engine.
ENGINES = ("oxigraph", "pyshacl")
DEFAULT_ENGINE = "oxigraph"
