# Sourced by the scripts that show the program on a private display: when DISPLAY
# is unset, `private_display [WxH]` starts Xvfb on a free display number, exports
# DISPLAY, and stops it when the script exits.
xvfb_pid=""
stop_private_display() {
  if [[ -n "$xvfb_pid" ]]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
}
private_display() {
  [[ -z "${DISPLAY:-}" ]] || return 0
  command -v Xvfb >/dev/null || { echo "Xvfb is not installed (apt-get install xvfb)" >&2; exit 1; }
  local display="" n
  for n in $(seq 90 140); do
    if [[ ! -e "/tmp/.X${n}-lock" && ! -e "/tmp/.X11-unix/X${n}" ]]; then
      display=":$n"
      break
    fi
  done
  [[ -n "$display" ]] || { echo "no free X display number" >&2; exit 1; }
  Xvfb "$display" -screen 0 "${1:-1280x800}x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap stop_private_display EXIT INT TERM
  export DISPLAY="$display"
  for _ in $(seq 50); do
    [[ -e "/tmp/.X11-unix/X${display#:}" ]] && break
    sleep 0.1
  done
}
