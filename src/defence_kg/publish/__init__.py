"""publishing: publish targets (a SPARQL endpoint, a static linked-data site)."""
