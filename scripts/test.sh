#!/usr/bin/env bash
# Sets up the machine if needed and runs every check and test: formatting, lints,
# the UI type check, unit + integration tests of every crate, the crash-safety test,
# and the end-to-end tests that drive the real desktop program under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
# CI runs each submission in a fresh clone on a machine that may have run the last
# one: a build cache outside the clone saves rebuilding every dependency. A new
# machine simply starts with an empty cache.
if [ "${CI:-}" = "true" ] && [ -z "${CARGO_TARGET_DIR:-}" ]; then
  export CARGO_TARGET_DIR=/var/cache/casebook-ci/target
  mkdir -p "$CARGO_TARGET_DIR"
fi

step() { echo; echo "==> $*"; }

step "cargo fmt --check"
cargo fmt --all --check

step "UI build + desktop build (frontend embedded)"
./scripts/build-desktop.sh

step "UI type check"
(cd ui && npm run --silent check)

step "clippy"
cargo clippy --workspace --all-targets --features casebook-store/plaintext-bench -- -D warnings

step "unit and integration tests"
cargo test --workspace --exclude casebook-e2e

step "fuzz targets: every seed and saved crash replayed through each target (stable)"
# The fuzz crate is a workspace of its own; building its tests also builds every
# libFuzzer target, so a target that no longer builds fails here.
(cd fuzz && CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}/fuzz" cargo test --quiet)

step "end-to-end tests (real desktop program, WebDriver, Xvfb)"
./scripts/e2e.sh
