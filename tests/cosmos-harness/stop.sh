#!/usr/bin/env bash
# Stops the server start.sh started (by its recorded pid) and removes its state directory.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
state="${1:-$here/.run}"
if [ -f "$state/pid" ]; then
  kill "$(cat "$state/pid")" 2>/dev/null || true
fi
rm -rf "$state"
