# shellcheck shell=bash
# Shared by scripts/run-local.sh and scripts/test.sh: find or install what they need, once.
# Installs use the ordinary clients only (apt-get for Debian packages, npm ci for the pinned Playground).

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PLAYGROUND_DIR="$REPO_ROOT/scripts/playground"
PLAYGROUND_CONFIG="$PLAYGROUND_DIR/.m365agentsplayground.yml"

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { printf '%s\n' "$*" >&2; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    say "error: '$*' needs root and sudo is not available."
    return 1
  fi
}

APT_UPDATED=0
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    say "error: apt-get not found; install these packages yourself: $*"
    return 1
  fi
  if [ "$APT_UPDATED" -eq 0 ]; then
    as_root apt-get update -qq
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# curl, to wait for the processes to answer.
ensure_tools() {
  command -v curl >/dev/null 2>&1 || apt_install curl ca-certificates
}

# The .NET SDK band pinned in global.json (10.0.x); it is not a Debian package, so only check it.
ensure_dotnet() {
  local wanted
  wanted="$(sed -n 's/.*"version": *"\([0-9]*\.[0-9]*\)\..*/\1/p' "$REPO_ROOT/global.json")"
  if ! command -v dotnet >/dev/null 2>&1; then
    say "error: the .NET SDK $wanted is not installed (https://dot.net/download); global.json pins it."
    return 1
  fi
  if ! dotnet --list-sdks | grep -q "^$wanted\."; then
    say "error: the .NET SDK $wanted is needed (found: $(dotnet --list-sdks | cut -d' ' -f1 | tr '\n' ' '))."
    return 1
  fi
}

# Node.js 20 or later with npm, for the Playground and the harness packages.
ensure_node() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    say "Installing Node.js and npm (Debian packages)..."
    apt_install nodejs npm
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" -lt 20 ]; then
    say "error: Node.js 20 or later is needed (found $(node --version))."
    return 1
  fi
}

# The dashboard tab's script (bot/OpsRhythm.Bot/Dashboard/Dashboard.targets): npm ci when its lock file changed,
# esbuild when a source changed, and says which it does. Every build of the bot runs the same cached step;
# running it first, at normal verbosity, shows what a quiet build would otherwise do silently.
build_dashboard() {
  dotnet msbuild "$REPO_ROOT/bot/OpsRhythm.Bot/OpsRhythm.Bot.csproj" -t:BuildDashboard -nologo -v:minimal -nodeReuse:false
}

# The Playground pinned in scripts/playground/package-lock.json; reinstalled when the lock file changes.
ensure_playground() {
  local stamp="$PLAYGROUND_DIR/node_modules/.opsrhythm-lock"
  if [ -f "$stamp" ] && cmp -s "$stamp" "$PLAYGROUND_DIR/package-lock.json"; then
    return 0
  fi
  say "Installing the Microsoft 365 Agents Playground (npm ci in scripts/playground)..."
  (cd "$PLAYGROUND_DIR" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$PLAYGROUND_DIR/package-lock.json" "$stamp"
}

# Debian's Chromium and a CJK font (Chinese renders as boxes without one) for the browser tests.
ensure_chromium() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  if ! { command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi 'WenQuanYi Micro Hei'; } \
     && [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
    missing+=(fonts-wqy-microhei)
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    say "Installing ${missing[*]} (Debian packages)..."
    apt_install "${missing[@]}"
  fi
}

# Waits until a URL answers HTTP at all (any status); $3 = seconds.
wait_for_http() {
  local url="$1" what="$2" seconds="${3:-60}" i
  for ((i = 0; i < seconds * 5; i++)); do
    if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url" 2>/dev/null || true)" != "000" ]; then
      return 0
    fi
    sleep 0.2
  done
  say "error: $what did not answer $url within ${seconds}s."
  return 1
}
