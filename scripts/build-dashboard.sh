#!/usr/bin/env bash
# Builds the dashboard tab's script on its own: npm ci in bot/OpsRhythm.Bot/Dashboard/client when its
# package-lock.json changed, then esbuild into artifacts/dashboard/app.js when a source changed; otherwise
# it says the bundle is up to date. Every `dotnet build` of the bot runs the same step (docs/dashboard.md).
set -euo pipefail
source "$(dirname "$0")/lib/prerequisites.sh"
cd "$REPO_ROOT"

ensure_node
build_dashboard
