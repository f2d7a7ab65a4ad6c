#!/usr/bin/env bash
# Builds the desktop program and drives it end to end through tauri-driver.
# Starts a private Xvfb display when DISPLAY is unset and stops it afterwards.
# Extra arguments go to the test binary, e.g. scripts/e2e.sh language_choice;
# scripts/e2e.sh --test exchange runs one test file.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build-desktop.sh"
# The sync tests prepare a second vault with the command line.
(cd "$root" && cargo build -p casebook-cli)

# shellcheck source=scripts/xvfb.sh
source "$root/scripts/xvfb.sh"
private_display

export CASEBOOK_APP="${CASEBOOK_APP:-${CARGO_TARGET_DIR:-$root/target}/debug/casebook-desktop}"
cd "$root"
# `--test NAME` (first) picks one test file, e.g. scripts/e2e.sh --test exchange; the
# remaining arguments go to the test binary.
cargo_args=()
if [[ "${1:-}" == "--test" && -n "${2:-}" ]]; then
  cargo_args=(--test "$2")
  shift 2
fi
# One window at a time: the harness serialises too, this keeps the output readable.
cargo test -p casebook-e2e "${cargo_args[@]}" -- --test-threads=1 "$@"
