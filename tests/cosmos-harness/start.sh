#!/usr/bin/env bash
# Starts the Cosmos DB-compatible test server on a free port and waits until it answers.
# Usage: tests/cosmos-harness/start.sh [state-dir]   (default: tests/cosmos-harness/.run)
# Writes <state-dir>/endpoint (https://127.0.0.1:PORT/), <state-dir>/pid, <state-dir>/cert.pem and
# prints "export COSMOS_EMULATOR_ENDPOINT=..." and "export COSMOS_EMULATOR_CERT=...".
# Stop it with tests/cosmos-harness/stop.sh [state-dir].
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
state="${1:-$here/.run}"
mkdir -p "$state"

if [ ! -d "$here/node_modules/@vercel/cosmosdb-server" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

if [ ! -f "$state/cert.pem" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=127.0.0.1" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$state/key.pem" -out "$state/cert.pem" 2>/dev/null
fi

if [ -f "$state/pid" ] && kill -0 "$(cat "$state/pid")" 2>/dev/null; then
  echo "Cosmos test server already running (pid $(cat "$state/pid"))." >&2
else
  rm -f "$state/endpoint"
  nohup node "$here/server.js" --port 0 --cert "$state/cert.pem" --key "$state/key.pem" >"$state/server.log" 2>&1 &
  echo $! >"$state/pid"
  for _ in $(seq 1 100); do
    line="$(grep -o 'https://[0-9.:]*/' "$state/server.log" 2>/dev/null || true)"
    if [ -n "$line" ]; then
      echo "$line" >"$state/endpoint"
      break
    fi
    if ! kill -0 "$(cat "$state/pid")" 2>/dev/null; then
      cat "$state/server.log" >&2
      echo "Cosmos test server exited during start." >&2
      exit 1
    fi
    sleep 0.1
  done
fi

if [ ! -f "$state/endpoint" ]; then
  echo "Cosmos test server did not report its address within 10 s; see $state/server.log." >&2
  exit 1
fi
endpoint="$(cat "$state/endpoint")"
curl -fsS --cacert "$state/cert.pem" "$endpoint" >/dev/null
echo "export COSMOS_EMULATOR_ENDPOINT=$endpoint"
echo "export COSMOS_EMULATOR_CERT=$state/cert.pem"
