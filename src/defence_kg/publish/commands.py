"""publish: the `defence-kg publish endpoint` target (the `site` target registers itself)."""
from __future__ import annotations

from pathlib import Path

from defence_kg.query.client import DEFAULT_TIMEOUT_S


def _endpoint(args, project) -> int:
    from defence_kg.publish.endpoint import cmd_endpoint

    return cmd_endpoint(args, project)


def register(commands, publish_targets) -> None:
    if "endpoint" in publish_targets.choices:
        return
    p = publish_targets.add_parser(
        "endpoint", help="push each named graph to a SPARQL 1.1 server, then verify the counts",
        description="Replace each named graph of the built dataset on a SPARQL 1.1 server (Graph Store "
                    "PUT, or DROP+INSERT DATA by SPARQL Update), one request per graph, then count the "
                    "triples of each graph on the server. Credentials come from SPARQL_USER/SPARQL_PASSWORD "
                    "or a netrc file, never from the command line.")
    p.add_argument("--endpoint", required=True, metavar="QUERY_URL", help="query URL (used to verify)")
    p.add_argument("--gsp-endpoint", metavar="URL", help="Graph Store Protocol URL (preferred), e.g. .../store")
    p.add_argument("--update-endpoint", metavar="URL", help="SPARQL Update URL, used when there is no Graph Store")
    p.add_argument("--graph", action="append", default=[], metavar="IRI",
                   help="publish only this named graph (repeatable; default: all)")
    p.add_argument("--dry-run", type=Path, metavar="DIR",
                   help="write the request bodies and a manifest to DIR and send nothing")
    p.add_argument("--max-update-triples", type=int, default=0, metavar="N",
                   help="split SPARQL Update uploads into requests of at most N triples "
                        "(for servers with a size limit; NOT atomic per graph). Default: one request per graph")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_S, metavar="S",
                   help=f"seconds to wait for each request (default {DEFAULT_TIMEOUT_S})")
    p.set_defaults(func=_endpoint)
