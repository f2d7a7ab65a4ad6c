// How a statistics number reads on screen and in drawn images: a hidden one is
// "<k", never a number; the rest are grouped in the reader's language.
import type { Shown, StatsView } from '../backend/stats';

export function shownText(v: Shown, k: number, lang: string): string {
  return v === null ? `<${k}` : v.toLocaleString(lang);
}

/** Keys that are not points in time: cases without a date, years without a month. */
export function isTimeKey(key: string): boolean {
  return /^\d{4}(-(\d{2}|Q[1-4]))?$/.test(key);
}

export const TIME_DIMENSIONS = ['year', 'quarter', 'month'];

export interface Bar {
  key: string;
  label: string;
  value: Shown;
}

/**
 * The bars of the first dimension: its cells for one dimension, its row totals for
 * two (the table beside the chart holds the crossing).
 */
export function barsOf(view: StatsView): Bar[] {
  const t = view.table;
  const values = t.by.length === 2 ? (t.margins[0] ?? []) : t.cells;
  return t.keys[0].map((key, i) => ({ key, label: view.labels[0][i], value: values[i] ?? null }));
}

/** The SVG of a drawn chart or map, standing alone (namespaces, no page styles). */
export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.removeAttribute('class');
  copy.querySelectorAll('[class]').forEach((e) => e.removeAttribute('class'));
  copy.querySelectorAll('[tabindex]').forEach((e) => e.removeAttribute('tabindex'));
  return new XMLSerializer().serializeToString(copy);
}

/** Draws the SVG on a canvas at twice its size and gives back PNG bytes. */
export async function pngBytes(svg: SVGSVGElement): Promise<number[]> {
  const text = svgText(svg);
  const box = svg.viewBox.baseVal;
  const scale = 2;
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width * scale);
  canvas.height = Math.round(box.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('no png');
  return Array.from(new Uint8Array(await blob.arrayBuffer()));
}
