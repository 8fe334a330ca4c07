"""Loader for the MISP galaxy cluster ``china-defence-universities.json``: one entry per institution.

Both published shapes are read: the first (2020-08-21: ``alias``, ``category``, ``supervising
agency``, ``subsidiary``, ``Major Defence Laboratories``, ``risk``) and the current one
(``aliases``, ``categories``, ``supervising agencies``, ``subsidiaries``, ``major defence
laboratories``); the loader says which it read. Each entry is its own ``dkg:SourceDocument``
and every fact quotes the field it comes from (``supervising agencies: "Ministry of Education
(MOE)"``, or the risk sentence). Unknown keys are reported as warnings and kept on the entry as
unparsed text.

Identity: an entry is the institution with its tracker slug (from ``refs``) or English name in
the registry, else ``id:<tracker slug>``. An alias that names a different organisation (a
laboratory, a research centre, a conglomerate's academy or institute) becomes that organisation,
linked to the entry (``dkg:hostedBy`` / ``dkg:subsidiaryOf``), never a second name of it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from defence_kg.core.errors import InputError
from defence_kg.core.namespaces import DKG, ID, SCHEMA, vocab
from defence_kg.loading.dates import PreciseDate
from defence_kg.loading.extraction import Extractor
from defence_kg.loading.extraction.wordlists import wordlists_of
from defence_kg.loading.laboratory_kinds import laboratory_kind
from defence_kg.loading.profile_text import Profile, split_sentences
from defence_kg.sources.profiles import Document

ASPI = ID["australian-strategic-policy-institute"]
# canonical field -> (2020-08-21 key, current key)
FIELDS = {
    "aliases": ("alias", "aliases"),
    "categories": ("category", "categories"),
    "supervising agencies": ("supervising agency", "supervising agencies"),
    "subsidiaries": ("subsidiary", "subsidiaries"),
    "laboratories": ("Major Defence Laboratories", "major defence laboratories"),
    "risk": ("risk", None),
}
COMMON = {"topics", "address", "lat", "long", "refs"}
ENTRY_KEYS = {"value", "description", "uuid", "meta"}
CLUSTER_KEYS = {"authors", "category", "description", "name", "source", "type", "uuid", "version", "values"}
KIND_OF_CATEGORY = {  # our concept of the tracker's category (data/wordlists/categories.csv) -> our kind
    "civilian": DKG.CivilianUniversity,
    "military": DKG.MilitaryInstitution,
    "security": DKG.SecurityInstitution,
    "defence-industry-conglomerate": DKG.StateOwnedEnterprise,
    "seven-sons": DKG.CivilianUniversity,
}
CJK = re.compile(r"[\u3400-\u9fff]")
LAB = re.compile(r"\b(?:Laborator(?:y|ies)|Lab)\b|实验室")
CENTRE = re.compile(r"Engineering (?:and )?(?:Technology )?Research Cent(?:er|re)|工程技术研究中心|工程研究中心")
UNIT = re.compile(
    r"\b(?:Institute|Academy|Department|Center|Centre|Corporation|Company|Factory|Division|"
    r"Laborator(?:y|ies)|Lab|Base)\b|\b\d+(?:st|nd|rd|th)?\b|\bNo\.?\s*\d+"
)
STOP = {
    "of",
    "the",
    "and",
    "for",
    "&",
    "china",
    "chinese",
    "pla",
    "peoples",
    "people's",
    "a",
    "an",
    "in",
    "university",
    "institute",
    "academy",
    "college",
    "corporation",
    "corp",
    "group",
    "company",
    "ltd",
    "limited",
    "co",
}
# a note under a laboratory in the tracker, flattened into the laboratories list: it opens with a
# remark's words or says something (a verb), where a name does not
LAB_REMARK = re.compile(
    r"^\(|^(?:Jointly|Also|May|Might|Hosts|Hosted|In\s+\d{4}|The\s+(?:lab|laboratory|centre|center)\b|This|It|"
    r"One\s+of|Established|Founded|Possibly|Probably|Formerly|Previously|Renamed|Merged|Part\s+of|See|Note)\b|"
    r"\b(?:is|was|are|were|has|have|had|translates?)\b|\blab['’]s\b"
)

# that remark saying whom the laboratory is run with: "Jointly run with Shanghai Jiao Tong University"
JOINTLY_RUN = re.compile(r"Jointly\s+(?:run|operated)\s+with\s+(?P<with>.+?)\.?", re.IGNORECASE)


def names(ctx, document: Document) -> list:
    """Nothing is declared before loading: the entries of a cluster decide each other's identities
    (an entry whose name an earlier entry took is kept apart; a unit several entries list is found
    by the later ones; a category read from one entry decides how the aliases of another read), so
    reading them ahead of loading would be loading them twice. A cluster is one unit of work;
    several versions (snapshots) of it are loaded side by side, each on its own."""
    return []


def load_document(ctx, document: Document) -> None:
    load_cluster(ctx, document)


def load_cluster(ctx, document: Document) -> None:
    path = ctx.document_path(document)
    try:
        data = json.loads(ctx.read_text(document))
    except json.JSONDecodeError as err:
        raise InputError(
            "MISP cluster is not valid JSON",
            where=f"{path}:{err.lineno}:{err.colno}",
            why=err.msg,
            fix="give the cluster file china-defence-universities.json",
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("values"), list):
        raise InputError(
            "not a MISP galaxy cluster",
            where=str(path),
            why="it has no 'values' list of entries",
            fix="give the cluster file clusters/china-defence-universities.json",
        )
    for key in sorted(set(data) - CLUSTER_KEYS):
        ctx.warn("cluster: unknown key '%s' (not read)", key)
    check_meta(path, data["values"])
    shape = detect_shape(data["values"])
    ctx.warn("read the %s shape of the MISP cluster (%d entries)", shape, len(data["values"]))
    cluster = ctx.describe_document(document, title=str(data.get("name") or "MISP galaxy cluster"))
    if data.get("version") is not None:
        ctx.add(cluster, DCTERMS.hasVersion, Literal(str(data["version"])))
    loader = MispLoader(ctx, document, cluster, shape, bool(ctx.source.options.get("read_descriptions", True)))
    read_later = []
    for i, entry in enumerate(data["values"]):
        if not isinstance(entry, dict) or not isinstance(entry.get("value"), str):
            ctx.warn("entry %d: no 'value' (name); skipped", i)
            continue
        read_later.append(loader.entry(i, entry))
    # the prose once every entry is named: an entry's text may name any other, one listed after it
    # too (a meeting with another entry's officials)
    for read_prose in read_later:
        read_prose()


def check_meta(path, values: list) -> None:
    """Refuse an entry whose 'meta' is not an object: every field is read from it by name."""
    for i, entry in enumerate(values):
        meta = entry.get("meta") if isinstance(entry, dict) else None
        if meta is not None and not isinstance(meta, dict):
            name = entry.get("value") if isinstance(entry.get("value"), str) else f"entry {i}"
            raise InputError(
                f"MISP cluster entry {i} ({name!r}): its 'meta' is not an object",
                where=str(path),
                why=f"'meta' holds the entry's fields by name, and is here a {type(meta).__name__}: {str(meta)[:60]!r}",
                fix='give it as an object, e.g. "meta": {"refs": [...]}, or remove it',
            )


def detect_shape(values: list) -> str:
    keys = {k for v in values if isinstance(v, dict) for k in (v.get("meta") or {})}
    old = {k for k, _ in FIELDS.values()} & keys
    new = {n for _, n in FIELDS.values() if n} & keys
    if old and not new:
        return "2020-08-21"
    if new and not old:
        return "current"
    return "mixed" if old else "current"


def split_name(text: str) -> tuple[str, str | None]:
    """'English (中文)' -> ('English', '中文'); a missing closing bracket is tolerated. Only the
    bracket's Chinese part is the Chinese name: not an abbreviation or a remark beside it
    ("(XJTLU, 西交利物浦大学)", "(区块链研究院; located in Shenzhen)")."""
    text = re.sub(r"\s+", " ", text).strip()
    m = re.fullmatch(r"(?P<en>.+?)\s*[(（](?P<zh>[^()（）]*)[)）]?\s*", text)
    if m and CJK.search(m["zh"]) and not CJK.search(m["en"]):
        chinese = next(part for part in re.split(r"[;,，；]", m["zh"]) if CJK.search(part))
        return m["en"].strip(), chinese.strip()
    return text, None


def is_abbreviation(text: str) -> bool:
    return (
        bool(re.fullmatch(r"[A-Z][A-Za-z/&-]{1,11}", text))
        and sum(c.isupper() for c in text) >= 2
        and not re.fullmatch(r"[A-Z][a-z]+", text)
    )


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in {"of", "and", "the", "for"})


def tokens(name: str) -> set[str]:
    words = re.findall(r"[a-z']+", name.lower().replace("’", "'"))
    return {w.removesuffix("'s") for w in words} - STOP


class MispLoader:
    def __init__(self, ctx, document: Document, cluster: URIRef, shape: str, read_descriptions: bool):
        self.ctx, self.file, self.cluster, self.shape = ctx, document, cluster, shape
        self.read_descriptions = read_descriptions
        self.subjects: dict[URIRef, str] = {}
        self.minted_by: dict[URIRef, URIRef] = {}  # minted unit -> the entry that minted it
        self.unparsed = 0
        # the tracker's category names -> our concepts (read once, not per entry: the lookup resolves a path)
        self.category_concepts = wordlists_of(ctx.project.root).categories

    # -- helpers -------------------------------------------------------------------------------
    def fact(self, s, p, o, doc: Document, quote: str, **kw) -> URIRef:
        return self.ctx.fact(s, p, o, document=doc, quote=quote, asserted_by=ASPI, **kw)

    def field(self, meta: dict, name: str):
        old, new = FIELDS[name]
        for key in (new, old):
            if key and key in meta:
                return key, meta[key]
        return None, None

    def items(self, meta: dict, name: str) -> tuple[str | None, list[str]]:
        key, value = (
            self.field(meta, name) if name in FIELDS else ((name, meta[name]) if name in meta else (None, None))
        )
        if value is None:
            return key, []
        if isinstance(value, str):
            value = [value]
        return key, [re.sub(r"\s+", " ", str(v)).strip() for v in value if str(v).strip()]

    def name_new(self, iri: URIRef, en: str, zh: str | None) -> None:
        """Name an organisation the registry does not know yet, and teach the registry its names."""
        self.ctx.add(iri, SKOS.prefLabel, Literal(en, lang="en"))
        self.ctx.registry.add_name(iri, en, "name")
        self.ctx.registry.labels[iri] = en
        if zh:
            self.ctx.add(iri, SKOS.prefLabel, Literal(zh, lang="zh-Hans"))
            self.ctx.registry.add_name(iri, zh, "name")

    def other_name(self, iri: URIRef, name: str) -> None:
        """Another name of a known organisation, unless it already resolves to it."""
        if self.ctx.registry.resolve(name) == iri:
            return
        lang = "zh-Hans" if CJK.search(name) else "en"
        self.ctx.add(iri, SKOS.altLabel, Literal(name, lang=lang))
        self.ctx.registry.add_name(iri, name, "alias")

    # -- one entry -----------------------------------------------------------------------------
    def entry(self, index: int, entry: dict) -> Callable[[], None]:
        """Read one entry's fields; return what reads its prose (see ``load_cluster``)."""
        ctx = self.ctx
        meta = entry.get("meta") or {}
        en, zh = split_name(entry["value"])
        _, refs = self.items(meta, "refs")
        slug = next((m[1] for r in refs if (m := re.search(r"/universities/([a-z0-9-]+)/?$", r))), None)
        slug = slug or ctx.mint(en).rsplit("/", 1)[-1]
        doc = Document(id=f"entry-{slug}", url=None, format="json", version=self.file.version)
        doc_iri = ctx.document_iri(doc)
        ctx.note_version(doc)
        ctx.add(doc_iri, RDF.type, DKG.SourceDocument)
        ctx.add(doc_iri, DCTERMS.isPartOf, self.cluster)
        ctx.add(doc_iri, DCTERMS.publisher, ID[ctx.source.publisher])
        ctx.add(doc_iri, DCTERMS.title, Literal(entry["value"], lang="en"))
        if entry.get("uuid"):
            ctx.add(doc_iri, DCTERMS.identifier, Literal(str(entry["uuid"])))
        for r in refs:
            ctx.add(doc_iri, RDFS.seeAlso, Literal(r, datatype=XSD.anyURI))

        subject = ctx.registry.by_slug(slug) or ctx.registry.resolve(en) or (zh and ctx.registry.resolve(zh))
        if subject is None or subject in self.subjects:
            if subject is not None:
                ctx.warn(
                    "entry '%s': its name also names entry '%s'; kept apart as id:%s", en, self.subjects[subject], slug
                )
            subject = ID[slug]
        self.subjects[subject] = en
        ctx.add(doc_iri, SCHEMA.about, subject)
        if subject not in ctx.registry.labels:
            self.name_new(subject, en, zh)
        elif zh:
            self.other_name(subject, zh)
        if refs and ctx.registry.slugs.get(slug, subject) == subject:
            known = [k for k, v in ctx.registry.slugs.items() if v == subject and k != slug]
            if known:
                ctx.warn(
                    "entry '%s': tracker slug '%s' differs from the registry's '%s'; not recorded", en, slug, known[0]
                )
            else:
                self.fact(subject, DKG.trackerSlug, Literal(slug), doc, f'refs: "{refs[0]}"')
                ctx.registry.slugs[slug] = subject

        for key in sorted(set(entry) - ENTRY_KEYS):
            self.unknown(doc_iri, en, key, entry[key])
        known = {k for pair in FIELDS.values() for k in pair if k} | COMMON
        for key in sorted(set(meta) - known):
            self.unknown(doc_iri, en, f"meta.{key}", meta[key])

        self.categories(meta, subject, en, doc)
        self.aliases(meta, subject, en, doc)
        self.agencies(meta, subject, doc)
        self.subsidiaries(meta, subject, doc)
        self.laboratories(meta, subject, doc)
        key, topics = self.items(meta, "topics")
        for topic in topics:
            # topics are concepts shared with prose ("control systems"): one label, in lower case
            label = topic if topic[:2].isupper() else topic[:1].lower() + topic[1:]
            self.fact(subject, DKG.researchArea, ctx.concept("topic", label), doc, f'{key}: "{topic}"')
        self.location(meta, subject, doc)
        return lambda: self.prose(entry, meta, subject, en, doc, doc_iri)

    def unknown(self, doc_iri: URIRef, en: str, key: str, value) -> None:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
        self.ctx.warn("entry '%s': unknown key '%s' kept as unparsed text", en, key)
        self.ctx.add(doc_iri, DKG.unparsedSentence, Literal(f"{key}: {text}", lang="en"))

    def categories(self, meta, subject, en, doc) -> None:
        key, cats = self.items(meta, "categories")
        kinds = set()
        for cat in cats:
            concept = self.category_concepts.get(cat.lower())
            if concept is None:
                self.ctx.warn("entry '%s': unknown category '%s' (not mapped)", en, cat)
                continue
            kind = KIND_OF_CATEGORY[concept]
            if kind == DKG.CivilianUniversity and not re.search(r"Universit|College|Institute|School", en):
                kind = DKG.Organisation
            quote = f'{key}: "{cat}"'
            self.fact(subject, DKG.category, vocab("category", concept), doc, quote)
            if kind not in kinds:
                kinds.add(kind)
                self.fact(subject, RDF.type, kind, doc, quote)
        if not kinds and not self.ctx.registry.types.get(subject):
            self.fact(subject, RDF.type, DKG.Organisation, doc, f'value: "{en}"')
        for kind in kinds:
            self.ctx.registry.types[subject].add(kind)

    def aliases(self, meta, subject, en, doc) -> None:
        key, aliases = self.items(meta, "aliases")
        conglomerate = DKG.StateOwnedEnterprise in self.ctx.registry.types.get(subject, ())
        aliases = list(dict.fromkeys(aliases))
        paired: set[str] = set()
        for i, alias in enumerate(aliases):
            if alias in paired:
                continue
            quote = f'{key}: "{alias}"'
            if is_abbreviation(alias):
                self.fact(subject, DKG.abbreviation, Literal(alias), doc, quote)
                self.ctx.registry.add_name(subject, alias, "abbreviation")
                continue
            target = self.ctx.registry.resolve(alias)
            if target == subject:
                continue
            separate = bool(LAB.search(alias) or CENTRE.search(alias)) or (
                conglomerate and not CJK.search(alias) and not self.variant(alias, en)
            )
            if target is not None and not separate:
                self.ctx.warn(
                    "entry '%s': alias '%s' names %s; not taken as a name", en, alias, self.ctx.registry.label(target)
                )
                continue
            if separate and not re.search(r"[A-Za-z]", alias):
                # a unit named only in Chinese: its English name is the next alias, if any
                nxt = aliases[i + 1] if i + 1 < len(aliases) else ""
                same_kind = bool(LAB.search(nxt)) == bool(LAB.search(alias)) and not CJK.search(nxt)
                if nxt and same_kind and (LAB.search(nxt) or CENTRE.search(nxt)):
                    paired.add(nxt)
                    self.unit(f"{nxt} ({alias})", subject, doc, f'{quote}, "{nxt}"', via_alias=True)
                else:
                    self.ctx.warn("entry '%s': alias '%s' names a unit with no English name; kept as text", en, alias)
                    self.ctx.add(self.ctx.document_iri(doc), DKG.unparsedSentence, Literal(quote, lang="en"))
            elif separate:
                self.unit(alias, subject, doc, quote, via_alias=True)
            else:
                self.other_name(subject, alias)

    @staticmethod
    def variant(alias: str, name: str) -> bool:
        """An English alias that only respells the name ("Corp" for "Corporation"), not a unit of it."""
        a = tokens(re.sub(r"\([^)]*\)", "", alias))
        return bool(a) and a <= tokens(name)

    def unit(
        self, text: str, parent: URIRef, doc, quote: str, *, via_alias: bool = False, lab: bool = False
    ) -> URIRef | None:
        """An organisation named in a list of the entry: a laboratory or a subsidiary of it."""
        en, zh = split_name(text)
        abbr, other_names = None, []
        # "CASC 9th Academy, a.k.a. <name>", "<name> (a.k.a. <other>)": a closing bracket only
        # where one was opened ("a.k.a. China Academy of Space Technology (CAST)" keeps its own)
        if m := re.fullmatch(r"(.+?),?\s+(\()?a\.?k\.?a\.?,?\s+(.+?)(?(2)\))", en):
            en, other_names = m[3].strip(), [m[1].strip()]
        if m := re.fullmatch(r"(.+?)\s*\((?:a\.k\.a\.?,?\s*)?([^()]+)\)", en):
            inner = m[2].strip()
            en = m[1].strip()
            if (
                is_abbreviation(inner)
                and initials(en).upper().startswith(inner.replace("/", "")[:3].upper())
                and initials(en).upper() == inner.upper()
            ):
                abbr = inner
            elif (
                (owner := self.ctx.registry.resolve(inner)) is not None
                and owner not in (parent, self.ctx.registry.resolve(en))
                and is_abbreviation(inner)
            ):
                parent = owner  # "... First Academy (CALT)": a unit of that academy (not CALT's own name)
            elif not is_abbreviation(inner):
                zh = zh or (inner if CJK.search(inner) else None)
        if not re.search(r"[A-Za-z]", en):
            self.ctx.warn("'%s' names a unit with no English name; kept as text", text)
            self.ctx.add(self.ctx.document_iri(doc), DKG.unparsedSentence, Literal(quote, lang="en"))
            return None
        iri = self.ctx.registry.resolve(en) or (zh and self.ctx.registry.resolve(zh)) or None
        is_lab = lab or bool(LAB.search(text))
        if iri == parent:
            return None
        if iri in self.minted_by and self.minted_by[iri] != parent:
            iri = None  # the same name under another institution: never merged
        if iri is None:
            # units are minted under their parent: "Political Department" is one per institution
            iri = self.ctx.mint(str(parent).rsplit("/", 1)[-1], en)
            self.minted_by[iri] = parent
            self.name_new(iri, en, zh)
            for name in other_names:
                self.other_name(iri, name)
            kind = (
                DKG.Laboratory
                if is_lab
                else (
                    DKG.ResearchInstitute if re.search(r"Institute|Academy|Research|研究", text) else DKG.Organisation
                )
            )
            self.fact(iri, RDF.type, kind, doc, quote)
            self.ctx.registry.types[iri].add(kind)
            if abbr:
                self.fact(iri, DKG.abbreviation, Literal(abbr), doc, quote)
                self.ctx.registry.add_name(iri, abbr, "abbreviation")
            if is_lab and (kind := laboratory_kind(en, zh)) is not None:
                self.fact(iri, DKG.laboratoryKind, kind[0], doc, quote, certainty="implied", qualifiers=kind[1])
        types = self.ctx.registry.types.get(iri, set())
        link = DKG.hostedBy if DKG.Laboratory in types else DKG.subsidiaryOf
        if link in (DKG.hostedBy, DKG.subsidiaryOf):
            self.fact(iri, link, parent, doc, quote, certainty="stated" if not via_alias else "implied")
            self.ctx.registry.parents[iri].add(parent)
        return iri

    def agencies(self, meta, subject, doc) -> None:
        key, agencies = self.items(meta, "supervising agencies")
        for agency in agencies:
            iri, _ = self.ctx.registry.resolve_name(agency)
            quote = f'{key}: "{agency}"'
            if iri is None:
                name, zh = split_name(agency)
                abbr = None
                if m := re.fullmatch(r"(.+?)\s*\(([A-Z][A-Za-z]+)\)", name):
                    name, abbr = m[1], m[2]
                iri = self.ctx.mint(name)
                if iri not in self.ctx.registry.labels:
                    self.ctx.warn(
                        "supervising agency '%s' is not in the registry; named id:%s",
                        agency,
                        str(iri).rsplit("/", 1)[-1],
                    )
                    self.name_new(iri, name, zh)
                    kind = (
                        DKG.GovernmentAgency
                        if re.search(r"Ministry|Commission|Administration|Government|Bureau|Office|Council", name)
                        else DKG.Organisation
                    )
                    self.fact(iri, RDF.type, kind, doc, quote)
                    self.ctx.registry.types[iri].add(kind)
                    if abbr:
                        self.fact(iri, DKG.abbreviation, Literal(abbr), doc, quote)
                        self.ctx.registry.add_name(iri, abbr, "abbreviation")
            if iri != subject:
                self.fact(subject, DKG.supervisedBy, iri, doc, quote)

    def subsidiaries(self, meta, subject, doc) -> None:
        key, subs = self.items(meta, "subsidiaries")
        for sub in dict.fromkeys(subs):
            self.unit(sub, subject, doc, f'{key}: "{sub}"')

    def laboratories(self, meta, subject, doc) -> None:
        key, labs = self.items(meta, "laboratories")
        last = None  # the laboratory a remark after it is about
        for lab in dict.fromkeys(labs):
            quote = f'{key}: "{lab}"'
            if LAB_REMARK.search(lab):
                self.lab_remark(last, subject, lab, doc, quote)
                continue
            en, _ = split_name(lab)
            known = self.ctx.registry.resolve(en)
            if known is not None and DKG.Laboratory not in self.ctx.registry.types.get(known, ()):
                last = known  # an institute the entry also lists as a subsidiary (a remark after it is its)
                continue
            last = self.unit(lab, subject, doc, quote, lab=True)

    def lab_remark(self, lab: URIRef | None, subject: URIRef, remark: str, doc, quote: str) -> None:
        """A note the tracker put under a laboratory ("Jointly run with ...", "May be the same as
        ..."), flattened into the list: the laboratory's description, never a laboratory itself; one
        that it is run with a known organisation is the institution's collaboration with it, as the
        same words in prose are."""
        if lab is None:
            self.ctx.add(self.ctx.document_iri(doc), DKG.unparsedSentence, Literal(quote, lang="en"))
            return
        self.fact(lab, DKG.description, Literal(remark.strip("() "), lang="en"), doc, quote)
        if (m := JOINTLY_RUN.fullmatch(remark.strip("() "))) and (
            partner := self.ctx.registry.resolve(split_name(m["with"])[0])
        ) not in (None, subject, lab):
            self.fact(subject, DKG.collaboratesWith, partner, doc, quote)

    def location(self, meta, subject, doc) -> None:
        if isinstance(meta.get("address"), str) and meta["address"].strip():
            address = meta["address"].strip()
            self.fact(subject, SCHEMA.address, Literal(address), doc, f'address: "{address}"')
        lat, lon = meta.get("lat"), meta.get("long")
        if not str(lat or "").strip() and not str(lon or "").strip():
            return
        try:
            values = float(lat), float(lon)
        except (TypeError, ValueError):
            self.ctx.warn(
                "entry '%s': coordinates '%s, %s' are not numbers; not read", self.subjects[subject], lat, lon
            )
            return
        if not (-90 <= values[0] <= 90 and -180 <= values[1] <= 180):
            self.ctx.warn("entry '%s': coordinates '%s, %s' out of range; not read", self.subjects[subject], lat, lon)
            return
        quote = f'lat: "{lat}", long: "{lon}"'
        self.fact(subject, SCHEMA.latitude, Literal(str(lat), datatype=XSD.decimal), doc, quote)
        self.fact(subject, SCHEMA.longitude, Literal(str(lon), datatype=XSD.decimal), doc, quote)

    def prose(self, entry, meta, subject, en, doc, doc_iri) -> None:
        """The risk sentence (2020 shape) and, if asked, the summary, read by the prose extractor.

        The risk field is about its entry whatever name its sentence uses ("The PLA Army Medical
        University", a former name): its sentences are read as the section "RISK", whose level
        the risk rule takes from the field itself."""
        _, risk = self.items(meta, "risk")
        sentences = [s for r in risk for s in split_sentences(r, "RISK")]
        description = entry.get("description")
        if isinstance(description, str) and description.strip():
            self.ctx.add(doc_iri, DCTERMS.description, Literal(description.strip(), lang="en"))
            if self.read_descriptions:
                sentences += split_sentences(description, None)
        profile = Profile(title=en, sentences=sentences)
        if self.shape == "2020-08-21":
            # the risk sentence is the tracker's rating as copied into MISP on that date
            profile.last_updated = PreciseDate("2020-08-21", "day", "2020-08-21")
        extractor = Extractor(
            ctx=self.ctx,
            document=doc,
            subject=subject,
            profile=profile,
            names={en},
            designation_suffix="-misp",
            assessor=ASPI,
            asserted_by=ASPI,
        )
        for s in extractor.run():
            self.ctx.add(doc_iri, DKG.unparsedSentence, Literal(s.text, lang="en"))
        if risk and not extractor.risk_read:
            self.ctx.warn("entry '%s': its risk field states no risk level: %s", en, risk[0])
