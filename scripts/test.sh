#!/usr/bin/env bash
# Sets up the machine if needed and runs every check and test: formatting, lints,
# the UI type check, unit + integration tests of every crate, the crash-safety test,
# a short run of every fuzz target, the end-to-end tests that drive the real desktop
# program under Xvfb, and the installable package, installed and driven.
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

step "fuzz targets: 8 s of libFuzzer each, from the kept corpus, seeds and saved crashes"
./scripts/fuzz-smoke.sh 8

step "end-to-end tests (real desktop program, WebDriver, Xvfb)"
./scripts/e2e.sh

step "the package: build, apt-get install, drive the installed program, apt-get remove"
./scripts/package-test.sh
