"""cli: ``defence-kg serve`` — a real Oxigraph SPARQL endpoint over the build, or a published site
with content negotiation, on the loopback interface until Ctrl-C."""

from __future__ import annotations

import argparse
import socketserver
from collections.abc import Callable
from pathlib import Path

from defence_kg.cli import positive_int, refuse_unused
from defence_kg.core.errors import EXIT_OK, InputError, RemoteError
from defence_kg.core.project import Project, built_dataset
from defence_kg.queries.server import QUERY_TIMEOUT_S


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = commands.add_parser("serve", help="serve the built dataset on a local SPARQL endpoint, or a published site")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, loopback only)")
    s.add_argument("--port", type=port_number, default=7878, help="port (default 7878; 0: a free one)")
    s.add_argument("--site", type=Path, metavar="DIR", help="serve this published site, with content negotiation")
    s.add_argument(
        "--reconcile", action="store_true", help="serve the build as an OpenRefine reconciliation service (W3C API 0.2)"
    )
    s.add_argument("--writable", action="store_true", help="accept SPARQL updates (read-only by default)")
    s.add_argument("--timeout-s", type=positive_int, help=f"query timeout in seconds (default {QUERY_TIMEOUT_S})")
    s.set_defaults(func=cmd_serve)


def port_number(text: str) -> int:
    """A TCP port, 0 to 65535 (argparse turns the error into a usage message, exit 2)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port (0 to 65535; 0 picks a free one)")
    return value


def _check_address(host: str, port: int) -> None:
    """Both modes refuse an address they cannot listen on the same way, before starting anything
    (exit 2), naming what is wrong: the host (not a name or IPv4 address of this machine) or the
    port (busy, or reserved)."""
    import errno
    import socket  # here: every command imports this module, for its parser

    try:  # (the servers listen on IPv4: ``socket.socket()``, and URLs without brackets)
        socket.getaddrinfo(host, port, socket.AF_INET, socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as err:
        raise InputError(
            f"cannot listen on --host {host}",
            why=f"it is not an IPv4 address or a name this machine can resolve to one ({_reason(err)})",
            fix="give an IPv4 address of this machine, e.g. --host 127.0.0.1",
        ) from None
    with socket.socket() as s:
        try:
            s.bind((host, port))
        except OSError as err:
            busy = err.errno in (errno.EADDRINUSE, errno.EACCES)
            raise InputError(
                f"cannot listen on {host}:{port}",
                why=err.strerror or str(err),
                fix="choose another --port (0 picks a free one)"
                if busy
                else f"give an address of this machine with --host ({host} is none of its addresses), e.g. 127.0.0.1",
            ) from None


def _reason(err: Exception) -> str:
    return str(err.args[1]) if isinstance(err, OSError) and len(err.args) > 1 else str(err)


def cmd_serve(args: argparse.Namespace, project: Project) -> int:
    if args.site or args.reconcile:
        refuse_unused(
            {
                "--reconcile": bool(args.site and args.reconcile),
                "--writable": args.writable,
                "--timeout-s": args.timeout_s is not None,
            },
            why="--site serves a published site, --reconcile the reconciliation service: neither runs SPARQL",
            fix="serve one thing at a time; --writable and --timeout-s are the SPARQL endpoint's",
        )
    _check_address(args.host, args.port)
    if args.site:
        return _serve_site(args.site, host=args.host, port=args.port)
    if args.reconcile:
        return _serve_reconcile(project, host=args.host, port=args.port)
    return _serve_endpoint(
        project, host=args.host, port=args.port, writable=args.writable, timeout_s=args.timeout_s or QUERY_TIMEOUT_S
    )


def _serve_reconcile(project: Project, *, host: str, port: int) -> int:
    from defence_kg.dataset import build as dataset
    from defence_kg.publish.reconcile import make_server as make_reconcile_server

    server = make_reconcile_server(dataset.read(project.out), host=host, port=port)
    return _serve_until_stopped(
        server,
        lambda url: (
            f"reconciliation service at {url} (add it in OpenRefine: Reconcile > Add standard service); Ctrl-C stops"
        ),
    )


def _serve_site(directory: Path, *, host: str, port: int) -> int:
    from defence_kg.publish.site_server import make_server

    server = make_server(directory, host=host, port=port)
    return _serve_until_stopped(
        server,
        lambda url: f"serving {directory} at {url} (try: curl -H 'Accept: text/turtle' {url}id/<slug>); Ctrl-C stops",
    )


def _serve_until_stopped(server: socketserver.TCPServer, banner: Callable[[str], str]) -> int:
    """Print where the server listens (``banner`` of its URL), serve until Ctrl-C (or SIGTERM),
    then close its socket."""
    host, port = server.server_address[:2]
    print(banner(f"http://{host!s}:{port!s}/"), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return EXIT_OK


def _serve_endpoint(project: Project, *, host: str, port: int, writable: bool, timeout_s: int) -> int:
    from defence_kg.queries.server import running

    dataset = built_dataset(project.out)
    with running(dataset, host=host, port=port, writable=writable, timeout_s=timeout_s) as server:
        print(f"SPARQL endpoint ({'read-write' if writable else 'read-only'}, query timeout {timeout_s} s):")
        print(f"  query page  {server.url}")
        print(f"  query       {server.query_url}")
        if writable:
            print(f"  update      {server.update_url}")
        print(f"  graph store {server.gsp_url}")
        print("press Ctrl-C to stop", flush=True)
        try:
            server.process.wait()
        except KeyboardInterrupt:
            print("stopping", flush=True)
            return EXIT_OK
    raise RemoteError(
        "the oxigraph server stopped unexpectedly", where=server.url, why=f"exit code {server.process.returncode}"
    )
