#!/bin/sh
# Runs one fuzz harness for a bounded time, as the `fuzz` ctest label does:
#   run_harness.sh HARNESS SEEDS SECONDS ARTIFACTS
# New inputs go to a throwaway directory, the seeds are only read. Any crash, leak, timeout or
# sanitizer report ends the run with a failure and leaves the input in ARTIFACTS (the file that
# reproduces it: HARNESS ARTIFACTS/crash-...).
set -eu
harness=$1
seeds=$2
seconds=$3
artifacts=$4

work=$(mktemp -d -t teardown-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$artifacts"
cd "$work"
"$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$work" "$seeds"
