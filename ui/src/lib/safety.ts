// Activity reporting for the idle lock and the quick-exit key. The Rust side keeps
// the idle clock and locks by itself; this only tells it the person is still here.
import { quickExit, sessionActivity } from '../backend';

/** At most one report per this many milliseconds (plus one trailing report). */
const ACTIVITY_THROTTLE_MS = 5000;
/** Quick exit: Esc twice within this many milliseconds. */
export const QUICK_EXIT_WINDOW_MS = 1000;

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel', 'input', 'touchstart'] as const;

/** Reports activity while `active()` is true; returns a function that stops. */
export function watchActivity(active: () => boolean): () => void {
  let last = 0;
  let trailing: ReturnType<typeof setTimeout> | null = null;
  const report = () => {
    last = Date.now();
    sessionActivity().catch(() => {
      /* locked meanwhile: nothing to report */
    });
  };
  const onActivity = () => {
    if (!active()) return;
    const since = Date.now() - last;
    if (since >= ACTIVITY_THROTTLE_MS) {
      report();
    } else if (trailing === null) {
      trailing = setTimeout(() => {
        trailing = null;
        if (active()) report();
      }, ACTIVITY_THROTTLE_MS - since);
    }
  };
  for (const e of ACTIVITY_EVENTS) {
    window.addEventListener(e, onActivity, { capture: true, passive: true });
  }
  return () => {
    for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity, { capture: true });
    if (trailing !== null) clearTimeout(trailing);
  };
}

/**
 * Esc twice within a second: `before` runs first (the UI drops every case it
 * holds), then the Rust side hides the window, locks and ends the program.
 */
export function watchQuickExit(before: () => void): () => void {
  let previous = -Infinity;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.repeat) return;
    const now = performance.now();
    if (now - previous <= QUICK_EXIT_WINDOW_MS) {
      previous = -Infinity;
      before();
      quickExit().catch(() => {
        /* the program is ending */
      });
    } else {
      previous = now;
    }
  };
  window.addEventListener('keydown', onKey, { capture: true });
  return () => window.removeEventListener('keydown', onKey, { capture: true });
}
