"""queries, publish: the client for remote SPARQL 1.1 endpoints; the only module that imports SPARQLWrapper.

Queries go through SPARQLWrapper (URL-encoded, never POSTed directly: Virtuoso hangs on direct
POST of queries). Updates are POSTed to their own URL. The Graph Store Protocol goes through
urllib with a private opener (no process-wide side effects).

Credentials come from the environment (``SPARQL_USER``/``SPARQL_PASSWORD``) or from a netrc
file entry for the endpoint's host, never from the command line. Basic auth is sent first; a
server that refuses it (Virtuoso wants Digest) is retried once with Digest.

Every failure becomes a :class:`RemoteError` (exit 3) saying what, where, why and how to fix:
an unreachable endpoint, a 4xx/5xx answer, a timeout, and an answer of 200 whose body is
truncated or is not a results document (Oxigraph ends a timed-out stream that way), or that a
header marks as partial (Virtuoso's "anytime" results).
"""

from __future__ import annotations

import base64
import http.client
import json
import math
import netrc
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
import warnings
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node
from SPARQLWrapper import BASIC, DIGEST, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper import SPARQLExceptions as SE

from defence_kg.core.errors import InputError, RemoteError
from defence_kg.core.sparql import query_form, term_n3
from defence_kg.queries import DEFAULT_TIMEOUT_S

UPDATE_CONTENT_TYPE = "application/sparql-update"
GRAPH_CONTENT_TYPE = "application/n-triples"


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str


def credentials_for(url: str) -> Credentials | None:
    """``SPARQL_USER``/``SPARQL_PASSWORD`` from the environment, else the netrc entry for the host."""
    user, password = os.environ.get("SPARQL_USER"), os.environ.get("SPARQL_PASSWORD")
    if user:
        return Credentials(user, password or "")
    host = urllib.parse.urlsplit(url).hostname or ""
    path = os.environ.get("NETRC") or os.path.join(os.path.expanduser("~"), ".netrc")
    if not os.path.exists(path):
        return None
    try:
        entry = netrc.netrc(path).authenticators(host)
    except (netrc.NetrcParseError, OSError) as err:
        raise RemoteError(
            "cannot read the netrc file",
            where=path,
            why=str(err),
            fix="correct the file, or set SPARQL_USER and SPARQL_PASSWORD",
        ) from None
    if entry is None:
        return None
    login, _account, password = entry
    return Credentials(login or "", password or "")


def _status_error(kind: str, url: str, status: int | None, body: bytes | str, *, action: str) -> RemoteError:
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
    text = " ".join(text.split())[:300]
    fixes = {
        400: f"the server rejected the {kind} as malformed: correct it",
        401: "check SPARQL_USER/SPARQL_PASSWORD or the netrc entry for this host",
        403: "the server refuses this (read-only, or the user lacks the right to write)",
        404: "check the endpoint URL (Oxigraph: /query, /update, /store; Virtuoso: /sparql)",
        406: "the server cannot answer in the requested format",
        415: "the server does not accept this content type",
    }
    fix = fixes.get(status or 0, "retry later, or look at the server's log")
    label = {401: " (unauthorized: wrong or missing credentials)", 403: " (forbidden)"}.get(status or 0, "")
    return RemoteError(
        f"the endpoint answered HTTP {status}{label} to a {action}", where=url, why=text or "(empty body)", fix=fix
    )


def _unreachable(url: str, err: BaseException) -> RemoteError:
    reason = getattr(err, "reason", err)
    return RemoteError(
        "the endpoint is unreachable",
        where=url,
        why=str(reason),
        fix="check the URL and that the server is running and reachable",
    )


def _timeout(url: str, timeout: float) -> RemoteError:
    return RemoteError(
        f"no answer from the endpoint within {timeout:g} s",
        where=url,
        why="the request timed out",
        fix="raise --timeout, simplify the query, or retry when the server is less busy",
    )


class Endpoint:
    """A SPARQL 1.1 server: a query URL, and optionally an update URL and a Graph Store URL."""

    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        gsp_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
    ) -> None:
        for url in (query_url, update_url, gsp_url):
            if url is not None and not _is_http_url(url):
                # a malformed URL is the user's input, not a remote failure (exit 2, not 3)
                raise InputError(
                    "not an HTTP(S) endpoint URL", where=url, fix="give a URL such as http://127.0.0.1:7878/query"
                )
        self.query_url, self.update_url, self.gsp_url = query_url, update_url, gsp_url
        self.timeout = timeout
        self._digest: set[str] = set()  # scheme://host/path of URLs whose server wants Digest

    @classmethod
    def from_env(cls, timeout: float = DEFAULT_TIMEOUT_S) -> Endpoint | None:
        """The endpoint named by ``SPARQL_QUERY_URL`` (+ ``SPARQL_UPDATE_URL``, ``SPARQL_GSP_URL``)."""
        q = os.environ.get("SPARQL_QUERY_URL")
        if not q:
            return None
        return cls(
            q, update_url=os.environ.get("SPARQL_UPDATE_URL"), gsp_url=os.environ.get("SPARQL_GSP_URL"), timeout=timeout
        )

    # -- SPARQLWrapper requests --------------------------------------------------------------
    def _wrapper(self, url: str, *, update: bool = False, auth: str = BASIC) -> SPARQLWrapper:
        sw = SPARQLWrapper(url, updateEndpoint=url if update else None)
        # setTimeout() truncates to int and 0 means "no timeout": never let it round down to 0
        sw.setTimeout(max(1, math.ceil(self.timeout)))
        sw.setOnlyConneg(True)
        sw.setMethod(POST)  # form-encoded POST: long queries do not fit a GET URL (Oxigraph: 8 kB headers)
        creds = credentials_for(url)
        if creds is not None:
            if auth == DIGEST:
                # SPARQLWrapper's Digest support installs a process-wide urllib opener;
                # we send Digest through our own opener instead (see _digest_request).
                pass
            else:
                sw.addCustomHttpHeader("Authorization", _basic_header(creds))
        return sw

    def _run(self, sw: SPARQLWrapper, url: str, *, action: str):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return sw.query()
        except SE.QueryBadFormed as err:
            raise _status_error(action, url, 400, _msg(err), action=action) from None
        except SE.Unauthorized as err:
            raise _status_error(action, url, 401, _msg(err), action=action) from None
        except SE.EndPointNotFound as err:
            raise _status_error(action, url, 404, _msg(err), action=action) from None
        except SE.URITooLong as err:
            raise _status_error(action, url, 414, _msg(err), action=action) from None
        except SE.EndPointInternalError as err:
            raise _status_error(action, url, 500, _msg(err), action=action) from None
        except urllib.error.HTTPError as err:
            raise _status_error(action, url, err.code, _read(err), action=action) from None
        except TimeoutError:
            raise _timeout(url, self.timeout) from None
        except urllib.error.URLError as err:
            if isinstance(err.reason, (TimeoutError, socket.timeout)):
                raise _timeout(url, self.timeout) from None
            raise _unreachable(url, err) from None
        except (ConnectionError, OSError) as err:
            raise _unreachable(url, err) from None

    def query(self, sparql: str):
        """Run a query. Returns like ``Store.query``: a bool (ASK), a list of triples
        (CONSTRUCT/DESCRIBE) or ``(variables, rows)`` (SELECT) with rdflib terms."""
        form = query_form(sparql)
        if credentials_for(self.query_url) is not None and _auth_key(self.query_url) in self._digest:
            return self._query_digest(sparql, form)
        sw = self._wrapper(self.query_url)
        sw.setQuery(sparql)
        # SPARQLWrapper guesses the form with a regular expression that reads comments too (a comment
        # saying "loader" made it send the query as a LOAD update); our tokenizer knows better
        sw.queryType = form
        sw.setReturnFormat(TURTLE if form in ("CONSTRUCT", "DESCRIBE") else JSON)
        try:
            result = self._run(sw, self.query_url, action="query")
        except RemoteError as err:
            if (
                "HTTP 401" in err.what
                and credentials_for(self.query_url) is not None
                and _auth_key(self.query_url) not in self._digest
            ):
                self._digest.add(_auth_key(self.query_url))
                return self._query_digest(sparql, form)
            raise
        headers = result.response.info()
        try:
            body = result.response.read()
        except TimeoutError:
            raise _timeout(self.query_url, self.timeout) from None
        except OSError as err:
            raise _truncated(self.query_url, f"the connection broke while reading: {err}") from None
        return self._decode(form, body, headers)

    def _query_digest(self, sparql: str, form: str):
        accept = "text/turtle" if form in ("CONSTRUCT", "DESCRIBE") else "application/sparql-results+json"
        data = urllib.parse.urlencode({"query": sparql}).encode()
        status, body, headers = self.request(
            "POST",
            self.query_url,
            data=data,
            action="query",
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )
        return self._decode(form, body, headers)

    def _decode(self, form: str, body: bytes, headers):
        url = self.query_url
        state = headers.get("X-SQL-State") if headers is not None else None
        if state:  # Virtuoso: partial ("anytime") results after a timeout, or an error
            raise _truncated(
                url,
                f"the server marked the answer as incomplete (X-SQL-State {state}: {headers.get('X-SQL-Message', '')})",
            )
        if form in ("CONSTRUCT", "DESCRIBE"):
            graph = Graph()
            try:
                graph.parse(data=body, format="turtle")
            except Exception as err:  # rdflib raises many parser error types
                raise _truncated(url, f"the graph in the answer does not parse: {err}") from None
            return sorted(graph, key=lambda t: tuple(x.n3() for x in t))
        if not body.rstrip().endswith(b"}"):
            # a complete JSON document ends with "}": say so before parsing a possibly huge cut-off stream
            tail = body[-160:].decode("utf-8", "replace")
            raise _truncated(url, f"the results document is cut short ({len(body)} bytes); it ends with: {tail!r}")
        try:
            doc = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            tail = body[-160:].decode("utf-8", "replace")
            raise _truncated(
                url, f"the results document is cut short or not JSON ({err}); it ends with: {tail!r}"
            ) from None
        return decode_results(doc, url=url)

    def update(self, sparql: str) -> None:
        """POST a SPARQL Update to the update URL, directly as ``application/sparql-update``
        (SPARQL 1.1 Protocol; Oxigraph and Virtuoso both take it, and the request body is
        exactly the update text, so ``publish endpoint --dry-run`` can show it byte for byte)."""
        url = self.update_url
        if not url:
            raise RemoteError("no update endpoint", fix="give --update-endpoint URL (or SPARQL_UPDATE_URL)")
        self.request(
            "POST", url, data=sparql.encode("utf-8"), action="update", headers={"Content-Type": UPDATE_CONTENT_TYPE}
        )

    # -- Graph Store Protocol and graph-level helpers --------------------------------------
    def graph_url(self, graph: str) -> str:
        """The Graph Store URL of one named graph (``?graph=IRI``)."""
        if not self.gsp_url:
            raise RemoteError("no Graph Store endpoint", fix="give --gsp-endpoint URL (or SPARQL_GSP_URL)")
        sep = "&" if "?" in self.gsp_url else "?"
        return self.gsp_url + sep + urllib.parse.urlencode({"graph": str(graph)})

    def put_graph(self, graph: str, data: bytes, content_type: str = GRAPH_CONTENT_TYPE) -> int:
        """Replace one named graph whole with an HTTP PUT (one request: atomic on the server).
        Returns the HTTP status (201 created, 200/204 replaced)."""
        status, _body, _headers = self.request(
            "PUT", self.graph_url(graph), data=data, headers={"Content-Type": content_type}, action="Graph Store PUT"
        )
        return status

    def graph_size(self, graph: str) -> int:
        """The number of triples in a named graph on the server (0 if it does not exist)."""
        g = _iri(graph)
        answer = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
        try:
            _vars, rows = answer
            return int(str(rows[0][0])) if rows and rows[0][0] is not None else 0
        except (TypeError, ValueError, IndexError):
            raise _truncated(self.query_url, f"the count of {graph} is not a number: {answer!r}") from None

    def graph_triples(self, graph: str) -> set:
        """The triples of a named graph on the server, as rdflib terms."""
        g = _iri(graph)
        return set(self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"))

    # -- plain HTTP (Graph Store Protocol, Digest) -------------------------------------------
    def request(
        self, method: str, url: str, *, data: bytes | None = None, headers: dict | None = None, action: str = "request"
    ) -> tuple[int, bytes, object]:
        """One HTTP request with our credentials; returns (status, body, headers) or raises RemoteError."""
        creds = credentials_for(url)
        handlers: list = []
        hdrs = dict(headers or {})
        digest = self._digest_header(method, url, creds) if creds and data and len(data) > _PROBE_ABOVE else None
        if digest is not None:
            hdrs["Authorization"] = digest
        elif creds is not None:
            if _auth_key(url) in self._digest:
                mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
                mgr.add_password(None, url, creds.user, creds.password)
                handlers.append(urllib.request.HTTPDigestAuthHandler(mgr))
            else:
                hdrs["Authorization"] = _basic_header(creds)
        opener = urllib.request.build_opener(*handlers)
        req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
        try:
            with opener.open(req, timeout=self.timeout) as resp:
                return resp.status, resp.read(), resp.headers
        except urllib.error.HTTPError as err:
            body = _read(err)
            # a server that refuses Basic is tried once with Digest (Virtuoso's 401 to a Basic
            # attempt does not always carry a Digest challenge, so do not rely on the header)
            if err.code == 401 and creds is not None and _auth_key(url) not in self._digest:
                self._digest.add(_auth_key(url))
                return self.request(method, url, data=data, headers=headers, action=action)
            raise _status_error(action, url, err.code, body, action=action) from None
        except TimeoutError:
            raise _timeout(url, self.timeout) from None
        except urllib.error.URLError as err:
            if isinstance(err.reason, (TimeoutError, socket.timeout)):
                raise _timeout(url, self.timeout) from None
            if isinstance(err.reason, ConnectionError) and not isinstance(err.reason, ConnectionRefusedError):
                raise RemoteError(
                    f"the connection to the endpoint broke during a {action}",
                    where=url,
                    why=f"{type(err.reason).__name__}: {err.reason}",
                    fix="check the server (and any proxy in front of it), then retry",
                ) from None
            raise _unreachable(url, err) from None
        except ConnectionRefusedError as err:
            raise _unreachable(url, err) from None
        except (ConnectionError, http.client.HTTPException, OSError) as err:
            raise RemoteError(
                f"the connection to the endpoint broke during a {action}",
                where=url,
                why=f"{type(err).__name__}: {err}",
                fix="check the server (and any proxy in front of it), then retry",
            ) from None

    def _digest_header(self, method: str, url: str, creds: Credentials) -> str | None:
        """A Digest ``Authorization`` header for one request, answering the challenge of a bodyless
        probe of the same URL; None if the server asks for no Digest there. A large body is never
        sent only to be refused: a server that wants Digest answers 401 before reading it and
        closes the connection (Virtuoso did, on a Graph Store PUT of a few megabytes), which
        breaks the upload instead of starting the usual challenge and retry."""
        try:
            urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=self.timeout).close()
            return None
        except urllib.error.HTTPError as err:
            challenge = (err.headers.get("WWW-Authenticate") or "") if err.code == 401 else ""
        except (OSError, http.client.HTTPException):
            return None  # the request itself will say what is wrong
        scheme, _, params = challenge.partition(" ")
        if scheme.lower() != "digest":
            return None
        self._digest.add(_auth_key(url))
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, creds.user, creds.password)
        handler = urllib.request.HTTPDigestAuthHandler(manager)
        fields = urllib.request.parse_keqv_list(urllib.request.parse_http_list(params))
        answer = handler.get_authorization(urllib.request.Request(url, method=method), fields)
        return None if answer is None else f"Digest {answer}"


#: bodies larger than this are sent with credentials worked out beforehand (see _digest_header)
_PROBE_ABOVE = 1 << 20


def _is_http_url(url: str) -> bool:
    try:
        parts = urllib.parse.urlsplit(url)
        _ = parts.port  # raises ValueError for a port that is not a number or out of range
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _auth_key(url: str) -> str:
    """scheme://host:port/path of a URL (without its query): where a server wants Digest."""
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def _iri(graph: str) -> str:
    return term_n3(URIRef(str(graph)))  # checks the IRI has no character that breaks out of <...>


def _basic_header(creds: Credentials) -> str:
    token = base64.b64encode(f"{creds.user}:{creds.password}".encode()).decode("ascii")
    return f"Basic {token}"


def _msg(err: Exception) -> str:
    return str(getattr(err, "msg", None) or err)


def _read(err: urllib.error.HTTPError) -> bytes:
    try:
        return err.read()
    except OSError:
        return b""


def _truncated(url: str, why: str) -> RemoteError:
    return RemoteError(
        "the endpoint answered with a truncated or malformed result",
        where=url,
        why=why,
        fix="the query probably hit the server's time limit: simplify it or raise the limit",
    )


def decode_results(doc: object, *, url: str = "") -> bool | tuple[list[str], list[tuple]]:
    """A SPARQL 1.1 JSON results document as a bool or (variables, rows) of rdflib terms.

    Normalises Virtuoso: ``typed-literal`` bindings, and ASK answered as a one-column table
    (``__ASK_RETVAL``, one row bound to 1 when true, no rows when false).
    """
    if not isinstance(doc, dict) or "head" not in doc or not ("results" in doc or "boolean" in doc):
        raise _truncated(url, "the answer is JSON but not a SPARQL results document")
    if "boolean" in doc:
        return bool(doc["boolean"])
    variables = list(doc["head"].get("vars", []))
    bindings = doc["results"].get("bindings")
    if not isinstance(bindings, list):
        raise _truncated(url, "the results document has no list of bindings")
    if variables == ["__ASK_RETVAL"]:
        return any(
            _term(b.get("__ASK_RETVAL")) not in (None, Literal(0))
            and str(b.get("__ASK_RETVAL", {}).get("value")) not in ("0", "false")
            for b in bindings
        )
    rows = [tuple(_term(b.get(v)) for v in variables) for b in bindings]
    return variables, rows


def _term(binding: dict | None) -> Node | None:
    if binding is None:
        return None
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        lang = binding.get("xml:lang")
        if lang:
            return Literal(value, lang=lang)
        dt = binding.get("datatype")
        if dt and dt != "http://www.w3.org/2001/XMLSchema#string":
            return Literal(value, datatype=URIRef(dt))
        return Literal(value)
    raise RemoteError(
        "unknown term type in a results document", why=repr(binding), fix="report this server's result format"
    )
