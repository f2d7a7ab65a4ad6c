#!/usr/bin/env bash
# The crash-safety test for many rounds (default 1000): a child process saving
# revisions and attachments is killed with SIGKILL at random moments; after each kill
# the vault must open, verify, and hold only whole revisions and attachments.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-1000}"
CASEBOOK_CRASH_ROUNDS="$rounds" cargo test --release -p casebook-store --test crash -- --nocapture vault_survives
