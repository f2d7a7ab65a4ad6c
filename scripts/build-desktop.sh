#!/usr/bin/env bash
# Builds the desktop program with the UI embedded (no dev server needed):
#   ui/ -> ui/dist (Vite), then target/<profile>/casebook-desktop.
# Idempotent: safe to run again; npm ci only runs when the lock file changed.
#   scripts/build-desktop.sh            debug build (what the e2e tests use)
#   scripts/build-desktop.sh --release  release build (no devtools)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
profile_flag=()
if [[ "${1:-}" == "--release" ]]; then
  profile_flag=(--release)
elif [[ -n "${1:-}" ]]; then
  echo "usage: $0 [--release]" >&2
  exit 2
fi

cd "$root/ui"
stamp="node_modules/.casebook-lock-stamp"
if [[ -f package-lock.json ]]; then
  if [[ ! -f "$stamp" ]] || ! cmp -s package-lock.json "$stamp"; then
    npm ci --no-audit --no-fund
    cp package-lock.json "$stamp"
  fi
else
  npm install --no-audit --no-fund
fi
npm run build

cd "$root"
# The default feature custom-protocol embeds ui/dist into the binary instead of
# loading devUrl (src-tauri/Cargo.toml).
cargo build -p casebook-desktop "${profile_flag[@]}"
