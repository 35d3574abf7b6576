#!/usr/bin/env bash
# Command #1 for a newcomer: run OpsRhythm locally and talk to it in the Microsoft 365 Agents Playground.
#   scripts/run-local.sh            then open http://localhost:56150 ; Ctrl+C stops everything.
# The bot runs on http://127.0.0.1:3978 with no app id (the Playground sends no tokens; only loopback
# callers are accepted then) and the embedded SQLite store in .local/opsrhythm.db (delete it to start over).
# Environment: OPSRHYTHM_BOT_PORT (3978), OPSRHYTHM_PLAYGROUND_PORT (56150),
#              OPSRHYTHM_DB (the SQLite file).
set -euo pipefail
source "$(dirname "$0")/lib/prerequisites.sh"
cd "$REPO_ROOT"

BOT_PORT="${OPSRHYTHM_BOT_PORT:-3978}"
PLAYGROUND_PORT="${OPSRHYTHM_PLAYGROUND_PORT:-56150}"
DB="${OPSRHYTHM_DB:-$REPO_ROOT/.local/opsrhythm.db}"
LOGS="$REPO_ROOT/.local/logs"
mkdir -p "$(dirname "$DB")" "$LOGS"

ensure_tools
ensure_dotnet
ensure_node
ensure_playground

build_dashboard
say "Building the bot..."
dotnet build bot/OpsRhythm.Bot -c Debug -nologo -v quiet -nodeReuse:false
BOT_DIR="$REPO_ROOT/artifacts/bin/OpsRhythm.Bot/debug"

BOT_PID=""
PLAYGROUND_PID=""
stop_all() {
  trap - EXIT INT TERM
  # Each runs in its own process group (setsid), so the whole tree stops (npx starts node under it).
  for pid in "$PLAYGROUND_PID" "$BOT_PID"; do
    [ -n "$pid" ] && kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "$PLAYGROUND_PID" "$BOT_PID"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
  say "Stopped."
}
trap stop_all EXIT
trap 'exit 130' INT TERM

say "Starting the bot on http://127.0.0.1:$BOT_PORT (store: $DB, log: $LOGS/bot.log)..."
(
  cd "$BOT_DIR"
  exec setsid env ASPNETCORE_ENVIRONMENT=Development \
    MicrosoftAppId= \
    Storage__Provider=Sqlite Storage__Sqlite__Path="$DB" \
    dotnet OpsRhythm.Bot.dll --urls "http://127.0.0.1:$BOT_PORT"
) > >(tee "$LOGS/bot.log") 2>&1 &
BOT_PID=$!
wait_for_http "http://127.0.0.1:$BOT_PORT/" "the bot" 90

say "Starting the Playground (log: $LOGS/playground.log)..."
: > "$LOGS/playground.log"
(
  cd "$PLAYGROUND_DIR"
  exec setsid env TEAMSAPPTESTER_BROWSER=none \
    M365_AGENTS_PLAYGROUND_CONFIG_PATH="$PLAYGROUND_CONFIG" \
    TZ=Asia/Shanghai \
    npx --no-install agentsplayground -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams \
      -p "$PLAYGROUND_PORT" --disable-telemetry
) > "$LOGS/playground.log" 2>&1 &
PLAYGROUND_PID=$!

# It moves to a random port when the one asked for is taken: read the port it reports.
for ((i = 0; i < 300; i++)); do
  PORT_SEEN="$(sed -n 's/.*Listening on \([0-9]*\).*/\1/p' "$LOGS/playground.log" | head -n1)"
  [ -n "$PORT_SEEN" ] && break
  kill -0 "$PLAYGROUND_PID" 2>/dev/null || break
  sleep 0.2
done
if [ -z "${PORT_SEEN:-}" ]; then
  say "error: the Playground did not start:"; cat "$LOGS/playground.log" >&2; exit 1
fi
wait_for_http "http://127.0.0.1:$PORT_SEEN/_debug/ping" "the Playground" 30
sleep 1
if ! kill -0 "$PLAYGROUND_PID" 2>/dev/null; then
  say "error: the Playground exited right after start (an invalid $PLAYGROUND_CONFIG does that):"
  cat "$LOGS/playground.log" >&2
  exit 1
fi

cat >&2 <<MSG

  OpsRhythm is running. Open http://localhost:$PORT_SEEN in a browser.
  You are 王敏 Wang Min (ops office, administrator). Type "帮助" or "help".
  To act as another person type "扮演 李强" ("act as Li Qiang"), and "恢复身份" to be yourself again.
  The operations dashboard: http://127.0.0.1:$BOT_PORT/dashboard/ (local sign-in: pick a sample person).
  Ctrl+C stops the bot and the Playground.

MSG

# Until Ctrl+C, or until either process dies.
wait -n "$BOT_PID" "$PLAYGROUND_PID" || true
say "A process stopped; see $LOGS."
