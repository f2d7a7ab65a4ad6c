#!/usr/bin/env bash
# Builds the package (scripts/package.sh), installs it with apt-get as people will,
# and runs tests/e2e/tests/installed.rs against what was installed: the CLI, the man
# page, the optimised desktop program on a private Xvfb display (unlock, the list,
# the network filter, no traces), then `apt-get remove`, after which the vault must
# be exactly as it was. Needs root for apt-get (re-runs itself with sudo).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ "$(id -u)" -ne 0 ]]; then
  exec sudo --preserve-env=PATH,CARGO_TARGET_DIR,CARGO_HOME,RUSTUP_HOME "$0" "$@"
fi
cd "$root"
./scripts/package.sh
export PATH="$HOME/.cargo/bin:$PATH"
version="$(cargo metadata --no-deps --format-version 1 \
  | python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "casebook-desktop"))')"
deb="dist/casebook_${version}_amd64.deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "./$deb" >/dev/null

# shellcheck source=scripts/xvfb.sh
source "$root/scripts/xvfb.sh"
private_display 1280x800
cargo test -p casebook-e2e --test installed -- --ignored --test-threads=1 --nocapture
