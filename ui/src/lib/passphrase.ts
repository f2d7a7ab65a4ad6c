// The acceptance rule for new passphrases lives in Rust (casebook_core::passphrase);
// the interface asks it rather than counting characters itself.
import { passphraseRate, type PassphraseRating } from '../backend';
import { t } from './i18n.svelte';

/** The message for a passphrase the store would refuse, with the rule's own numbers. */
export function tooShortText(r: PassphraseRating): string {
  return t('passphrase-too-short', { min: r.min_chars, words: r.min_words });
}

/** Null when the store accepts `passphrase`, else the message to show at the field. */
export async function passphraseProblem(passphrase: string): Promise<string | null> {
  const r = await passphraseRate(passphrase);
  return r.accepted ? null : tooShortText(r);
}
