// What the exchange screen remembers between visits while the vault is unlocked:
// the name this device goes by (card, bundles, imports, resolved conflicts). Never
// written to storage: it may name the centre, and only the vault is encrypted.
import type { Progress } from '../backend';
import { t } from './i18n.svelte';

export const me = $state({ name: '' });

/** Called on lock: the name goes with everything else. */
export function forgetExchangeSession(): void {
  me.name = '';
}

/** A date for file names, in the computer's time zone: 2026-03-10. */
export function fileDate(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Bytes for people: 1.4 MB. */
export function sizeText(bytes: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i += 1;
  }
  const n = new Intl.NumberFormat(lang, { maximumFractionDigits: i === 0 ? 0 : 1 }).format(v);
  return t(`sync-size-${units[i].toLowerCase()}`, { n });
}

/** What a progress bar says about a phase. */
export function phaseText(p: Progress): string {
  return t(`sync-phase-${p.phase}`);
}

/** A role's words. */
export const roleText = (role: string): string => t(`sync-role-${role}`);

/** An RFC 3339 time as date and time in the interface language. */
export function whenText(iso: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
