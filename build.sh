#!/usr/bin/env bash
# Build entry point: ./build.sh [test|publish|bench|soak|release|deps]. build.cmd is its Windows twin.
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

node_packages() {
  # The node clients and servers the interop tests drive the runtime with, at the versions package-lock.json pins.
  if ! command -v npm >/dev/null 2>&1; then
    echo "==> npm not found: tests that need the node packages of OpenClaw.Tests/package.json will be ignored"
    return 0
  fi
  echo "==> node packages for the interop tests (npm ci in OpenClaw.Tests)"
  if ! (cd OpenClaw.Tests && npm ci --no-audit --no-fund --ignore-scripts); then
    # In CI a failed install must fail the run, not turn the interop tests into a row of ignored ones.
    [[ "${CI:-}" != true ]] || { echo "npm ci failed" >&2; return 1; }
    echo "warning: npm ci failed; tests that need the node packages will be ignored"
  fi
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
  node_packages
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
  # Both tracks and the bare transport (the engine with no area), measured side by side so the areas' cost stays
  # visible; more binaries given (an older build, say) are measured in the same run.
  have_native_toolchain || { echo "bench needs clang or gcc for the NativeAOT publish ('./build.sh deps')" >&2; exit 1; }
  publish core edge
  local transport="$PUBLISH_DIR/transport-$RID"
  echo "==> publish the bare transport (OpenClaw.Tests/Bench/TransportOnly) -> $transport"
  dotnet publish OpenClaw.Tests/Bench/TransportOnly/OpenClaw.Transport.csproj -c Release -r "$RID" -o "$transport" -p:DebugType=none \
    -p:GenerateDocumentationFile=false --nologo -v quiet
  # core+mcp is core with MCP servers configured: tools must cost nothing until a run uses them.
  dotnet run --file OpenClaw.Tests/Bench/bench.cs -c Release -- "$PUBLISH_DIR/core-$RID/openclaw-core" "$PUBLISH_DIR/core-$RID/openclaw-core+mcp" \
    "$PUBLISH_DIR/edge-$RID/openclaw-edge" "$transport/openclaw-transport" "$@"
}

soak() {
  # RSS after a warm-up and after a minute of calls; exits 1 when it grew by more than 10 %.
  have_native_toolchain || { echo "soak needs clang or gcc for the NativeAOT publish ('./build.sh deps')" >&2; exit 1; }
  publish core
  dotnet run --file OpenClaw.Tests/Bench/bench.cs -c Release -- "$PUBLISH_DIR/core-$RID/openclaw-core" --soak "${SOAK_SECONDS:-60}"
}

# ---- release: validation matrix, glibc-2.31 Linux binaries, Windows single files, archives, checksums, notes ----

SYSROOT=${OPENCLAW_SYSROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/openclaw/sysroot-bullseye}
GLIBC_FLOOR=2.31

ensure_sysroot() {
  # A Debian 11 (glibc 2.31) root to link against, so the binaries run on Ubuntu 20.04; made once and reused.
  [[ -x "$SYSROOT/bin/sh" ]] && return 0
  command -v debootstrap >/dev/null 2>&1 || { echo "release needs debootstrap to build the glibc $GLIBC_FLOOR sysroot ('apt-get install debootstrap')" >&2; return 1; }
  [[ $(id -u) -eq 0 ]] || { echo "creating the sysroot with debootstrap needs root; or set OPENCLAW_SYSROOT to an existing one" >&2; return 1; }
  echo "==> creating the glibc $GLIBC_FLOOR sysroot in $SYSROOT (debootstrap bullseye, about 300 MB)"
  rm -rf "$SYSROOT.tmp"
  debootstrap --variant=minbase --include=libc6-dev,libgcc-10-dev bullseye "$SYSROOT.tmp" http://deb.debian.org/debian >/dev/null
  mv "$SYSROOT.tmp" "$SYSROOT"
}

fix_sysroot_links() {
  # The linker resolves absolute symlinks inside the sysroot against the host; make them relative.
  local link target
  while IFS= read -r link; do
    target=$(readlink "$link")
    [[ "$target" == /* ]] || continue
    ln -sfn "$(realpath -m --relative-to="$(dirname "$link")" "$SYSROOT$target")" "$link"
  done < <(find "$SYSROOT/usr/lib" "$SYSROOT/usr/lib64" -type l 2>/dev/null)
}

max_glibc() { objdump -T "$1" | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -V | tail -n 1; }

check_pe() {
  # x86-64 machine and the console subsystem, read from the PE headers.
  local exe=$1 pe machine magic subsystem
  [[ $(head -c 2 "$exe") == "MZ" ]] || { echo "$exe: not an MZ executable" >&2; return 1; }
  pe=$(od -An -tu4 -j60 -N4 "$exe" | tr -d ' ')
  [[ $(od -An -tx1 -j"$pe" -N4 "$exe" | tr -d ' \n') == 50450000 ]] || { echo "$exe: no PE signature" >&2; return 1; }
  machine=$(od -An -tx2 -j$((pe + 4)) -N2 "$exe" | tr -d ' ')
  magic=$(od -An -tx2 -j$((pe + 24)) -N2 "$exe" | tr -d ' ')
  subsystem=$(od -An -tu2 -j$((pe + 24 + 68)) -N2 "$exe" | tr -d ' ')
  [[ "$machine" == 8664 && "$magic" == 020b && "$subsystem" == 3 ]] \
    || { echo "$exe: machine $machine, magic $magic, subsystem $subsystem (want 8664, 020b, 3)" >&2; return 1; }
}

rpc_smoke() {
  # initialize -> health -> shutdown -> exit over stdio; prints the track's method list.
  local answers
  answers=$(printf '%s\n' '{"jsonrpc":"2.0","id":1,"method":"initialize"}' '{"jsonrpc":"2.0","id":2,"method":"health"}' \
    '{"jsonrpc":"2.0","id":3,"method":"shutdown"}' '{"jsonrpc":"2.0","method":"exit"}' | "$@" --log-level error) || return 1
  [[ $(grep -c '"result"' <<<"$answers") -eq 3 ]] || { echo "unexpected answers: $answers" >&2; return 1; }
  grep -o '"methods":\[[^]]*\]' <<<"$answers" | head -n 1 | sed 's/"methods":\[//; s/\]//; s/"//g; s/,/, /g'
}

release() {
  run_tests
  local version commit epoch out stage validation=() artifacts=() glibc_max="" methods_core="" methods_edge="" pe_note
  version=$(dotnet msbuild OpenClaw.Rpc/OpenClaw.Rpc.csproj -getProperty:Version -nologo | tr -d '[:space:]')
  commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  epoch=$(git log -1 --format=%ct 2>/dev/null || echo 0)
  out="dist/$version"
  stage=$(mktemp -d)
  rm -rf "$out" && mkdir -p "$out"
  ensure_sysroot && fix_sysroot_links || exit 1

  for track in "${TRACKS[@]}"; do
    local project linux win winfolder
    project=$(project_of "$track")
    linux="$stage/openclaw-$track-$version-linux-x64"
    win="$stage/openclaw-$track-$version-win-x64"
    winfolder="$stage/winfolder-$track"
    echo "==> $track: linux-x64 NativeAOT against glibc $GLIBC_FLOOR"
    # Own intermediate and output folders: the native link must not be skipped as up to date after a host-glibc publish.
    dotnet publish "$project" -c Release -r linux-x64 -o "$linux" -p:SysRoot="$SYSROOT" -p:DebugType=none \
      -p:NativeIntermediateOutputPath="obj/Release/net10.0/linux-x64/native-glibc$GLIBC_FLOOR/" \
      -p:NativeOutputPath="bin/Release/net10.0/linux-x64/native-glibc$GLIBC_FLOOR/" \
      -p:GenerateDocumentationFile=false --nologo -v quiet
    local needed; needed=$(max_glibc "$linux/openclaw-$track")
    if [[ $(printf '%s\n%s\n' "$needed" "$GLIBC_FLOOR" | sort -V | tail -n 1) != "$GLIBC_FLOOR" ]]; then
      echo "openclaw-$track needs GLIBC_$needed, above the $GLIBC_FLOOR floor" >&2; exit 1
    fi
    glibc_max=$(printf '%s\n%s\n' "$glibc_max" "$needed" | sort -V | tail -n 1)
    echo "==> $track: win-x64 self-contained single file"
    # NativeAOT cannot cross-compile to Windows. ILLink (unlike ILC, which analyses only reachable code and reports
    # nothing) flags Newtonsoft.Json, a StreamJsonRpc dependency this runtime never calls, as a whole (IL2104).
    dotnet publish "$project" -c Release -r win-x64 --self-contained -o "$win" -p:PublishAot=false -p:PublishSingleFile=true \
      -p:PublishTrimmed=true -p:PublishReadyToRun=true -p:DebuggerSupport=false -p:WarningsNotAsErrors='NU1603%3BIL2104' \
      -p:DebugType=none -p:GenerateDocumentationFile=false --nologo -v quiet
    check_pe "$win/openclaw-$track.exe"
    dotnet publish "$project" -c Release -r win-x64 --self-contained -o "$winfolder" -p:PublishAot=false -p:PublishTrimmed=true \
      -p:DebuggerSupport=false -p:WarningsNotAsErrors='NU1603%3BIL2104' -p:DebugType=none -p:GenerateDocumentationFile=false --nologo -v quiet

    find "$linux" "$win" -exec touch -h -d "@$epoch" {} +
    (cd "$stage" && tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner -cf - "$(basename "$linux")" | gzip -n -9 > "$OLDPWD/$out/$(basename "$linux").tar.gz")
    (cd "$stage" && TZ=UTC zip -X -q -r "$OLDPWD/$out/$(basename "$win").zip" "$(basename "$win")")

    echo "==> $track: smoke tests"
    local unpack; unpack=$(mktemp -d)
    tar -xzf "$out/$(basename "$linux").tar.gz" -C "$unpack"
    local bin="$unpack/$(basename "$linux")/openclaw-$track"
    "$bin" --version >/dev/null
    # doctor's trackContract compares the methods the binary registers with the protocol document it embeds.
    "$bin" doctor --json --state-dir "$unpack/state" | tr -d ' \n' | grep -q '"id":"trackContract","status":"pass"' \
      || { echo "openclaw-$track: doctor's trackContract check did not pass" >&2; exit 1; }
    local methods; methods=$(rpc_smoke "$bin" --state-dir "$unpack/state")
    local discovered; discovered=$("$bin" call rpc.discover --state-dir "$unpack/state" | grep -o '"name": "[a-z.]*"' | sort -u | tr '\n' ' ')
    local edge_only=0; grep -q '"voice.transcribe"' <<<"$discovered" && grep -q '"runtime.metrics"' <<<"$discovered" && edge_only=1
    if [[ "$track" == edge && $edge_only -ne 1 ]] || [[ "$track" == core && "$discovered" == *voice.* ]]; then
      echo "openclaw-$track: rpc.discover does not show the $track method surface: $discovered" >&2; exit 1
    fi
    [[ "$track" == core ]] && methods_core=$methods || methods_edge=$methods
    validation+=("- \`openclaw-$track\` linux-x64 (unpacked archive): \`--version\`, \`doctor --json\` (track contract against the protocol document), \`rpc.discover\` ($([[ $track == edge ]] && echo "serves voice.transcribe and runtime.metrics" || echo "no voice.* or runtime.metrics")), initialize → health → shutdown → exit: passed.")
    mkdir -p "$SYSROOT/tmp/openclaw-smoke" && cp "$bin" "$SYSROOT/tmp/openclaw-smoke/"
    if rpc_smoke chroot "$SYSROOT" "/tmp/openclaw-smoke/openclaw-$track" --state-dir /tmp/openclaw-smoke/state >/dev/null; then
      validation+=("- \`openclaw-$track\` linux-x64 inside a Debian 11 (glibc 2.31) root: initialize → health → shutdown → exit: passed.")
    else
      echo "openclaw-$track does not run in the glibc $GLIBC_FLOOR root" >&2; exit 1
    fi
    local wine; wine=$(command -v wine || command -v wine64 || true)
    if [[ -n "$wine" ]]; then
      if rpc_smoke "$wine" "$winfolder/openclaw-$track.exe" >/dev/null 2>&1; then
        validation+=("- \`openclaw-$track\` win-x64 (folder form) under Wine: initialize → health → shutdown → exit: passed.")
      else
        validation+=("- \`openclaw-$track\` win-x64 (folder form) under Wine: .NET did not answer under this Wine; not validated on Windows.")
      fi
    else
      validation+=("- \`openclaw-$track\` win-x64: Wine is not installed here, so the executable was not started; PE headers checked.")
    fi
    rm -rf "$unpack"
  done

  (cd "$out" && sha256sum -- *.tar.gz *.zip > SHA256SUMS)
  local file
  for file in "$out"/*.tar.gz "$out"/*.zip; do
    artifacts+=("| \`$(basename "$file")\` | $(du -h "$file" | cut -f1) | \`$(sha256sum "$file" | cut -d' ' -f1)\` |")
  done
  pe_note="x86-64, console subsystem (both executables)"
  local sdk runtime cc
  sdk=$(dotnet --version)
  runtime=$(dotnet msbuild OpenClaw.Rpc/OpenClaw.Rpc.csproj -getProperty:BundledNETCoreAppPackageVersion -nologo | tr -d '[:space:]')
  cc=$( (clang --version 2>/dev/null || gcc --version) | head -n 1)
  TEMPLATE_VERSION="$version" TEMPLATE_DATE="$(date -u -d "@$epoch" +%Y-%m-%d)" TEMPLATE_COMMIT="$commit" \
  TEMPLATE_CORE="$methods_core" TEMPLATE_EDGE="$methods_edge" TEMPLATE_GLIBC="$glibc_max" TEMPLATE_PE="$pe_note" \
  TEMPLATE_SDK="$sdk" TEMPLATE_RUNTIME="$runtime" TEMPLATE_CC="$cc" \
  TEMPLATE_ARTIFACTS="$(printf '%s\n' "${artifacts[@]}")" TEMPLATE_VALIDATION="$(printf '%s\n' "${validation[@]}")" \
    fill_template dist/RELEASE_NOTES.template.md > "$out/RELEASE_NOTES.md"
  (cd "$out" && sha256sum -c SHA256SUMS)
  rm -rf "$stage"
  echo "==> release $version staged in $out"
}

fill_template() {
  local line
  while IFS= read -r line || [[ -n "$line" ]]; do
    line=${line//'{{VERSION}}'/$TEMPLATE_VERSION}
    line=${line//'{{DATE}}'/$TEMPLATE_DATE}
    line=${line//'{{COMMIT}}'/$TEMPLATE_COMMIT}
    line=${line//'{{CORE_METHODS}}'/$TEMPLATE_CORE}
    line=${line//'{{EDGE_METHODS}}'/$TEMPLATE_EDGE}
    line=${line//'{{GLIBC_MAX}}'/$TEMPLATE_GLIBC}
    line=${line//'{{PE_CHECK}}'/$TEMPLATE_PE}
    line=${line//'{{SDK}}'/$TEMPLATE_SDK}
    line=${line//'{{RUNTIME}}'/$TEMPLATE_RUNTIME}
    line=${line//'{{CC}}'/$TEMPLATE_CC}
    line=${line//'{{ARTIFACTS}}'/$TEMPLATE_ARTIFACTS}
    line=${line//'{{VALIDATION}}'/$TEMPLATE_VALIDATION}
    printf '%s\n' "$line"
  done < "$1"
}

deps() {
  local sudo="" wine
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update
  # Offline voice for the tests, clang for the NativeAOT publish.
  $sudo apt-get install -y --no-install-recommends espeak-ng pocketsphinx pocketsphinx-en-us sox clang
  # What ./build.sh release needs besides: debootstrap for the glibc sysroot, objdump (binutils) and zip for the artifacts.
  $sudo apt-get install -y --no-install-recommends debootstrap binutils zip
  # Wine lets release start the win-x64 builds; optional, so installed only where the package archive has it.
  for wine in wine wine64; do
    if [[ -n "$(apt-cache policy "$wine" 2>/dev/null | grep 'Candidate:' | grep -v '(none)')" ]]; then
      $sudo apt-get install -y --no-install-recommends "$wine" || echo "warning: $wine did not install; release checks the Windows executables' PE headers only" >&2
      return 0
    fi
  done
  echo "==> no Wine package in this archive: release checks the Windows executables' PE headers only"
}

case "${1:-test}" in
  test) run_tests ;;
  publish) publish ;;
  bench) shift; bench "$@" ;;
  soak) soak ;;
  release) release ;;
  deps) deps ;;
  -h|--help|help) echo "usage: ./build.sh [test|publish|bench [more binaries]|soak|release|deps]" ;;
  *) echo "unknown target '$1'; usage: ./build.sh [test|publish|bench [more binaries]|soak|release|deps]" >&2; exit 64 ;;
esac
