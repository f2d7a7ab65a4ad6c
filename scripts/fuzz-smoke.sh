#!/usr/bin/env bash
# Runs every fuzz target under libFuzzer (stable toolchain, no sanitizer) for a few
# seconds each, SECONDS (default 8) per target: it first replays the kept corpus,
# the seeds and the inputs that once made it fail (fuzz/corpus, fuzz/seeds,
# fuzz/regressions), then mutates them. A crash, a hang or a target that no longer
# builds fails. New inputs go to a scratch folder, never into the kept corpus.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --quiet
seconds="${1:-8}"
# The fuzz crate is a workspace of its own, with its own build folder.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}/fuzz"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$root/fuzz"
targets=(bundle_reader pdf_verifier contact_card key_file case_json recovery_share)
cargo fuzz build -s none
for t in "${targets[@]}"; do
  dirs=("$scratch/$t")
  for kind in corpus seeds regressions; do
    [[ -d "$kind/$t" ]] && dirs+=("$kind/$t")
  done
  mkdir -p "$scratch/$t" "artifacts/$t"
  if ! out="$(cargo fuzz run -s none "$t" "${dirs[@]}" -- \
      -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 \
      -artifact_prefix="artifacts/$t/" -print_final_stats=1 2>&1)"; then
    echo "$out" | tail -n 40 >&2
    echo "fuzz: $t failed; the input is in fuzz/artifacts/$t/" >&2
    exit 1
  fi
  runs="$(grep -oP '^stat::number_of_executed_units:\s*\K[0-9]+' <<<"$out" || echo "?")"
  echo "fuzz: $t: $runs executions in ${seconds} s, no failure"
done
