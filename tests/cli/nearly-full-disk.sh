#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# For TestWriteFailures: mounts a 256 KB disk of its own at $1 (the test runs this in a mount
# namespace that only this process sees, gone when it ends), puts an older file $2 on it,
# fills it to leave $3 bytes free, then runs hamkor with the rest of the arguments, @OUT@
# standing for the file on that disk. Prints hamkor's exit code and what is on the disk.
set -eu
disk=$1 name=$2 free=$3; shift 3
mount -t tmpfs -o size=256k hamkor-test "$disk"
printf 'OLDER GOOD FILE' > "$disk/$name"
avail=$(df --output=avail -B1 "$disk" | tail -n 1)
head -c $((avail - free)) /dev/zero > "$disk/filler"
args=()
for a in "$@"; do args+=("${a//@OUT@/$disk/$name}"); done
set +e
"$HAMKOR_BINARY" "${args[@]}"
echo "exit=$?"
echo "older=$(cat "$disk/$name")"
echo "files=$(cd "$disk" && ls -A | tr '\n' ' ')"
