"""query.

This module imports nothing, so the command line can show the default timeout before any library loads.
"""

#: Seconds to wait for a remote SPARQL endpoint (defence_kg.queries.client).
DEFAULT_TIMEOUT_S = 60
