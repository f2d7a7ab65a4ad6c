// What the exchange screen remembers between visits while the vault is unlocked:
// the name this device goes by (card, bundles, imports, resolved conflicts). Never
// written to storage: it may name the centre, and only the vault is encrypted.
import { contactCardChoose, contactCardRead, toAppError, type ContactCard, type Progress } from '../backend';
import { errorText, t } from './i18n.svelte';

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

/** A contact card being pasted or chosen from a file: its text, the card once the
 *  Rust side reads it, and why not. Shared by adding a contact and by setting up an
 *  outreach laptop. */
export class CardReader {
  text = $state('');
  card = $state<ContactCard | null>(null);
  error = $state<string | null>(null);
  #seq = 0;

  /** Reads the text as it is now; a slower earlier read never overwrites a later
   *  one. True when a card was read. */
  async read(): Promise<boolean> {
    const seq = ++this.#seq;
    const current = this.text;
    if (current.trim() === '') {
      this.card = null;
      this.error = null;
      return false;
    }
    try {
      const c = await contactCardRead(current);
      if (seq !== this.#seq) return false;
      this.card = c;
      this.error = null;
      return true;
    } catch (e) {
      if (seq !== this.#seq) return false;
      this.card = null;
      const err = toAppError(e);
      this.error = err.code === 'bad-contact-card' ? t('sync-card-unreadable') : errorText(err);
      return false;
    }
  }

  /** The native open dialog, then [`read`]; false when cancelled or unreadable. */
  async choose(): Promise<boolean> {
    try {
      const content = await contactCardChoose();
      if (content === null) return false;
      this.text = content;
      return await this.read();
    } catch (e) {
      const err = toAppError(e);
      this.error = err.code === 'bad-contact-card' ? t('sync-card-file-unreadable') : errorText(err);
      return false;
    }
  }

  clear(): void {
    this.#seq++;
    this.text = '';
    this.card = null;
    this.error = null;
  }
}
