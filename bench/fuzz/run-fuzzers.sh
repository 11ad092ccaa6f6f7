#!/bin/sh
# Builds the libFuzzer targets in fuzz/ with clang (ASan + UBSan) in build-fuzz/ and runs each for
# a bounded time, one after the other, then merges the inputs that found new coverage into the
# kept corpus fuzz/corpus/<target>/ (libFuzzer -merge=1, so only inputs that add coverage are kept).
#
#   bench/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [TARGET...]      default: 60 s, every target
#
# Prints per target: run time, executions, coverage (cov/ft from libFuzzer's final stats), corpus
# size and what it found. A crash, leak, timeout or failed invariant leaves its input in
# build-fuzz/fuzz-work/<target>/ and makes the script exit 1. ET_FUZZ_BUILD_DIR overrides the
# build folder. With ET_FUZZ_MINIMIZE=1 the kept corpus is then cut to a minimal set with the same
# coverage; the named inputs (seed-*, regress-*) always stay.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${ET_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-60}"
[ $# -gt 0 ] && shift
case "$seconds" in ''|*[!0-9]*) echo "usage: $0 [SECONDS_PER_TARGET] [TARGET...]" >&2; exit 2 ;; esac

# Debian's clang (14 on Debian 12) ships libFuzzer and the sanitizer runtimes in libclang-rt-14-dev.
if ! command -v clang++ >/dev/null 2>&1 || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "install ok installed"; then
    echo "run-fuzzers: installing clang" >&2
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev >/dev/null
fi

targets="$*"
if [ -z "$targets" ]; then
    targets=$(sed -n '/^set(ET_FUZZ_TARGETS/,/)/p' "$root/fuzz/CMakeLists.txt" | sed 's/set(ET_FUZZ_TARGETS//; s/)//' | tr -s ' \n' ' ')
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DET_FUZZ=ON -DET_BUILD_GUI=OFF -DET_BUILD_TESTS=OFF -DET_BUILD_BENCH=OFF >/dev/null
fi
build_targets=""
for t in $targets; do build_targets="$build_targets fuzz_$t"; done
# shellcheck disable=SC2086
cmake --build "$build" --parallel "$(nproc)" --target $build_targets

# Replaces the libFuzzer-named inputs of corpus $2 by the smallest set that keeps the coverage of
# the whole corpus, leaving the named ones alone.
minimize() {
    tmp=$(mktemp -d)
    "$1" -merge=1 -max_len="$3" "$tmp" "$2" >/dev/null 2>&1 || true
    named=$(for f in "$2"/seed-* "$2"/regress-*; do
        if [ -f "$f" ]; then sha1sum "$f" | cut -d' ' -f1; fi
    done)
    for f in "$2"/*; do
        case "${f##*/}" in seed-*|regress-*) continue ;; esac
        [ -e "$tmp/${f##*/}" ] || rm -f "$f"
    done
    for f in "$tmp"/*; do
        [ -f "$f" ] || continue
        echo "$named" | grep -qx "${f##*/}" || [ -e "$2/${f##*/}" ] || cp "$f" "$2/"
    done
    rm -rf "$tmp"
}

export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" LC_ALL=C.UTF-8
summary=$(mktemp)
trap 'rm -f "$summary"' EXIT
failed=0
for t in $targets; do
    corpus="$root/fuzz/corpus/$t"
    work="$build/fuzz-work/$t"
    rm -rf "$work/new"
    mkdir -p "$corpus" "$work/new" "$work/artifacts"
    case "$t" in
        centercsv) dict=csv.dict; maxlen=8192 ;;
        centerquery|changesquery) dict=query.dict; maxlen=1024 ;;
        *) dict=json.dict; maxlen=4096 ;;
    esac
    before=$(find "$work/artifacts" -type f | wc -l)
    start=$(date +%s)
    status=0
    # New inputs go to $work/new; the kept corpus is read only until the merge below.
    "$build/bin/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -max_len="$maxlen" \
        -dict="$root/fuzz/dict/$dict" -artifact_prefix="$work/artifacts/" \
        "$work/new" "$corpus" >"$work/log.txt" 2>&1 || status=$?
    elapsed=$(( $(date +%s) - start ))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log.txt" | tail -1)
    cov=$(grep -E '^#[0-9]+.*cov: ' "$work/log.txt" | tail -1 | sed -E 's/.*cov: ([0-9]+) ft: ([0-9]+).*/\1 \2/')
    found=$(( $(find "$work/artifacts" -type f | wc -l) - before ))
    kept_before=$(find "$corpus" -type f | wc -l)
    "$build/bin/fuzz_$t" -merge=1 -max_len="$maxlen" "$corpus" "$work/new" >"$work/merge.txt" 2>&1 || true
    if [ "${ET_FUZZ_MINIMIZE:-0}" = 1 ]; then
        minimize "$build/bin/fuzz_$t" "$corpus" "$maxlen"
    fi
    kept=$(find "$corpus" -type f | wc -l)
    if [ "$status" != 0 ] || [ "$found" != 0 ]; then
        failed=1
        what=$(grep -m1 -E 'ERROR: |invariant failed|runtime error|DEADLY|timeout after' "$work/log.txt" | cut -c1-100 || true)
        echo "run-fuzzers: $t found a problem (exit $status): $what" >&2
        echo "  log: $work/log.txt; inputs: $work/artifacts/" >&2
    fi
    printf '%-18s %5ss %11s execs  cov %-5s ft %-6s corpus %4s (%+d)  crashes %s\n' \
        "$t" "$elapsed" "${execs:-?}" "${cov%% *}" "${cov##* }" "$kept" "$((kept - kept_before))" "$found" | tee -a "$summary"
done
echo
echo "target              time        executions  coverage          corpus         crashes"
cat "$summary"
exit $failed
