// Scales for the statistics charts and map: d3-array gives the "nice" bounds and
// ticks; mapping a value onto them is one line. Not d3-scale: it pulls in d3-color,
// which assigns `constructor` and `toString` on prototypes at load, and the
// program's frozen prototypes (Tauri `freezePrototype`, kept for safety) make
// that throw, so no screen would start.
import { nice, ticks } from 'd3-array';

export interface Linear {
  (v: number): number;
  ticks(count: number): number[];
  /** The top of the nice domain. */
  top: number;
}

/** A linear scale from [0, max] (rounded up to a nice number) onto [from, to]. */
export function linear(max: number, from: number, to: number): Linear {
  const [, top] = nice(0, Math.max(1, max), 5);
  const f = ((v: number) => from + ((to - from) * v) / top) as Linear;
  f.ticks = (count: number) => ticks(0, top, count);
  f.top = top;
  return f;
}

export interface Band {
  (key: string): number;
  bandwidth: number;
}

/** Equal bands for `keys` over [from, to], `padding` (0–1) of each step left empty. */
export function band(keys: string[], from: number, to: number, padding: number): Band {
  const step = keys.length === 0 ? 0 : (to - from) / keys.length;
  const at = new Map(keys.map((k, i) => [k, from + i * step + (step * padding) / 2]));
  const f = ((key: string) => at.get(key) ?? from) as Band;
  f.bandwidth = step * (1 - padding);
  return f;
}

export interface Classes {
  color(v: number): string;
  /** Each colour with the lowest and highest count it stands for. */
  legend: { color: string; from: number; to: number }[];
}

/**
 * Counts from k to max in at most as many equal classes as there are colours; one
 * class per count when there are fewer counts than colours.
 */
export function classes(k: number, max: number, colors: string[]): Classes {
  const span = Math.max(1, max - k + 1);
  const width = Math.max(1, Math.ceil(span / colors.length));
  const used = Math.max(1, Math.ceil(span / width));
  const legend = colors.slice(0, used).map((color, i) => ({
    color,
    from: k + i * width,
    to: i === used - 1 ? Math.max(k, max) : k + (i + 1) * width - 1,
  }));
  return {
    color: (v) => legend.find((c) => v <= c.to)?.color ?? legend[legend.length - 1].color,
    legend,
  };
}
