"""The ontology: it parses, every term is documented, it is OWL 2 DL (checked by structure, then
loaded with owlready2 and classified by HermiT), its alignments survive RDFS reasoning, and the
code uses only terms it defines."""

from __future__ import annotations

import io
import re
import shutil

import owlrl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from defence_kg.core.namespaces import DKG
from helpers import ROOT


@pytest.fixture(scope="module")
def ontology() -> Graph:
    graph = Graph()
    for path in sorted((ROOT / "ontology").glob("*.ttl")):
        graph.parse(path)
    return graph


def terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(DKG))}


def test_header_has_version_and_licence(ontology):
    header = URIRef("https://w3id.org/defence-kg/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionIRI) is not None
    assert ontology.value(header, URIRef("http://purl.org/dc/terms/license")) is not None


def test_every_term_has_label_and_definition(ontology):
    """Every dkg: term, and every SKOS concept and scheme, has a label and a definition
    (rdfs:comment for terms and schemes, skos:definition for concepts)."""
    missing = [
        t for t in terms(ontology) if ontology.value(t, RDFS.label) is None or ontology.value(t, RDFS.comment) is None
    ]
    for concept in ontology.subjects(RDF.type, SKOS.Concept):
        if ontology.value(concept, SKOS.prefLabel) is None or ontology.value(concept, SKOS.definition) is None:
            missing.append(concept)
    for scheme in ontology.subjects(RDF.type, SKOS.ConceptScheme):
        if ontology.value(scheme, RDFS.label) is None or ontology.value(scheme, RDFS.comment) is None:
            missing.append(scheme)
    assert not missing, f"terms without a label and a definition: {sorted(missing)}"


def test_every_concept_is_labelled_and_in_a_scheme(ontology):
    for concept in ontology.subjects(RDF.type, SKOS.Concept):
        assert ontology.value(concept, SKOS.prefLabel) is not None, concept
        scheme = ontology.value(concept, SKOS.inScheme)
        assert (scheme, RDF.type, SKOS.ConceptScheme) in ontology, concept


def test_code_and_data_use_only_defined_terms(ontology):
    defined = {str(t)[len(str(DKG)) :] for t in terms(ontology)}
    used: dict[str, set[str]] = {}
    files = [
        *ROOT.glob("src/defence_kg/**/*.py"),
        *ROOT.glob("loaders/*.py"),
        *ROOT.glob("data/curated/*.ttl"),
        *ROOT.glob("queries/*.rq"),
        *ROOT.glob("shapes/*.ttl"),
    ]
    for path in files:
        text = path.read_text(encoding="utf-8")
        names = set(re.findall(r"\bDKG\.([A-Za-z]\w*)", text)) | set(re.findall(r"\bdkg:([A-Za-z]\w*)", text))
        names |= set(re.findall(r"ontology#([A-Za-z]\w*)", text))
        for name in names - defined:
            used.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    assert not used, f"terms used but not defined in ontology/: {used}"


def test_ontology_readme_walks_through_the_example():
    readme = (ROOT / "ontology" / "README.md").read_text(encoding="utf-8")
    for needle in ("Chongqing University", "dkg:Statement", "dkg:TemporalValue", "dkg:Count", "IRI"):
        assert needle in readme


# --- OWL 2 DL ---------------------------------------------------------------------------------
# The structural rules of OWL 2 DL an RDF ontology can break (OWL 2 Structural Specification §5,
# RDF mapping §3): each IRI is at most one kind of property and one of class/datatype; every
# property and class an axiom uses is declared; axioms relate entities of the matching kinds; the
# reserved vocabulary is never used as a class or property; datatypes come from OWL 2's datatype
# map. owlready2 does not reject these (it warns and "fixes"), and HermiT only sees what the OWL API
# parsed, so they are checked here first.

PROPERTY_KINDS = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
RESERVED = (str(RDF), str(RDFS), str(OWL), str(XSD))
#: OWL 2's datatype map (Structural Specification §4), as far as ranges here may use it.
DATATYPE_MAP = {
    RDFS.Literal,
    RDF.PlainLiteral,
    RDF.XMLLiteral,
    RDF.langString,
    OWL.real,
    OWL.rational,
    *(
        XSD[n]
        for n in (
            "decimal",
            "integer",
            "nonNegativeInteger",
            "nonPositiveInteger",
            "positiveInteger",
            "negativeInteger",
            "long",
            "int",
            "short",
            "byte",
            "unsignedLong",
            "unsignedInt",
            "unsignedShort",
            "unsignedByte",
            "double",
            "float",
            "string",
            "normalizedString",
            "token",
            "language",
            "Name",
            "NCName",
            "NMTOKEN",
            "boolean",
            "hexBinary",
            "base64Binary",
            "anyURI",
            "dateTime",
            "dateTimeStamp",
        )
    ),
}
#: Built-in annotation properties and RDF/OWL syntax predicates, which need no declaration.
BUILT_IN_PREDICATES = {
    RDF.type,
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    RDFS.domain,
    RDFS.range,
    RDFS.label,
    RDFS.comment,
    RDFS.seeAlso,
    RDFS.isDefinedBy,
    OWL.equivalentProperty,
    OWL.equivalentClass,
    OWL.inverseOf,
    OWL.versionIRI,
    OWL.versionInfo,
    OWL.imports,
    OWL.deprecated,
}
CHARACTERISTICS = {
    OWL.SymmetricProperty,
    OWL.TransitiveProperty,
    OWL.FunctionalProperty,
    OWL.InverseFunctionalProperty,
    OWL.AsymmetricProperty,
    OWL.ReflexiveProperty,
    OWL.IrreflexiveProperty,
}


def kind_of(graph: Graph, prop: URIRef) -> set[URIRef]:
    return {k for k in PROPERTY_KINDS if (prop, RDF.type, k) in graph}


def dl_violations(graph: Graph) -> list[str]:
    """The OWL 2 DL structural rules the graph breaks, one line each."""
    out = []
    classes = set(graph.subjects(RDF.type, OWL.Class))
    for iri in {s for s in graph.subjects() if isinstance(s, URIRef)}:
        if len(kind_of(graph, iri)) > 1:
            out.append(f"{iri} is declared as more than one kind of property")
        if iri in classes and (iri, RDF.type, RDFS.Datatype) in graph:
            out.append(f"{iri} is both a class and a datatype")
    for s, p, o in graph:
        if p in (RDFS.subPropertyOf, OWL.equivalentProperty, OWL.inverseOf):
            ks, ko = kind_of(graph, s), kind_of(graph, o)
            if not ks or not ko or ks != ko:
                out.append(f"{s} {p} {o}: both must be declared, as the same kind of property")
            if p == OWL.inverseOf and ks != {OWL.ObjectProperty}:
                out.append(f"{s} owl:inverseOf {o}: only object properties have inverses")
        elif p in (RDFS.domain, RDFS.range):
            kinds = kind_of(graph, s)
            if len(kinds) != 1:
                out.append(f"{s} has a {p} but is not declared as exactly one kind of property")
            elif p == RDFS.range and kinds == {OWL.DatatypeProperty}:
                if o not in DATATYPE_MAP:
                    out.append(f"{s} has range {o}, which is not in OWL 2's datatype map")
            elif kinds != {OWL.AnnotationProperty} and o not in classes:
                out.append(f"{s} has {p} {o}, which is not a declared class")
        elif p == RDFS.subClassOf and not (s in classes and o in classes):
            out.append(f"{s} rdfs:subClassOf {o}: both must be declared classes")
        elif p == RDF.type and o in CHARACTERISTICS and kind_of(graph, s) != {OWL.ObjectProperty}:
            out.append(f"{s} is a {o}, which only object properties can be")
        elif p == RDF.type and o not in classes and not str(o).startswith(RESERVED):
            out.append(f"{s} is typed {o}, which is not a declared class")
        if p not in BUILT_IN_PREDICATES and len(kind_of(graph, p)) != 1:
            out.append(f"{p} is used as a predicate but not declared as exactly one kind of property")
        for term in (s, o) if p in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentProperty) else ():
            if str(term).startswith(RESERVED) and term not in (OWL.Thing, OWL.topObjectProperty):
                out.append(f"{s} {p} {o}: reserved vocabulary used as a class or property")
    return sorted(set(out))


def test_ontology_is_owl2_dl_by_structure(ontology):
    assert not dl_violations(ontology), "\n".join(dl_violations(ontology))


@pytest.mark.parametrize(
    "broken",
    [
        # the defects issue 11 found: a datatype property under an annotation property ...
        "dkg:abbreviation rdfs:subPropertyOf skos:altLabel .",
        # ... a class below reserved vocabulary ...
        "dkg:Statement rdfs:subClassOf rdf:Statement .",
        # ... a range outside OWL 2's datatype map, and a property of two kinds
        "dkg:earliest rdfs:range xsd:date .",
        "dkg:topic a owl:ObjectProperty .",
    ],
)
def test_structural_check_catches_each_kind_of_violation(ontology, broken):
    graph = Graph()
    graph += ontology
    prefixes = "".join(f"@prefix {p}: <{n}> .\n" for p, n in ontology.namespaces())
    graph.parse(data=prefixes + broken, format="turtle")
    assert dl_violations(graph), f"not caught: {broken}"


def test_ontology_loads_in_owlready2_and_hermit_finds_it_consistent(ontology, tmp_path):
    """owlready2 reads the ontology (N-Triples: it does not read Turtle); HermiT, the OWL 2 DL
    reasoner it ships, classifies it: it refuses datatypes outside OWL 2's datatype map and would
    report an inconsistent ontology or unsatisfiable classes."""
    owlready2 = pytest.importorskip("owlready2")
    world = owlready2.World()
    data = io.BytesIO(ontology.serialize(format="nt", encoding="utf-8"))
    onto = world.get_ontology("https://w3id.org/defence-kg/ontology").load(fileobj=data, format="ntriples")
    dkg_properties = {str(p.iri) for p in world.properties() if str(p.iri).startswith(str(DKG))}
    declared = {str(t) for t in terms(ontology) if kind_of(ontology, t)}
    assert dkg_properties == declared  # every property read as the kind declared, none lost
    if shutil.which("java") is None:
        pytest.skip("HermiT needs Java (apt-get install default-jre-headless)")
    with onto:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    assert list(world.inconsistent_classes()) == []


#: The domains and ranges the vocabularies we align with give their terms (W3C ORG, PROV-O; for
#: schema.org, whose rangeIncludes is a hint, the strict reading), so reasoning sees what a user's
#: reasoner would once it loads them.
THEIR_AXIOMS = """
org:linkedTo rdfs:domain org:Organization ; rdfs:range org:Organization .
org:purpose rdfs:domain org:Organization .
org:subOrganizationOf rdfs:domain org:Organization ; rdfs:range org:Organization .
org:unitOf rdfs:domain org:OrganizationalUnit ; rdfs:range org:FormalOrganization .
org:classification rdfs:domain org:Organization ; rdfs:range skos:Concept .
org:originalOrganization rdfs:domain org:ChangeEvent ; rdfs:range org:Organization .
org:resultingOrganization rdfs:domain org:ChangeEvent ; rdfs:range org:Organization .
prov:wasAttributedTo rdfs:domain prov:Entity ; rdfs:range prov:Agent .
schema:about rdfs:range schema:Thing .
"""


def rdfs_closure(ontology: Graph, data: str) -> Graph:
    graph = Graph()
    graph += ontology
    prefixes = "".join(f"@prefix {p}: <{n}> .\n" for p, n in ontology.namespaces())
    prefixes += "@prefix id: <https://w3id.org/defence-kg/id/> .\n"
    graph.parse(data=prefixes + THEIR_AXIOMS + data, format="turtle")
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(graph)
    return graph


def test_alignments_survive_rdfs_reasoning(ontology):
    """Under RDFS an agreement stays an agreement (dkg:party and dkg:purpose once sat under ORG
    properties whose domain made it an org:Organization), an event's text topic is not a Thing it
    is about, and a subsidiary's owner is its Wikidata parent organization (P749)."""
    closed = rdfs_closure(
        ontology,
        """
        id:a a dkg:Agreement ; dkg:party id:x , id:y ; dkg:purpose "to advance fusion"@en ; dkg:concerns id:z .
        id:e a dkg:Conference ; dkg:topic "secrecy"@en ; dkg:organisedBy id:x .
        id:lab dkg:subsidiaryOf id:x .
        """,
    )
    org = "http://www.w3.org/ns/org#"
    for thing in ("a", "e"):
        types = set(closed.objects(URIRef(f"https://w3id.org/defence-kg/id/{thing}"), RDF.type))
        assert URIRef(org + "Organization") not in types and DKG.Organisation not in types, thing
    # a text topic under schema:about would be a literal that is a schema:Thing
    assert not any(isinstance(o, Literal) for o in closed.subjects(RDF.type, URIRef("https://schema.org/Thing")))
    assert (
        URIRef("https://w3id.org/defence-kg/id/lab"),
        URIRef("http://www.wikidata.org/prop/direct/P749"),
        URIRef("https://w3id.org/defence-kg/id/x"),
    ) in closed
    assert (
        URIRef("https://w3id.org/defence-kg/id/a"),
        PROV.wasAttributedTo,
        URIRef("https://w3id.org/defence-kg/id/x"),
    ) in closed


def test_mappings_to_org_wikidata_and_schema_are_data(ontology):
    """The alignments the issue asks for are triples of the ontology, each with its kind of mapping."""
    wdt, pq = "http://www.wikidata.org/prop/direct/", "http://www.wikidata.org/prop/qualifier/"
    org = "http://www.w3.org/ns/org#"
    expected = [
        (DKG.subsidiaryOf, RDFS.subPropertyOf, URIRef(org + "subOrganizationOf")),
        (DKG.subsidiaryOf, RDFS.subPropertyOf, URIRef(wdt + "P749")),
        (DKG.ChangeEvent, RDFS.subClassOf, URIRef(org + "ChangeEvent")),
        (DKG.originalOrganisation, RDFS.subPropertyOf, URIRef(org + "originalOrganization")),
        (DKG.resultingOrganisation, RDFS.subPropertyOf, URIRef(org + "resultingOrganization")),
        (DKG.predecessorOf, RDFS.subPropertyOf, URIRef(wdt + "P1366")),
        (DKG.successorOf, RDFS.subPropertyOf, URIRef(wdt + "P1365")),
        (DKG.separatedFrom, RDFS.subPropertyOf, URIRef(wdt + "P807")),
        (DKG.shareholderOf, SKOS.closeMatch, URIRef(wdt + "P1830")),
        (DKG.stakePercent, SKOS.closeMatch, URIRef(pq + "P1107")),
        (DKG.startDate, SKOS.closeMatch, URIRef(pq + "P580")),
        (DKG.endDate, SKOS.closeMatch, URIRef(pq + "P582")),
        (DKG.pointInTime, SKOS.closeMatch, URIRef(pq + "P585")),
        (DKG.earliest, SKOS.closeMatch, URIRef(pq + "P1319")),
        (DKG.latest, SKOS.closeMatch, URIRef(pq + "P1326")),
        (DKG.certainty, SKOS.closeMatch, URIRef(pq + "P1480")),
        (DKG.rorId, OWL.equivalentProperty, URIRef(wdt + "P6782")),
        (DKG.established, SKOS.closeMatch, URIRef("https://schema.org/foundingDate")),
        (DKG.dissolved, SKOS.closeMatch, URIRef("https://schema.org/dissolutionDate")),
    ]
    missing = [t for t in expected if t not in ontology]
    assert not missing, missing


def test_countries_are_iso_3166_concepts_mapped_to_the_eu_table(ontology):
    """Every country a word list can place a partner in is a concept of the country scheme, with
    its alpha-2 notation and an exact match in the EU Publications Office country table."""
    import csv

    codes = set()
    for name in ("countries.csv", "cities.csv", "demonyms.csv"):
        lines = (ROOT / "data" / "wordlists" / name).read_text(encoding="utf-8").splitlines()
        codes |= {row["code"] for row in csv.DictReader(line for line in lines if not line.startswith("#"))}
    for code in sorted(codes):
        concept = URIRef(f"https://w3id.org/defence-kg/vocab/country/{code}")
        assert (concept, SKOS.notation, Literal(code)) in ontology, code
        match = ontology.value(concept, SKOS.exactMatch)
        assert match is not None and str(match).startswith("http://publications.europa.eu/resource/authority/country/")
