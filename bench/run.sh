#!/usr/bin/env bash
# One command for every benchmark; writes docs/performance.md. See bench/README.md.
# Usage: bench/run.sh [--quick] [--only turns,startup,fanout] [--no-cosmos] [--out FILE]
#   --quick      shorter steps and 1,000 instead of 10,000 fan-out messages (about 4 minutes instead of 10)
#   --only       run some parts only (the report then holds only those)
#   --no-cosmos  skip the Cosmos DB-compatible server (turns on SQLite only)
#   --fanout-inject FRACTION  each of 429, 503 and 500 injected on that fraction of connector calls (default 0.01)
#   --fanout-bot-limit N      the bot's Delivery:GlobalPerSecond in the fan-out (default: the enforced 50/s)
#   --only instances          3 instances on the Cosmos DB-compatible server, one SIGKILLed midway (not in the default
#                             set; appends a row to artifacts/bench/instances.md, leaves docs/performance.md alone)
#   --instances-messages N    messages of that run (default 10,000; --quick 1,000)
#   --only backlog            one instance on the Cosmos DB-compatible server: idle, then 100,000 pending reminders and a
#                             5,000-recipient announcement (--quick: 10,000 and 1,000); memory, store operations per
#                             minute idle and draining, lost and doubled (appends to artifacts/bench/backlog.md)
#   --backlog-messages N      pending reminders of that run
#   --backlog-drain-seconds S stop waiting for the drain after S seconds (default 2,700); what is left is counted as pending
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

quick=()
only=()
extra=()
out="$repo/docs/performance.md"
cosmos=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=(--quick) ;;
    --only) only=(--only "$2"); shift ;;
    --out) out="$2"; shift ;;
    --no-cosmos) cosmos=0 ;;
    --fanout-inject|--fanout-bot-limit|--instances-messages|--backlog-messages|--backlog-drain-seconds) extra+=("$1" "$2"); shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

# Everything the run needs, installed or built here (Release: what production runs).
work="$repo/artifacts/bench"
rm -rf "$work/logs" "$work/cosmos" "$work"/*.db*
mkdir -p "$work"
echo "Building the bot and the harness (Release)..." >&2
dotnet build bench/OpsRhythm.Bench -c Release -nologo -v quiet >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
(cd bench/reference-echo && npm ci --no-audit --no-fund --loglevel=error >&2)

cosmos_args=()
state="$work/cosmos"
if [ "$cosmos" = 1 ]; then
  eval "$(tests/cosmos-harness/start.sh "$state")"
  trap 'tests/cosmos-harness/stop.sh "$state" >/dev/null 2>&1 || true' EXIT
  cosmos_args=(--cosmos-endpoint "$COSMOS_EMULATOR_ENDPOINT" --cosmos-cert "$COSMOS_EMULATOR_CERT")
fi

# Bounded: a hung run is stopped rather than holding the machine (a full run takes about 10 minutes on a quiet 2-core machine).
bound=1800
# The backlog run drains for up to --backlog-drain-seconds (45 minutes by default) after seeding.
case " ${only[*]:-} " in *backlog*) bound=4500 ;; esac
timeout --signal=TERM --kill-after=30 "$bound" \
  dotnet artifacts/bin/OpsRhythm.Bench/release/OpsRhythm.Bench.dll \
  --repo "$repo" \
  --bot "$repo/artifacts/bin/OpsRhythm.Bot/release/OpsRhythm.Bot.dll" \
  --work "$work" \
  --out "$out" \
  "${quick[@]}" "${only[@]}" "${cosmos_args[@]}" "${extra[@]}"
