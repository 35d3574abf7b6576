#!/usr/bin/env bash
# Command #2: build everything and run EVERY test (unit, integration, end-to-end, validators), as CI does.
# Installs what the tests need on first run (npm packages, Debian chromium + a CJK font, the Playground),
# starts the Cosmos-compatible server when tests/cosmos-harness/start.sh exists, and cleans up after.
# Last line: "N passed, N failed, N skipped" over all dotnet test runs and the validators (node --test). Exit status non-zero on any failure.
# Environment: CONFIGURATION (Debug), TEST_FILTER (a dotnet test --filter for every project).
set -euo pipefail
source "$(dirname "$0")/lib/prerequisites.sh"
cd "$REPO_ROOT"

CONFIGURATION="${CONFIGURATION:-Debug}"
RESULTS="$REPO_ROOT/artifacts/test-results"
OUTPUT="$REPO_ROOT/artifacts/test-output"
RUN_STARTED=$(date +%s)
FAILURES=()

cleanup() {
  if [ -n "${COSMOS_EMULATOR_ENDPOINT:-}" ] && [ -f tests/cosmos-harness/stop.sh ]; then
    bash tests/cosmos-harness/stop.sh >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# step NAME COMMAND...: runs it with its duration; a failure is recorded, the run goes on.
step() {
  local name="$1" started rc
  shift
  started=$(date +%s)
  say ""
  say "==> $name"
  set +e
  "$@"
  rc=$?
  set -e
  if [ "$rc" -eq 0 ]; then
    say "<== $name: ok ($(($(date +%s) - started))s)"
  else
    say "<== $name: FAILED with exit code $rc ($(($(date +%s) - started))s)"
    FAILURES+=("$name")
  fi
  return 0
}

prerequisites() {
  ensure_tools && ensure_dotnet && ensure_node && ensure_chromium && ensure_playground
}

build() {
  dotnet restore OpsRhythm.slnx -nologo -v quiet \
    && dotnet build OpsRhythm.slnx --no-restore -c "$CONFIGURATION" -nologo -v quiet -nodeReuse:false
}

# npm packages of the test harnesses (any tests/**/package.json with a lock file), e.g. tests/cosmos-harness.
harness_packages() {
  local manifest folder
  while IFS= read -r manifest; do
    folder="$(dirname "$manifest")"
    [ "$folder" = "tests/validators" ] && continue
    say "npm ci in $folder"
    if [ -f "$folder/package-lock.json" ]; then
      (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error) || return 1
    else
      (cd "$folder" && npm install --no-audit --no-fund --loglevel=error) || return 1
    fi
  done < <(find tests -name package.json -not -path '*/node_modules/*' -not -path '*/bin/*' -not -path '*/obj/*' | sort)
}

# The Cosmos-compatible server the storage tests use: start.sh starts it in the background, prints
# "export COSMOS_EMULATOR_ENDPOINT=..." (and the certificate to trust) and exits; stop.sh stops it.
start_cosmos() {
  local log="$OUTPUT/logs/cosmos-harness.log" line
  mkdir -p "$(dirname "$log")"
  if ! timeout 300 bash tests/cosmos-harness/start.sh > "$log" 2> "$log.err"; then
    say "error: tests/cosmos-harness/start.sh failed:"; cat "$log" "$log.err" >&2
    return 1
  fi
  while IFS= read -r line; do
    if [[ "$line" =~ ^export\ (COSMOS_[A-Z_]+)=(.*)$ ]]; then
      export "${BASH_REMATCH[1]}=${BASH_REMATCH[2]}"
      say "${BASH_REMATCH[1]}=${BASH_REMATCH[2]}"
    fi
  done < "$log"
  if [ -z "${COSMOS_EMULATOR_ENDPOINT:-}" ]; then
    say "error: tests/cosmos-harness/start.sh reported no endpoint:"; cat "$log" >&2
    return 1
  fi
}

run_tests() {
  local project="$1" name
  name="$(basename "$project")"
  local args=(test "$project" --no-build -c "$CONFIGURATION" -nologo
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal"
    --results-directory "$RESULTS" --blame-hang-timeout 10m)
  [ -n "${TEST_FILTER:-}" ] && args+=(--filter "$TEST_FILTER")
  dotnet "${args[@]}"
}

# node --test prints its own summary ("ℹ pass N", "ℹ fail N", ...); it is kept for the last line.
# The Cosmos harness's own tests (tests/cosmos-harness/*.test.js, a few seconds) run in the same step.
validators() {
  { (cd tests/validators && npm ci --no-audit --no-fund --loglevel=error && npm test)
    local status=$?
    if [ -d tests/cosmos-harness/node_modules ]; then
      node --test --test-reporter=spec tests/cosmos-harness/ || status=1
    fi
    return "$status"; } 2>&1 | tee "$RESULTS/validators.log"
}

# Sums the counters of every TRX file (skipped = total - passed - failed) and the validators' summary.
summary() {
  local passed=0 failed=0 total=0 trx counters p f t
  shopt -s nullglob
  for trx in "$RESULTS"/*.trx; do
    counters="$(grep -o '<Counters [^>]*' "$trx" | head -n1)"
    t="$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")"
    p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
    total=$((total + ${t:-0})); passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  done
  local skipped=$((total - passed - failed)) name count
  if [ -f "$RESULTS/validators.log" ]; then
    while read -r name count; do
      case "$name" in
        pass) passed=$((passed + count)) ;;
        fail|cancelled) failed=$((failed + count)) ;;
        skipped|todo) skipped=$((skipped + count)) ;;
      esac
    done < <(sed -n 's/^ℹ \(pass\|fail\|cancelled\|skipped\|todo\) \([0-9][0-9]*\)$/\1 \2/p' "$RESULTS/validators.log")
  fi
  printf '%s passed, %s failed, %s skipped\n' "$passed" "$failed" "$skipped"
}

rm -rf "$RESULTS" "$OUTPUT"
mkdir -p "$RESULTS" "$OUTPUT"

step "prerequisites (dotnet, node, chromium, fonts, Playground)" prerequisites
step "dashboard bundle (npm ci and esbuild, each only when its inputs changed)" build_dashboard
step "restore and build ($CONFIGURATION)" build
step "npm packages of the test harnesses" harness_packages
if [ -f tests/cosmos-harness/start.sh ]; then
  step "start the Cosmos-compatible server" start_cosmos
fi
for project in tests/OpsRhythm.UnitTests tests/OpsRhythm.IntegrationTests tests/OpsRhythm.EndToEndTests; do
  [ -d "$project" ] && step "dotnet test $(basename "$project")" run_tests "$project"
done
for project in $(find tests -maxdepth 2 -name '*Tests.csproj' -not -path '*/OpsRhythm.UnitTests/*' \
    -not -path '*/OpsRhythm.IntegrationTests/*' -not -path '*/OpsRhythm.EndToEndTests/*' | sort); do
  step "dotnet test $(basename "$(dirname "$project")")" run_tests "$(dirname "$project")"
done
if [ -f tests/validators/package.json ]; then
  step "validators (npm test in tests/validators)" validators
fi

say ""
say "Total time: $(($(date +%s) - RUN_STARTED))s. Test results: $RESULTS; screenshots and logs: $OUTPUT."
if [ "${#FAILURES[@]}" -gt 0 ]; then
  say "Failed steps: ${FAILURES[*]}"
fi
summary
[ "${#FAILURES[@]}" -eq 0 ]
