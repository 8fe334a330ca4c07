"""Failure modes of `query --endpoint`, `publish endpoint` and the client, on real servers and real
loopback proxies: each ends with exit 3 and a clear message, never a traceback."""

from __future__ import annotations

import base64

from defence_kg.queries.server import free_port, running


def _query(remote, project, url, *more):
    return [
        "--project",
        remote.ROOT,
        "--out",
        project.out,
        "query",
        "institutions-by-risk-level",
        "--endpoint",
        url,
        *more,
    ]


def _clear_credentials(monkeypatch, tmp_path):
    monkeypatch.delenv("SPARQL_USER", raising=False)
    monkeypatch.delenv("SPARQL_PASSWORD", raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "no-netrc"))


def test_dead_endpoint_is_exit_3_unreachable(built, project, capsys, remote):
    dead = f"http://127.0.0.1:{free_port()}/query"
    code, out, err = remote.run_cli(capsys, *_query(remote, project, dead))
    assert code == 3 and "unreachable" in err and dead in err and "Traceback" not in err
    code, out, err = remote.run_cli(
        capsys,
        "--project",
        remote.ROOT,
        "--out",
        project.out,
        "publish",
        "endpoint",
        "--endpoint",
        dead,
        "--gsp-endpoint",
        dead.replace("/query", "/store"),
    )
    assert code == 3 and "published (0): none" in err


def test_malformed_query_is_a_clear_400(target, project, capsys, remote, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("#+ summary: broken on purpose\nSELECT ?s WHERE { ?s ?p }\n")
    code, out, err = remote.run_cli(
        capsys, "--project", remote.ROOT, "--out", project.out, "query", bad, "--endpoint", target.query_url
    )
    assert code == 3 and "HTTP 400" in err and "malformed" in err and "Traceback" not in err


def test_read_only_server_refuses_publish_with_403(built, project, capsys, remote, tmp_path):
    with running(project.out / "dataset.nq", writable=False, timeout_s=10) as ro:
        for how in (["--gsp-endpoint", ro.gsp_url], ["--update-endpoint", ro.update_url]):
            code, out, err = remote.run_cli(
                capsys,
                "--project",
                remote.ROOT,
                "--out",
                project.out,
                "publish",
                "endpoint",
                "--endpoint",
                ro.query_url,
                *how,
            )
            assert code == 3, err
            assert "HTTP 403" in err and "read-only" in err and "published (0): none" in err


def test_server_side_timeout_with_200_and_a_truncated_body_is_exit_3(built, project, capsys, remote, tmp_path):
    heavy = tmp_path / "heavy.rq"
    # a cross join that streams rows until the server's 1 s limit cuts the answer (still HTTP 200)
    heavy.write_text("#+ summary: heavy on purpose\nSELECT ?c WHERE { ?a a ?c . ?d a ?f . ?g a ?i }\n")
    with running(project.out / "dataset.nq", writable=False, timeout_s=1) as slow:
        code, out, err = remote.run_cli(
            capsys,
            "--project",
            remote.ROOT,
            "--out",
            project.out,
            "query",
            heavy,
            "--endpoint",
            slow.query_url,
            "--timeout",
            "120",
        )
    assert code == 3
    assert "truncated" in err and "Traceback" not in err and "JSONDecodeError" not in err


def test_wrong_password_is_exit_3_unauthorized(target, built, project, capsys, remote, proxies, monkeypatch, tmp_path):
    good = "Basic " + base64.b64encode(b"reader:s3cret-pass").decode()

    def decide(line, headers, body):
        if headers.get("authorization") != good:
            return (
                "reply",
                b'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm="kg"\r\n'
                b"Content-Length: 12\r\nConnection: close\r\n\r\nunauthorized",
            )
        return "forward"

    proxy = proxies(target.query_url, decide, strip=("authorization",))
    url = target.via(proxy).query_url
    _clear_credentials(monkeypatch, tmp_path)
    code, direct, err = remote.run_cli(capsys, *_query(remote, project, target.query_url))
    monkeypatch.setenv("SPARQL_USER", "reader")
    monkeypatch.setenv("SPARQL_PASSWORD", "xyzzy-bad-pass")
    code, out, err = remote.run_cli(capsys, *_query(remote, project, url))
    assert code == 3 and "unauthorized" in err and "HTTP 401" in err and "Traceback" not in err
    assert "xyzzy-bad-pass" not in err, "the password was printed"
    # the right password from the environment, then from a netrc file: the same table as direct
    monkeypatch.setenv("SPARQL_PASSWORD", "s3cret-pass")
    assert remote.run_cli(capsys, *_query(remote, project, url))[1] == direct
    _clear_credentials(monkeypatch, tmp_path)
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login reader password s3cret-pass\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    code, out, err = remote.run_cli(capsys, *_query(remote, project, url))
    assert code == 0 and out == direct, err


def test_client_timeout_on_a_server_that_never_answers_is_exit_3(project, capsys, remote, proxies, target):
    proxy = proxies(target.query_url, lambda *_: "hang")
    url = target.via(proxy).query_url
    code, out, err = remote.run_cli(capsys, *_query(remote, project, url, "--timeout", "1"))
    assert code == 3 and "no answer from the endpoint within 1 s" in err
    via = target.via(proxy)
    if via.gsp_url:
        code, out, err = remote.run_cli(
            capsys,
            "--project",
            remote.ROOT,
            "--out",
            project.out,
            "publish",
            "endpoint",
            "--endpoint",
            url,
            "--gsp-endpoint",
            via.gsp_url,
            "--timeout",
            "1",
        )
        assert code == 3 and "within 1 s" in err and "published (0): none" in err
