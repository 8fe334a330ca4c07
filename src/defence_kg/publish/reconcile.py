"""publishing: the W3C Entity Reconciliation Service API, in the version OpenRefine speaks (0.2),
over a built dataset — the service manifest, batch queries with type and property constraints
(country, kind), entity previews (an HTML card with the risk badge and evidence), suggest (entity,
type and property autocomplete) and data extension (risk level, designation date, supervising
agencies, categories, lists, Chinese name, parent, defence links).

Matching is screening's (analysis.screening): the same decisions, scores and reasons. Responses carry
CORS headers and answer JSONP (``callback``) for GETs, as OpenRefine in a browser needs. The server
binds the loopback interface by default.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import defence_kg.analysis.screening.names as n
from defence_kg.analysis.screening import GraphView, Matcher, Profile
from defence_kg.analysis.screening.countries import country_code
from defence_kg.analysis.screening.matcher import MATCH
from defence_kg.core.namespaces import ID
from defence_kg.core.store import Store
from defence_kg.publish.site_server import LoopbackServer

SERVICE_NAME = "defence-kg reconciliation"
DEFAULT_TYPE = {"id": "Organisation", "name": "organisation"}
#: the properties of data extension: id -> (name, how its values are written)
PROPERTIES = {
    "risk_level": "risk level",
    "risk_date": "risk designation date",
    "risk_rationale": "risk rationale",
    "supervising_agencies": "supervising agencies",
    "categories": "tracker categories",
    "lists": "export-control and sanctions lists",
    "name_zh": "Chinese name",
    "parent": "parent organisation",
    "parent_risk_level": "parent's risk level",
    "defence_links": "defence links",
    "kind": "kind",
    "country": "country",
}
#: the properties a reconciliation query may constrain
QUERY_PROPERTIES = {"country": "country (ISO code or name)", "kind": "kind of organisation"}
_CALLBACK = re.compile(r"^[A-Za-z_$][\w$.]{0,63}$")


@dataclass
class Service:
    """What the handler answers from: the matcher over one built dataset, and the public URL."""

    matcher: Matcher
    base_url: str

    @property
    def graph(self) -> GraphView:
        return self.matcher.graph

    # -- the API's documents ----------------------------------------------------------------------

    def manifest(self) -> dict[str, Any]:
        base = self.base_url.rstrip("/")
        return {
            "versions": ["0.1", "0.2"],
            "name": SERVICE_NAME,
            "identifierSpace": str(ID),
            "schemaSpace": "https://w3id.org/defence-kg/ontology#",
            "defaultTypes": [DEFAULT_TYPE],
            "view": {"url": f"{ID}{{{{id}}}}"},
            "preview": {"url": f"{base}/preview?id={{{{id}}}}", "width": 420, "height": 320},
            "suggest": {
                "entity": {"service_url": base, "service_path": "/suggest/entity"},
                "type": {"service_url": base, "service_path": "/suggest/type"},
                "property": {"service_url": base, "service_path": "/suggest/property"},
            },
            "extend": {
                "propose_properties": {"service_url": base, "service_path": "/extend/propose"},
                "property_settings": [],
            },
        }

    def reconcile(self, queries: dict[str, Any]) -> dict[str, Any]:
        """A batch of queries: ``{qid: {query, type?, limit?, properties?, type_strict?}}``."""
        return {qid: {"result": self._candidates(q)} for qid, q in queries.items()}

    def _candidates(self, query: dict[str, Any]) -> list[dict[str, Any]]:
        text = str(query.get("query", ""))
        limit = int(query.get("limit") or 5)
        country, kind = None, query.get("type")
        for prop in query.get("properties") or []:
            value = prop.get("v")
            value = value[0] if isinstance(value, list) and value else value
            value = value.get("id") if isinstance(value, dict) else value
            if prop.get("pid") == "country" and value:
                country = str(value)
            elif prop.get("pid") == "kind" and value:
                kind = str(value)
        if isinstance(kind, list):
            kind = kind[0] if kind else None
        allowed = self._of_kind(str(kind)) if kind else None
        decided = self.matcher.match(text, country=country, kinds=allowed)
        results = []
        for c in decided.candidates:
            if c.score <= 0:
                continue
            results.append(
                {
                    "id": self.entity_id(c.iri),
                    "name": c.label,
                    "type": [{"id": self._kind_id(c.iri), "name": c.kind}],
                    "score": round(c.score * 100, 1),
                    "match": decided.decision == MATCH and c.iri == decided.iri,
                    "description": c.why,
                    "features": [{"id": "name_score", "value": c.score}],
                }
            )
        return results[:limit]

    def suggest_entities(self, prefix: str, limit: int = 10) -> dict[str, Any]:
        """Entities whose name (or a word of it) starts with the prefix; exact names first."""
        wanted = n.plain(prefix)
        found: dict[str, tuple[int, str]] = {}
        for name in self.matcher.index.names:
            plain = n.plain(name.text)
            rank = (
                0 if plain == wanted else 1 if plain.startswith(wanted) else 2 if f" {wanted}" in f" {plain}" else None
            )
            if rank is not None and wanted and (name.iri not in found or rank < found[name.iri][0]):
                found[name.iri] = (rank, name.text)
        ordered = sorted(
            found.items(),
            key=lambda kv: (kv[1][0], len(self.graph.entities[kv[0]].label), self.graph.entities[kv[0]].label),
        )[:limit]
        return {
            "result": [
                {
                    "id": self.entity_id(iri),
                    "name": self.graph.entities[iri].label,
                    "description": self.graph.entities[iri].kind,
                }
                for iri, _ in ordered
            ]
        }

    def suggest_types(self, prefix: str) -> dict[str, Any]:
        kinds = sorted({(self._kind_id(iri), e.kind) for iri, e in self.graph.entities.items()})
        wanted = prefix.casefold()
        return {
            "result": [
                {"id": k, "name": name} for k, name in kinds if wanted in name.casefold() or wanted in k.casefold()
            ]
        }

    def suggest_properties(self, prefix: str) -> dict[str, Any]:
        wanted = prefix.casefold()
        return {
            "result": [
                {"id": pid, "name": name}
                for pid, name in PROPERTIES.items()
                if wanted in name.casefold() or wanted in pid
            ]
        }

    def propose_properties(self, type_id: str | None, limit: int | None) -> dict[str, Any]:
        properties = [{"id": pid, "name": name} for pid, name in PROPERTIES.items()]
        return {"type": type_id or DEFAULT_TYPE["id"], "properties": properties[: limit or len(properties)]}

    def extend(self, request: dict[str, Any]) -> dict[str, Any]:
        """Values of the requested properties for the requested entity ids."""
        ids = [str(i) for i in request.get("ids", [])]
        pids = [str(p.get("id")) for p in request.get("properties", []) if isinstance(p, dict)]
        iris = {i: self.iri(i) for i in ids}
        profiles = self.graph.profiles([iri for iri in iris.values() if iri])
        rows = {}
        for i, iri in iris.items():
            profile = profiles.get(iri) if iri else None
            rows[i] = {pid: self._values(profile, pid) if profile else [] for pid in pids}
        return {"meta": [{"id": pid, "name": PROPERTIES.get(pid, pid)} for pid in pids], "rows": rows}

    def _values(self, p: Profile, pid: str) -> list[dict[str, Any]]:
        value: list[dict[str, Any]]
        if pid == "risk_level":
            value = [{"str": p.risk_level}] if p.risk_level else []
        elif pid == "risk_date":
            value = [{"date": f"{p.risk_date}T00:00:00Z"}] if p.risk_date else []
        elif pid == "risk_rationale":
            value = [{"str": p.risk_rationale}] if p.risk_rationale else []
        elif pid == "supervising_agencies":
            value = [{"str": a} for a in p.supervising_agencies]
        elif pid == "categories":
            value = [{"str": c} for c in p.categories]
        elif pid == "lists":
            value = [{"str": x} for x in p.lists]
        elif pid == "name_zh":
            value = [{"str": p.label_zh}] if p.label_zh else []
        elif pid == "parent":
            value = [{"id": self.entity_id(p.parent.iri), "name": p.parent.label}] if p.parent else []
        elif pid == "parent_risk_level":
            value = [{"str": p.parent.risk_level}] if p.parent and p.parent.risk_level else []
        elif pid == "defence_links":
            value = [{"int": p.defence_links}]
        elif pid == "kind":
            value = [{"str": p.kind}]
        elif pid == "country":
            value = [{"str": p.country}] if p.country else []
        else:
            value = []
        return value

    def preview(self, entity_id: str) -> str | None:
        """An HTML card: names, kind, the risk badge with its date and rationale, parent, evidence."""
        iri = self.iri(entity_id)
        if iri is None:
            return None
        p = self.graph.profiles([iri])[iri]
        esc = html.escape
        level = p.risk_level or "not designated"
        colour = {"very high": "#b71c1c", "high": "#e65100", "medium": "#f9a825", "low": "#2e7d32"}.get(
            level, "#9e9e9e"
        )
        text_colour = "#000" if level in ("medium", "not designated") else "#fff"
        parts = [
            f'<div class="card" style="font-family:sans-serif;font-size:13px"><strong><a href="{esc(iri)}" target="_blank">{esc(p.label)}</a></strong>',
            f' <span lang="zh-Hans">{esc(p.label_zh)}</span>' if p.label_zh else "",
            f'<div>{esc(p.kind)}</div><div><span class="risk" style="background:{colour};color:{text_colour};'
            f'padding:1px 6px;border-radius:8px">{esc(level)}</span>',
            f" as of {esc(p.risk_date)}" if p.risk_date else "",
            f" — for {esc(p.risk_rationale)}" if p.risk_rationale else "",
            "</div>",
        ]
        if p.parent:
            parts.append(f"<div>Part of {esc(p.parent.label)} ({esc(p.parent.risk_level or 'not designated')})</div>")
        if p.supervising_agencies:
            parts.append(f"<div>Supervised by {esc('; '.join(p.supervising_agencies))}</div>")
        parts.append(f"<div>{p.defence_links} defence links</div>")
        for e in p.evidence:
            link = f' <a href="{esc(e.source)}" target="_blank">source</a>' if e.source else ""
            parts.append(f'<blockquote class="evidence">“{esc(e.quote)}”{link}</blockquote>')
        parts.append("</div>")
        return (
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>'
            + esc(p.label)
            + "</title></head><body>"
            + "".join(parts)
            + "</body></html>"
        )

    # -- ids, kinds ------------------------------------------------------------------------------

    @staticmethod
    def entity_id(iri: str) -> str:
        return iri[len(str(ID)) :] if iri.startswith(str(ID)) else iri

    def iri(self, entity_id: str) -> str | None:
        iri = entity_id if entity_id.startswith(("http://", "https://")) else f"{ID}{entity_id}"
        return iri if iri in self.graph.entities else None

    def _kind_id(self, iri: str) -> str:
        return self.graph.kind_class(iri).rsplit("#", 1)[-1]

    def _of_kind(self, kind: str) -> frozenset[str]:
        """Entities of a kind, given as a class name ("University"), an IRI or a label."""
        wanted = kind.rsplit("#", 1)[-1].rsplit(":", 1)[-1].casefold()
        return frozenset(
            iri
            for iri, e in self.graph.entities.items()
            if wanted in {c.rsplit("#", 1)[-1].casefold() for c in self.graph.classes_of(iri)}
            or wanted == e.kind.casefold()
        )


class _Handler(BaseHTTPRequestHandler):
    service: Service
    server_version = "defence-kg-reconcile"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the standard library's name
        pass  # quiet: the command line says where the service runs

    def do_OPTIONS(self) -> None:  # CORS preflight
        self.send_response(HTTPStatus.NO_CONTENT)
        self._cors()
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type")
        self.end_headers()

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        self._answer(url.path, {k: v[-1] for k, v in parse_qs(url.query).items()})

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace")
        params = {k: v[-1] for k, v in parse_qs(url.query).items()}
        if "json" in (self.headers.get("Content-Type") or ""):
            try:
                params.setdefault("queries", json.dumps(json.loads(body)))
            except ValueError:
                return self._error(HTTPStatus.BAD_REQUEST, "the request body is not JSON")
        else:
            params.update({k: v[-1] for k, v in parse_qs(body).items()})
        self._answer(url.path, params)

    def _answer(self, path: str, params: dict[str, str]) -> None:
        service = self.service
        path = path.rstrip("/") or "/"
        try:
            if path in ("/", "/reconcile"):
                if "queries" in params:
                    return self._json(service.reconcile(json.loads(params["queries"])), params)
                if "extend" in params:
                    return self._json(service.extend(json.loads(params["extend"])), params)
                return self._json(service.manifest(), params)
            if path == "/suggest/entity":
                return self._json(service.suggest_entities(params.get("prefix", "")), params)
            if path == "/suggest/type":
                return self._json(service.suggest_types(params.get("prefix", "")), params)
            if path == "/suggest/property":
                return self._json(service.suggest_properties(params.get("prefix", "")), params)
            if path == "/extend/propose":
                limit = int(params["limit"]) if params.get("limit", "").isdigit() else None
                return self._json(service.propose_properties(params.get("type"), limit), params)
            if path == "/preview":
                page = service.preview(params.get("id", ""))
                if page is None:
                    return self._error(HTTPStatus.NOT_FOUND, f"no entity with id {params.get('id', '')!r}")
                return self._send(HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8")
        except (ValueError, TypeError, AttributeError) as err:
            return self._error(HTTPStatus.BAD_REQUEST, f"malformed request: {err}")
        self._error(HTTPStatus.NOT_FOUND, f"no such service: {path}")

    def _json(self, data: dict[str, Any], params: dict[str, str]) -> None:
        text = json.dumps(data, ensure_ascii=False)
        callback = params.get("callback")
        if callback is not None:
            if not _CALLBACK.match(callback):
                return self._error(HTTPStatus.BAD_REQUEST, "the JSONP callback is not a JavaScript name")
            return self._send(HTTPStatus.OK, f"{callback}({text});".encode(), "application/javascript; charset=utf-8")
        self._send(HTTPStatus.OK, text.encode("utf-8"), "application/json; charset=utf-8")

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, json.dumps({"error": message}).encode("utf-8"), "application/json; charset=utf-8")

    def _send(self, status: HTTPStatus, data: bytes, content_type: str) -> None:
        self.send_response(status)
        self._cors()
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _cors(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")


def make_server(
    store: Store, *, host: str = "127.0.0.1", port: int = 0, base_url: str | None = None
) -> ThreadingHTTPServer:
    """A reconciliation server over a built dataset (``port`` 0: a free one); call ``serve_forever``."""
    matcher = Matcher(GraphView(store), top=5)

    class Handler(_Handler):
        pass

    server = LoopbackServer((host, port), Handler)
    h, p = (str(part) for part in server.server_address[:2])
    Handler.service = Service(matcher, base_url or f"http://{h}:{p}")
    return server


__all__ = ["QUERY_PROPERTIES", "Service", "country_code", "make_server"]
