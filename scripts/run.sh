#!/usr/bin/env bash
# Sets up the machine if needed, builds the optimised desktop program (what people
# use) with its UI embedded, and starts it. Extra arguments go to the program (e.g.
# --vault DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build-desktop.sh --release
exec "${CARGO_TARGET_DIR:-./target}/release/casebook-desktop" "$@"
