#!/usr/bin/env bash
# Compiles and lints infra/main.bicep and the modules it uses with the Bicep CLI, offline, and fails on any
# warning or error. Bicep reports type errors in resource bodies (wrong property, wrong type) only as
# warnings and still exits 0, so the output is read line by line.
#
# The CLI comes from the NuGet package Azure.Bicep.CommandLine.linux-x64 (pinned in
# tests/infra/bicep-cli/bicep-cli.csproj), restored into .local/nuget in the repository.
# BICEP=/path/to/bicep uses another binary.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
version="0.49.2"
packages="$root/.local/nuget"
bicep="${BICEP:-$packages/azure.bicep.commandline.linux-x64/$version/tools/bicep}"

if [[ ! -x "$bicep" ]]; then
  if [[ ! -f "$bicep" ]]; then
    echo "check-bicep: restoring the Bicep CLI $version into $packages"
    dotnet restore "$root/tests/infra/bicep-cli/bicep-cli.csproj" --packages "$packages" --verbosity quiet
  fi
  chmod +x "$bicep"
fi

export BICEP_TRACING_ENABLED=false
# BICEP_OUTDIR keeps the compiled ARM template (main.json) for tests that read it.
if [[ -n "${BICEP_OUTDIR:-}" ]]; then
  out="$BICEP_OUTDIR"
  mkdir -p "$out"
else
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi
failed=0
passed=0
main="infra/main.bicep"

# Building and linting main.bicep reports the diagnostics of every module it uses; a module that
# main.bicep does not use would go unchecked (and undeployed), so that is a failure too.
for module in $(cd "$root" && find infra/modules -name '*.bicep' | sort); do
  if ! grep -q "'${module#infra/}'" "$root/$main"; then
    echo "FAIL $module is not used by $main"
    failed=$((failed + 1))
  fi
done

for command in build lint; do
  args=("$command" "$root/$main")
  [[ "$command" == build ]] && args+=(--outdir "$out")
  log="$out/$command.log"
  status=0
  "$bicep" "${args[@]}" >"$log" 2>&1 || status=$?
  if [[ $status -ne 0 ]] || grep -Eq ': (Warning|Error) ' "$log"; then
    echo "FAIL bicep $command $main (exit $status)"
    sed 's/^/  /' "$log"
    failed=$((failed + 1))
  else
    echo "ok   bicep $command $main"
    passed=$((passed + 1))
  fi
done

echo "check-bicep: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
