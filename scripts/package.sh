#!/usr/bin/env bash
# Builds the installable package: dist/casebook_<version>_amd64.deb, holding the
# optimised desktop program with its UI embedded, the CLI as /usr/bin/casebook with
# its man page and shell completions, and a menu entry "Notes". Idempotent; installs
# what it needs (cargo-deb from crates.io) and downloads nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-deb >/dev/null || cargo install cargo-deb --locked

./scripts/build-desktop.sh --release
cargo build --release -p casebook-cli
target="${CARGO_TARGET_DIR:-$PWD/target}"
"$target/release/casebook" generate-docs "$target/release/casebook-docs"

mkdir -p dist
cargo deb -p casebook-desktop --no-build --output dist/
deb="$(ls -t dist/casebook_*_amd64.deb | head -n1)"
size=$(stat -c %s "$deb")
echo "$deb: $size bytes"
# The promise to people with slow or metered connections, and old laptops.
if (( size > 15 * 1024 * 1024 )); then
  echo "the package is larger than 15 MB" >&2
  exit 1
fi
