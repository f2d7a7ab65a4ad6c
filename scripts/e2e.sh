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

xvfb_pid=""
cleanup() {
  if [[ -n "$xvfb_pid" ]]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

if [[ -z "${DISPLAY:-}" ]]; then
  command -v Xvfb >/dev/null || { echo "Xvfb is not installed (apt-get install xvfb)" >&2; exit 1; }
  display=""
  for n in $(seq 90 140); do
    if [[ ! -e "/tmp/.X${n}-lock" && ! -e "/tmp/.X11-unix/X${n}" ]]; then
      display=":$n"
      break
    fi
  done
  [[ -n "$display" ]] || { echo "no free X display number" >&2; exit 1; }
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY="$display"
  for _ in $(seq 50); do
    [[ -e "/tmp/.X11-unix/X${display#:}" ]] && break
    sleep 0.1
  done
fi

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
