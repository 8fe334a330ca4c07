"""core: what every stage uses — errors, namespaces, the project, the Oxigraph store, SPARQL text,
output files, progress and result records.

It loads no library, so the command line can show ``BASE`` and ``CERTAINTIES`` in its help before
any library loads.
"""

from __future__ import annotations

import logging

# rdflib logs a warning with a full traceback for every ill-typed literal it meets
# ("2019-13-45"^^xsd:date). The literal is kept as it is and SHACL reports it once, as a validation
# result naming the triple (sh:datatype); a library traceback on stderr would only alarm the user.
logging.getLogger("rdflib.term").setLevel(logging.ERROR)

#: The IRI base of the data (core.namespaces builds the project's namespaces on it).
BASE = "https://w3id.org/defence-kg/"

#: The certainties of facts, strongest first. A plain edge is a stated fact; an implied or possible
#: fact is only a statement, and becomes an edge only when a consumer includes its certainty
#: (``--certainty``: the weakest included; each includes those before it).
CERTAINTIES: tuple[str, ...] = ("stated", "implied", "possible")
