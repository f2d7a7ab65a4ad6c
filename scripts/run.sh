#!/usr/bin/env bash
# Sets up the machine if needed, builds the desktop program with its UI embedded,
# and starts it. Extra arguments go to the program (e.g. --vault DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build-desktop.sh
exec "${CARGO_TARGET_DIR:-./target}/debug/casebook-desktop" "$@"
