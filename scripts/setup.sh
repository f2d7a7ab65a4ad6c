#!/usr/bin/env bash
# Installs everything Casebook needs on a fresh Debian machine. Safe to run again:
# each step checks first and does nothing when it is already done.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  libwebkit2gtk-4.1-dev build-essential pkg-config libssl-dev
  webkit2gtk-driver xvfb xauth imagemagick poppler-utils age iso-codes
  fonts-noto-core fonts-dejavu-core curl xdotool xclip
  tesseract-ocr tesseract-ocr-eng man-db
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  echo "setup: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

export PATH="$HOME/.cargo/bin:$PATH"
if ! command -v tauri-driver >/dev/null; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --version '^2' --locked --quiet
fi

# UI packages are installed by scripts/build-desktop.sh (npm ci, only when the lock changed).
