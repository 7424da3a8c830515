#!/usr/bin/env bash
# Build entry point: ./build.sh [test|publish|bench|deps]. build.cmd is its Windows twin.
set -euo pipefail
cd "$(dirname "$0")"

RID=linux-x64
PUBLISH_DIR=dist/publish
TRACKS=(core edge)

project_of() { case "$1" in core) echo OpenClaw.Core ;; edge) echo OpenClaw.Edge ;; esac; }

have_native_toolchain() { command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1; }

publish() {
  # PublishAot, InvariantGlobalization and the executable names live in the project files; IL2xxx/IL3xxx
  # warnings are errors through TreatWarningsAsErrors, so a warning fails the publish.
  local tracks=("$@")
  [[ ${#tracks[@]} -gt 0 ]] || tracks=("${TRACKS[@]}")
  for track in "${tracks[@]}"; do
    local out="$PUBLISH_DIR/$track-$RID"
    echo "==> publish $track ($RID, NativeAOT) -> $out"
    dotnet publish "$(project_of "$track")" -c Release -r "$RID" -o "$out" -p:DebugType=none -p:GenerateDocumentationFile=false --nologo -v quiet
  done
}

run_tests() {
  echo "==> format check"
  dotnet format --verify-no-changes
  echo "==> build (warnings are errors)"
  dotnet build -c Release --nologo -v quiet
  if have_native_toolchain; then
    publish
    export OPENCLAW_BIN_DIR="$PWD/$PUBLISH_DIR"
    echo "==> tests (process tests run the NativeAOT binaries in $OPENCLAW_BIN_DIR)"
  else
    echo "==> tests (no C toolchain for NativeAOT: process tests run the JIT build; './build.sh deps' installs clang)"
  fi
  local results="$PWD/OpenClaw.Tests/TestResults"
  rm -rf "$results"
  set +e
  dotnet test OpenClaw.Tests -c Release --no-build --nologo --logger "trx;LogFileName=results.trx" --results-directory "$results"
  local status=$?
  set -e
  summarize "$results/results.trx"
  return $status
}

summarize() {
  # The plain summary line CI reads; dotnet test's own summary is not in that form.
  local trx=$1 passed=0 failed=0 skipped=0
  if [[ -f "$trx" ]]; then
    local counters
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    passed=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
    failed=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    local total executed
    total=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
    executed=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
    skipped=$(( total - executed ))
  else
    failed=1
  fi
  echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
}

bench() {
  have_native_toolchain || { echo "bench needs clang or gcc for the NativeAOT publish ('./build.sh deps')" >&2; exit 1; }
  publish core
  dotnet run --file OpenClaw.Tests/Bench/bench.cs -c Release -- "$PUBLISH_DIR/core-$RID/openclaw-core"
}

deps() {
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update
  $sudo apt-get install -y --no-install-recommends espeak-ng pocketsphinx pocketsphinx-en-us sox clang
}

case "${1:-test}" in
  test) run_tests ;;
  publish) publish ;;
  bench) bench ;;
  deps) deps ;;
  -h|--help|help) echo "usage: ./build.sh [test|publish|bench|deps]" ;;
  *) echo "unknown target '$1'; usage: ./build.sh [test|publish|bench|deps]" >&2; exit 64 ;;
esac
