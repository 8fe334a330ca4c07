"""load: run the profile loader on one document and show its facts (``defence-kg extract FILE``).

The facts come out as JSON with labels (for a person to review) and as Turtle (what the build
would add), without touching the build folder.
"""

from __future__ import annotations

import dataclasses
import json
import shlex
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS

from defence_kg.core.errors import InputError
from defence_kg.core.inputs import document_file
from defence_kg.core.namespaces import DKG, PREFIXES
from defence_kg.core.project import Project
from defence_kg.core.sparql import compact
from defence_kg.core.store import parse_file
from defence_kg.loading import curation
from defence_kg.loading.context import LoadContext, slug
from defence_kg.loading.loader import run_loader
from defence_kg.loading.profile_text import institution_name, parse_profile
from defence_kg.loading.registry import Registry
from defence_kg.sources.documents import read_text
from defence_kg.sources.profiles import Document, read_profile

PROFILE_SOURCE = "aspi-tracker"


def load_registry(project: Project) -> Registry:
    ontology = [t for p in sorted(project.ontology.glob("*.ttl")) for t in parse_file(p)]
    return Registry([t for p in sorted(project.curated.glob("*.ttl")) for t in curation.load_curated(p, ontology)])


def extract_document(project: Project, path: Path) -> LoadContext:
    """Run the profile loader on one text file, as if it were the source's only document.

    The document is named after the institution the text profiles (its slug), never after the
    file: renaming the file changes no IRI."""
    if path.is_dir():
        raise InputError(
            "the document is a folder",
            where=str(path),
            fix=f"to read every profile in it, use: defence-kg extract --report {shlex.quote(str(path))}",
        )
    document_file(path, InputError("document not found", where=str(path), fix="give the path of a profile text file"))
    profile = parse_profile(read_text(path), where=str(path))
    name = institution_name(profile)
    profile_file = project.sources / f"{PROFILE_SOURCE}.toml"
    if not profile_file.is_file():
        raise InputError(
            "the project has no profile source to read the text with",
            where=str(profile_file),
            why=f"extract reads a text as a document of the source '{PROFILE_SOURCE}' (its loader and publisher)",
            fix=f"restore {profile_file.name} in the project's sources folder (it ships with the project)",
        )
    source = read_profile(profile_file)
    # (a name with no letter or digit to slug is "unnamed-profile" too)
    document = Document(id=slug(name or "") or "unnamed-profile", path=str(path.resolve()), url=None, format="text")
    ctx = LoadContext(
        project=project, source=dataclasses.replace(source, documents=(document,)), registry=load_registry(project)
    )
    run_loader(ctx)
    return ctx


# a statement's own properties, shown by name in its record; any other is a qualifier of the fact
# (when it held: dkg:startDate, dkg:endDate, dkg:pointInTime, shown with the node it points to;
# a shareholder's dkg:stakePercent)
_RECORDED = frozenset(
    (
        RDF.type,
        RDF.subject,
        RDF.predicate,
        RDF.object,
        DKG.certainty,
        DKG.quote,
        DKG.assertedBy,
        PROV.wasDerivedFrom,
        DKG.citation,
        DKG.accordingTo,
    )
)


def facts_as_records(ctx: LoadContext) -> list[dict]:
    """One record per statement: subject, predicate, object with labels, the evidence, and the
    fact's qualifiers (when it held) with what their nodes say."""
    by_node: dict = defaultdict(dict)
    labels: dict = {}
    for s, p, o in ctx.triples:
        by_node[s].setdefault(p, []).append(o)
        if p == SKOS.prefLabel and getattr(o, "language", None) == "en":
            labels[s] = str(o)

    def show(term):
        if isinstance(term, Literal):
            value = term.toPython()
            return value if isinstance(value, (bool, int, float)) else str(term)
        return {
            "iri": str(term),
            "label": labels.get(term) or ctx.registry.labels.get(term) or compact(str(term), angle=False),
        }

    def detail(node) -> dict:
        return {compact(str(k), angle=False): [show(x) for x in v] for k, v in by_node[node].items() if k != RDF.type}

    records = []
    for _node, props in by_node.items():
        if DKG.Statement not in props.get(RDF.type, []):
            continue
        obj = props[RDF.object][0]
        record = {
            "subject": show(props[RDF.subject][0]),
            "predicate": compact(str(props[RDF.predicate][0]), angle=False),
            "object": show(obj),
            "certainty": compact(str(props[DKG.certainty][0]), angle=False),
            "quote": str(props.get(DKG.quote, [""])[0]),
        }
        if isinstance(obj, URIRef) and obj in by_node and RDF.type in by_node[obj]:
            record["object_detail"] = detail(obj)
        if qualifiers := {k: v for k, v in props.items() if k not in _RECORDED}:
            record["qualifiers"] = {
                compact(str(k), angle=False): [{**show(x), **detail(x)} if x in by_node else show(x) for x in v]
                for k, v in sorted(qualifiers.items())
            }
        for key in (DKG.citation, DKG.accordingTo):
            if key in props:
                record[compact(str(key), angle=False)] = str(props[key][0])
        records.append(record)
    return sorted(records, key=lambda r: (r["quote"], r["predicate"], json.dumps(r, sort_keys=True)))


@dataclass(frozen=True)
class Extraction:
    """The facts one profile document yields (records with labels and quotes, for a person to
    review), its sentences left unparsed, its warnings, and its triples as Turtle."""

    document: str
    facts: tuple[dict, ...]
    unparsed: tuple[str, ...]
    warnings: tuple[str, ...]
    turtle: str = field(default="", metadata={"json": None}, repr=False)


def extract(project: Project, path: Path) -> Extraction:
    """Run the profile loader on one text file, without touching the build folder.

    >>> from defence_kg.core.project import find_project
    >>> e = extract(find_project(), Path("data/documents/aspi-tracker/chongqing-university.txt"))
    >>> len(e.facts) > 40, e.warnings
    (True, ())
    """
    ctx = extract_document(project, path)
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    for triple in ctx.triples:
        graph.add(triple)
    return Extraction(
        document=str(path),
        facts=tuple(facts_as_records(ctx)),
        unparsed=tuple(str(o) for s, p, o in ctx.triples if p == DKG.unparsedSentence),
        warnings=tuple(ctx.warnings),
        turtle=graph.serialize(format="turtle"),
    )
