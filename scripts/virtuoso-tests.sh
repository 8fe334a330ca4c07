#!/usr/bin/env bash
# Run the remote tests (tests/remote) against Virtuoso Open Source 7 instead of Oxigraph.
#
#   sudo bash scripts/virtuoso-tests.sh [pytest args...]     (as root: it installs a Debian package)
#
# Installs virtuoso-opensource-7-bin (apt), starts a throw-away Virtuoso on loopback (temp dir,
# free ports, in the foreground, stopped by PID on exit), sets a random dba password, and runs
# pytest tests/remote with SPARQL_QUERY_URL (/sparql), SPARQL_UPDATE_URL (/sparql-auth, Digest),
# SPARQL_GSP_URL (/sparql-graph-crud-auth, Digest), SPARQL_USER and SPARQL_PASSWORD set.
# PYTHON may name the interpreter of the project's environment (default: python3).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

if ! command -v virtuoso-t >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin
fi

VDIR=$(mktemp -d)
freeport() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
V_SQL=$(freeport); V_HTTP=$(freeport)
cat >"$VDIR/virtuoso.ini" <<INI
[Database]
DatabaseFile = $VDIR/virtuoso.db
ErrorLogFile = $VDIR/virtuoso.log
LockFile = $VDIR/virtuoso.lck
TransactionFile = $VDIR/virtuoso.trx
xa_persistent_file = $VDIR/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $VDIR/virtuoso-temp.db
TransactionFile = $VDIR/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$V_SQL
DisableUnixSocket = 1
DirsAllowed = ., $VDIR
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:$V_HTTP
ServerRoot = $VDIR
ServerThreads = 10
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
INI
(cd "$VDIR" && exec virtuoso-t +foreground +configfile "$VDIR/virtuoso.ini") >"$VDIR/stdout.log" 2>&1 &
V_PID=$!
trap 'kill "$V_PID" 2>/dev/null; wait "$V_PID" 2>/dev/null; rm -rf "$VDIR"' EXIT

probe() { "$PY" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' \
            "http://127.0.0.1:$V_HTTP/sparql?query=ASK%7B%7D" 2>/dev/null; }
for _ in $(seq 1 600); do                      # about 3 s on a fresh database
  probe && break
  kill -0 "$V_PID" 2>/dev/null || { tail -20 "$VDIR/virtuoso.log"; exit 1; }
  sleep 0.1
done
probe || { echo "virtuoso not ready" >&2; tail -20 "$VDIR/virtuoso.log"; exit 1; }

V_PW=$("$PY" -c 'import secrets; print(secrets.token_hex(12))')
isql-vt "127.0.0.1:$V_SQL" dba dba exec="USER_SET_PASSWORD('dba', '$V_PW');" >/dev/null
export SPARQL_QUERY_URL="http://127.0.0.1:$V_HTTP/sparql" \
       SPARQL_UPDATE_URL="http://127.0.0.1:$V_HTTP/sparql-auth" \
       SPARQL_GSP_URL="http://127.0.0.1:$V_HTTP/sparql-graph-crud-auth" \
       SPARQL_USER=dba SPARQL_PASSWORD="$V_PW"
"$PY" -m pytest -q tests/remote "$@"
