#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the fuzz targets with clang and runs the CSV reader's for a while.
# Usage: run-fuzzer.sh SOURCE_DIR BUILD_DIR SECONDS
set -euo pipefail

if [[ $# -ne 3 ]]; then
    echo "usage: $0 SOURCE_DIR BUILD_DIR SECONDS" >&2
    exit 2
fi
if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz: clang++ not installed"
    exit 1
fi

source_dir=$(realpath "$1")
build_dir=$(realpath -m "$2")
seconds=$3

cmake -S "$source_dir/tests/fuzz" -B "$build_dir" -G Ninja \
    -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DHAMKOR_SOURCE_DIR="$source_dir"
cmake --build "$build_dir" -j2

# libFuzzer adds what it finds to the corpus directory: keep the seeds in git clean.
corpus="$build_dir/corpus"
mkdir -p "$corpus"
cp "$source_dir"/tests/fuzz/corpus/* "$corpus"/

cd "$build_dir"
exec ./fuzz_csv_reader -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 "$corpus"
