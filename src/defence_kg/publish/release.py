"""publishing: a versioned release of the build — ``defence-kg release VERSION [--notes FILE] [-o DIR]``.

A release is a folder a researcher can cite and compare:

- the dataset in TriG, N-Quads and JSON-LD (named graphs kept) and the network in GEXF and
  GraphML, with their SHA-256 sums (``SHA256SUMS``);
- ``release.json``, the manifest: version, date, the previous release, the sources with their
  documents, retrieval dates and content hashes, counts, and every file with its size and hash;
- ``void.ttl``: DCAT/VoID with ``dcat:version`` and ``prov:wasRevisionOf`` the previous release;
- ``changes.json``: the claim-level diff from the previous release (``analysis.diff``);
- ``NOTES.md``: release notes (the given notes, the changes in brief, sources, files).

Deterministic: the date is given, or the latest of the sources' retrieval dates and their
documents' own dates, never the clock; the same build gives the same bytes. The folder is written
through ``core.output.replace_folder``: complete or not at all, never over a user's files.
"""

from __future__ import annotations

import datetime
import hashlib
import importlib
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, PROV, RDF, VOID, XSD

from defence_kg.analysis.claims import claims_of
from defence_kg.analysis.diff import Diff, diff
from defence_kg.core.errors import InputError
from defence_kg.core.inputs import no_folder_why
from defence_kg.core.namespaces import BASE, iri_base
from defence_kg.core.output import ensure_folder, replace_folder
from defence_kg.core.records import to_data, to_json
from defence_kg.core.sparql import prefix_header
from defence_kg.core.store import Store
from defence_kg.dataset.build import summary_of
from defence_kg.exports import FORMATS, to_networkx
from defence_kg.publish import site_rdf

SPDX = Namespace("http://spdx.org/rdf/terms#")
#: DCAT 3's dcat:version (rdflib's DCAT namespace is DCAT 2, which lacks it)
DCAT_VERSION = URIRef(str(DCAT) + "version")
MANIFEST = "release.json"
VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: the dataset's dumps: file name, store format, media type
DUMPS = (
    ("dataset.trig", "trig", "application/trig"),
    ("dataset.nq", "nquads", "application/n-quads"),
    ("dataset.jsonld", "jsonld", "application/ld+json"),
)
NETWORKS = (("network.gexf", "gexf", "application/gexf+xml"), ("network.graphml", "graphml", "application/graphml+xml"))
_HEADER = prefix_header(("dkg", "dcterms", "prov", "schema"))
SOURCES = (
    _HEADER
    + """SELECT ?source ?title ?publisher ?licence ?graph ?retrieved WHERE {
  ?source a dkg:Source ; dcterms:title ?title ; dkg:namedGraph ?graph .
  OPTIONAL { ?source dcterms:publisher ?publisher }
  OPTIONAL { ?source dcterms:license ?licence }
  OPTIONAL { ?load prov:used ?source ; dkg:retrievedOn ?retrieved }
} ORDER BY STR(?source)"""
)
DOCUMENTS = (
    _HEADER
    + """SELECT ?source ?document ?sha256 ?title ?url ?modified ?versionOf WHERE {
  ?source a dkg:Source . ?document dcterms:isPartOf ?source .
  OPTIONAL { ?document schema:sha256 ?sha256 }
  OPTIONAL { ?document dcterms:title ?title }
  OPTIONAL { ?document schema:url ?url }
  OPTIONAL { ?document dcterms:modified ?modified }
  OPTIONAL { ?document dcterms:isVersionOf ?versionOf }
} ORDER BY STR(?source) STR(?document)"""
)


@dataclass(frozen=True)
class ReleaseFile:
    name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Release:
    """What ``release`` wrote: the version, its date, the previous release, the files with their
    hashes, the counts, and the changes since the previous release by theme."""

    version: str
    date: str
    output: str
    previous: str | None
    files: tuple[ReleaseFile, ...]
    counts: dict[str, int]
    changes: dict[str, dict[str, int]] | None


#: the command a release folder is written by (see ``core.output.replace_folder``)
RELEASE_COMMAND = "release"


def release_folder(build: Path, version: str, out: Path | str | None = None) -> Path:
    """Where a release is written: ``out``, else ``<build>/releases/<version>``."""
    return Path(out) if out is not None else build / "releases" / version


def make_release(
    store: Store,
    out: Path,
    version: str,
    *,
    date: str | None = None,
    notes: str | None = None,
    previous: Path | str | None = "auto",
    base_url: str = BASE,
    build: Path | None = None,
    protected: tuple[Path, ...] = (),
) -> Release:
    """Write the release ``version`` of ``store`` into ``out``. ``previous`` is the folder of the
    previous release, ``"auto"`` (the greatest version below this one beside ``out``) or None.
    ``build`` is the tool's build folder, where a missing parent of ``out`` may be made."""
    check_release(out, version, date)
    base = iri_base(base_url)  # (checked before any work)
    out = Path(out)
    before = find_previous(out, version) if previous == "auto" else (None if previous is None else Path(previous))
    old = read_manifest(before) if before is not None else None
    if old is not None and version_order(str(old.get("version") or "")) >= version_order(version):
        raise InputError(
            f"release {version} would follow release {old.get('version')}, which is not an earlier version",
            where=str(before),
            why="a release lists as its previous one a release it comes after, and says what changed since",
            fix="give --previous a release of a lower version, or give this release a higher version",
        )
    sources = describe_sources(store)
    date = date or _latest_date(sources)
    if old is not None and date and str(old.get("date") or "") > date:
        raise InputError(
            f"release {version} would be dated {date}, before the release it follows ({old['version']}, {old['date']})",
            where=str(before),
            why="a release comes after the one it lists as its previous, and says what changed since",
            fix="give --date the day it is published, or --previous the release it follows",
        )
    changes = None
    if before is not None:
        changes = diff(claims_of(before, str(old["version"] if old else before)), claims_of(store, version))
    release = Release(
        version=version,
        date=date,
        output=str(out),
        previous=None if old is None else str(old["version"]),
        files=(),
        counts=counts(store),
        changes=None if changes is None else changes.summary,
    )

    def write(folder: Path) -> Release:
        files = _write_files(store, folder)
        void = void_triples(release, files, sources, base)
        files.append(_write(folder, "void.ttl", site_rdf.serialize(void, "turtle"), "text/turtle"))
        if changes is not None:
            files.append(_write(folder, "changes.json", to_json(changes).encode(), "application/json"))
        sums = "".join(f"{f.sha256}  {f.name}\n" for f in files)
        (folder / "SHA256SUMS").write_text(sums, encoding="utf-8")
        done = replace(release, files=tuple(files))
        manifest = to_data(done)
        del manifest["output"]  # where it was written is not part of the release
        manifest |= {"sources": sources, "notes": notes}
        (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (folder / "NOTES.md").write_text(release_notes(done, sources, notes, changes), encoding="utf-8")
        return done

    if build is not None and out.resolve().is_relative_to(Path(build).resolve()):
        ensure_folder(out.parent)  # the tool's own build folder: its releases/ is ours to make
    return replace_folder(out, RELEASE_COMMAND, write, protected=protected)


def _write(folder: Path, name: str, data: bytes, media_type: str) -> ReleaseFile:
    (folder / name).write_bytes(data)
    return ReleaseFile(name, media_type, len(data), hashlib.sha256(data).hexdigest())


def _write_files(store: Store, folder: Path) -> list[ReleaseFile]:
    files = [_write(folder, name, store.serialize(fmt), media) for name, fmt, media in DUMPS]
    network = to_networkx(store)
    for name, fmt, media in NETWORKS:
        module = importlib.import_module(FORMATS[fmt][0])
        files.append(_write(folder, name, module.to_bytes(network), media))
    return files


def find_previous(out: Path, version: str) -> Path | None:
    """The release beside ``out`` with the greatest version below ``version`` (natural order:
    1.10 after 1.9), or None."""
    found = [
        (version_order(other), folder)
        for folder, other in _releases_beside(out)
        if other and folder.resolve() != out.resolve() and version_order(other) < version_order(version)
    ]
    return max(found)[1] if found else None


def _releases_beside(out: Path) -> list[tuple[Path, str]]:
    """The release folders beside ``out``, each with its version ("" when its manifest has none)."""
    if not out.parent.is_dir():
        return []
    found = [(manifest.parent, _json(manifest)) for manifest in sorted(out.parent.glob(f"*/{MANIFEST}"))]
    return [(folder, str(data.get("version", "")) if isinstance(data, dict) else "") for folder, data in found]


def version_order(version: str) -> tuple:
    """A sort key for versions in natural order (1.10 after 1.9)."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", version) if part)


def check_release(out: Path, version: str, date: str | None = None) -> None:
    """Refuse a bad version or date, and a release already written: a release once published is
    cited by its version and checked by its sums, so it is never replaced by other bytes."""
    if not VERSION.fullmatch(version):
        raise InputError(
            f"bad release version '{version}'",
            why="a version names a folder and an IRI: letters, digits, '.', '+', '_' and '-', at most 64",
            fix="give e.g. 1.0.0 or 2026-11",
        )
    if date is not None:
        try:
            if not DATE.fullmatch(date):
                raise ValueError("not YYYY-MM-DD")
            datetime.date.fromisoformat(date)
        except ValueError as err:
            raise InputError(f"bad release date '{date}'", why=str(err), fix="give a real date as YYYY-MM-DD") from None
    if (Path(out) / MANIFEST).is_file():
        data = _json(Path(out) / MANIFEST)
        there = str(data.get("version") or "") if isinstance(data, dict) else ""
        if there and there != version:  # ("release 1.0.0 is already written" of a folder holding 0.9)
            raise InputError(
                f"the output folder holds release {there}",
                where=str(out),
                why="a release is cited by its version and checked by its sums: it is never replaced",
                fix=f"give release {version} a folder of its own with -o",
            )
    written = [Path(out)] if (Path(out) / MANIFEST).is_file() else []
    written = written or [folder for folder, other in _releases_beside(Path(out)) if other == version]
    if written:
        raise InputError(
            f"release {version} is already written",
            where=str(written[0]),
            why="a release is cited by its version and checked by its sums: it is never replaced, nor "
            "written again beside it under another folder's name",
            fix="give the next version (or, for a release never published, delete its folder first)",
        )


def read_manifest(folder: Path) -> dict:
    """The manifest of a release folder (an InputError when the folder is not a release)."""
    data = _json(Path(folder) / MANIFEST)
    if not isinstance(data, dict) or "version" not in data:
        raise InputError(
            "not a release",
            where=str(folder),
            why=no_folder_why(folder) or f"it has no readable {MANIFEST} with a version",
            fix="give the folder a `defence-kg release` wrote",
        )
    return data


def _json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def describe_sources(store: Store) -> list[dict]:
    """The sources of the build with their documents: retrieval date, title, URL, own date,
    SHA-256 and, for one of several versions, the document it is a version of."""
    documents: dict[str, list[dict]] = {}
    for source, document, sha256, title, url, modified, version_of in store.query(DOCUMENTS)[1]:
        entry = {"iri": str(document), "title": title, "url": url, "modified": modified, "sha256": sha256}
        entry["version_of"] = version_of
        documents.setdefault(str(source), []).append({k: str(v) for k, v in entry.items() if v is not None})
    return [
        {
            "iri": str(source),
            "title": str(title),
            "publisher": None if publisher is None else str(publisher),
            "licence": None if licence is None else str(licence),
            "graph": str(graph),
            "retrieved": None if retrieved is None else str(retrieved),
            "documents": documents.get(str(source), []),
        }
        for source, title, publisher, licence, graph, retrieved in store.query(SOURCES)[1]
    ]


def _latest_date(sources: list[dict]) -> str:
    dates = [s["retrieved"] for s in sources if s["retrieved"]]
    dates += [d["modified"] for s in sources for d in s["documents"] if DATE.fullmatch(d.get("modified", ""))]
    if not dates:
        raise InputError(
            "no date for the release",
            why="no source of the build has a retrieval date, and no document a date of its own",
            fix="give the date with --date YYYY-MM-DD",
        )
    return max(dates)


def counts(store: Store) -> dict[str, int]:
    """Quads, distinct triples, statements and instances of the main classes."""
    summary = summary_of(store)
    return {
        "quads": len(store),
        "triples": len(store.union_triples()),
        "graphs": len(store.graphs()),
        **{cls[0].lower() + cls[1:]: n for cls, n in summary.items()},
    }


def void_triples(release: Release, files: list[ReleaseFile], sources: list[dict], base: str) -> list:
    """DCAT/VoID of the release: version, date, previous release, sources and distributions."""
    ds = URIRef(f"{base}release/{release.version}")
    t: list = [
        (ds, RDF.type, DCAT.Dataset),
        (ds, RDF.type, VOID.Dataset),
        (ds, DCTERMS.title, Literal(f"defence-kg {release.version}", lang="en")),
        (ds, DCAT_VERSION, Literal(release.version)),
        (ds, DCTERMS.issued, Literal(release.date, datatype=XSD.date)),
        (ds, DCTERMS.isVersionOf, URIRef(f"{base}dataset")),
        (ds, VOID.uriSpace, Literal(f"{base}id/")),
        (ds, VOID.triples, Literal(release.counts["triples"])),
    ]
    if release.previous is not None:
        t.append((ds, PROV.wasRevisionOf, URIRef(f"{base}release/{release.previous}")))
    for source in sources:
        t.append((ds, DCTERMS.source, URIRef(source["iri"])))
        t += [(ds, PROV.wasDerivedFrom, URIRef(d["iri"])) for d in source["documents"]]
    for f in files:
        url = URIRef(f"{base}release/{release.version}/{f.name}")
        dist, checksum = URIRef(f"{url}#distribution"), URIRef(f"{url}#sha256")
        t += [
            (ds, DCAT.distribution, dist),
            (dist, RDF.type, DCAT.Distribution),
            (dist, DCAT.downloadURL, url),
            (dist, DCAT.mediaType, URIRef("https://www.iana.org/assignments/media-types/" + f.media_type)),
            (dist, DCAT.byteSize, Literal(f.size)),
            (dist, SPDX.checksum, checksum),
            (checksum, RDF.type, SPDX.Checksum),
            (checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256),
            (checksum, SPDX.checksumValue, Literal(f.sha256, datatype=XSD.hexBinary)),
        ]
        if f.name.startswith("dataset."):
            t.append((ds, VOID.dataDump, url))
    return t


def release_notes(release: Release, sources: list[dict], notes: str | None, changes: Diff | None) -> str:
    """NOTES.md: the given notes, the changes since the previous release, the sources and files."""
    lines = [f"# defence-kg {release.version} ({release.date})", ""]
    lines.append(f"Previous release: {release.previous}." if release.previous else "First release: no previous one.")
    lines.append("")
    if notes:
        lines += [notes.strip(), ""]
    if changes is not None:
        lines += [
            f"## Changes since {release.previous}",
            "",
            "| theme | added | removed | changed |",
            "|---|---|---|---|",
        ]
        lines += [
            f"| {theme} | {n['added']} | {n['removed']} | {n['changed']} |" for theme, n in changes.summary.items()
        ]
        lines.append("")
        risk = [c for c in changes.changes if c.theme == "risk designations" and c.predicate == "dkg:riskLevel"]
        for c in risk:
            what = {"added": f"now {c.new}", "removed": f"no longer {c.old}", "changed": f"{c.old} → {c.new}"}[c.kind]
            lines.append(f"- {c.subject_label}: risk level {what}" + (f" ({c.why})" if c.why else ""))
        lines += [f"- IRI {i.kind}: {', '.join(i.old)} → {', '.join(i.new)}" for i in changes.iri_changes]
        lines += ["", "Every change, with its evidence on both sides: `changes.json` (or `defence-kg diff`).", ""]
    lines += ["## Counts", ""] + [f"- {k}: {v}" for k, v in release.counts.items()] + ["", "## Sources", ""]
    for s in sources:
        lines.append(f"- {s['title']} (retrieved {s['retrieved'] or 'date not recorded'})")
        for d in s["documents"]:
            own = f", dated {d['modified']}" if "modified" in d else ""
            lines.append(f"  - {d.get('title') or d['iri']}{own}, sha256 {d.get('sha256', 'not recorded')}")
    lines += ["", "## Files", "", "| file | bytes | SHA-256 |", "|---|---|---|"]
    lines += [f"| {f.name} | {f.size} | {f.sha256} |" for f in release.files]
    return "\n".join(lines) + "\n"
