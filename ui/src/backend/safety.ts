// Session safety: idle lock, quick exit, passphrases, recovery key, erase, title.
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { call, type Settings } from './index';
import type { PassphraseRating, Rekeyed, Slots } from './generated';

export type { PassphraseRating, Rekeyed, Slots };


/** Tells the Rust side the person is active; it owns the idle clock. */
export const sessionActivity = (): Promise<void> => call('session_activity');
export const vaultUnlockRecovery = (key: string): Promise<void> =>
  call('vault_unlock_recovery', { key });
/** Hides the window, locks the vault and ends the program. */
export const quickExit = (): Promise<void> => call('quick_exit');
/** Locks, then destroys the vault's keys and files. */
export const vaultErase = (): Promise<void> => call('vault_erase');
export const vaultSlots = (): Promise<Slots> => call('vault_slots');
export const passphraseAdd = (current: string, next: string): Promise<void> =>
  call('passphrase_add', { current, new: next });
export const passphraseChange = (current: string, next: string): Promise<void> =>
  call('passphrase_change', { current, new: next });
export const passphraseRate = (passphrase: string): Promise<PassphraseRating> =>
  call('passphrase_rate', { passphrase });
/** Random words, to be shown in clear and written down. */
export const passphraseSuggest = (): Promise<string> => call('passphrase_suggest');
/**
 * Removes `which`. With `rekey` the vault also gets a new key keeping only `current`,
 * and this resolves to the new recovery key (to show once); otherwise to null.
 */
export const passphraseRemove = (current: string, which: string, rekey: boolean): Promise<string | null> =>
  call('passphrase_remove', { current, which, rekey });
/** Resolves to the new printable recovery key; the old one stops working. */
export const recoveryKeyReplace = (current: string, rekey: boolean): Promise<string> =>
  call('recovery_key_replace', { current, rekey });

/** A new vault key; `next` (if given) replaces `current`; other passphrases stop working. */
export const vaultRekey = (current: string, next: string | null): Promise<Rekeyed> =>
  call('vault_rekey', { current, new: next });
export const settingsSetIdleLock = (secs: number): Promise<Settings> =>
  call('settings_set_idle_lock', { secs });
export const settingsSetShowName = (show: boolean): Promise<Settings> =>
  call('settings_set_show_name', { show });

/** Called when the Rust side locked the vault by itself (idle time ran out). */
export function onVaultLocked(handler: (reason: string) => void): Promise<UnlistenFn> {
  return listen<string>('vault-locked', (event) => handler(event.payload));
}

/** Called just before an idle lock: save anything typed but not saved yet. */
export function onVaultLocking(handler: () => void): Promise<UnlistenFn> {
  return listen<string>('vault-locking', () => handler());
}
