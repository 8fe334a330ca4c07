"""setup: the namespaces of the project's IRIs and of the vocabularies it aligns with."""

from __future__ import annotations

import re

from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, VOID, XSD

from defence_kg.core import BASE
from defence_kg.core.errors import InputError


class _TermsOnce(Namespace):
    """rdflib's Namespace, each ``NS.term`` made once: the rules name a property or class per fact
    (``DKG.hostedBy``) and rdflib made and checked a new URIRef at every access (about 2 µs, some
    870,000 times in a build of a million quads). The same terms; ``NS[...]`` is not kept, since
    minted IRIs do not repeat."""

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)  # refuses Python's special names
        self.__dict__[name] = term  # found before __getattr__ from now on
        return term


def known_iri(text: str) -> URIRef:
    """``URIRef(text)`` without rdflib checking the IRI again (about 2 µs each): for IRIs the
    project made and checked before, or built from parts that cannot make it invalid."""
    return str.__new__(URIRef, text)


DKG = _TermsOnce(BASE + "ontology#")
ID = Namespace(BASE + "id/")
VOCAB = Namespace(BASE + "vocab/")
GRAPH = Namespace(BASE + "graph/")
EDTF = Namespace("http://id.loc.gov/datatypes/edtf/")

SCHEMA = SDO

ONTOLOGY_GRAPH = GRAPH["ontology"]
METADATA_GRAPH = GRAPH["metadata"]

#: Prefixes written into every serialisation, in this order.
PREFIXES: dict[str, str] = {
    "dkg": str(DKG),
    "id": str(ID),
    "vocab": str(VOCAB),
    "graph": str(GRAPH),
    "dcat": str(DCAT),
    "dcterms": str(DCTERMS),
    "edtf": str(EDTF),
    "org": str(ORG),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "time": str(TIME),
    "void": str(VOID),
    "xsd": str(XSD),
}


def vocab(scheme: str, concept: str):
    """The IRI of a concept of one of our SKOS schemes, e.g. ``vocab("risk", "medium")``."""
    return VOCAB[f"{scheme}/{concept}"]


def iri_base(base_url: str, option: str = "--base-url") -> str:
    """An http(s) IRI base given by the user, ending with "/" (what IRIs are made from)."""
    why = None
    if not base_url.startswith(("http://", "https://")) or len(base_url.rstrip("/")) <= len("https://"):
        why = "IRIs need an http(s) base"
    elif bad := sorted(set(_NOT_IN_BASE.findall(base_url))):
        # (an IRI cannot hold them: the site's and a release's RDF would be refused by every parser)
        shown = ", ".join(repr(c) for c in bad)
        why = (
            f'it holds {shown}: an IRI base holds no space, control character or any of < > " {{ }} | \\ ^ ` '
            "(RFC 3987), nor # or ? (its IRIs are made by appending paths to it)"
        )
    if why:
        raise InputError(f"bad {option} '{base_url}'", why=why, fix=f"pass e.g. {option} {BASE}")
    return base_url.rstrip("/") + "/"


#: what an IRI base may not hold: spaces and controls, the characters RFC 3987 excludes, and the
#: start of a query or fragment (a base's IRIs are made by appending a path to it)
_NOT_IN_BASE = re.compile(r'[\x00-\x20\x7f<>"{}|\\^`#?]')
