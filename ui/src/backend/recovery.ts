// The recovery secret shared among colleagues: the split in Settings and opening
// with shares on the unlock screen. The program keeps no share; the unlock screen
// holds the typed ones only until the vault opens.
import { call } from './index';
import type { ShareCardFiles, SplitInfo, SplitWritten } from './generated';

export type { ShareCardFiles, SplitInfo, SplitWritten };

/** The vault's short fingerprint (also before unlocking), as on every card. */
export const vaultFingerprint = (): Promise<string> => call('vault_fingerprint');
/** Names a damaged, foreign, revoked or repeated share without opening anything. */
export const vaultSharesCheck = (shares: string[]): Promise<void> =>
  call('vault_shares_check', { shares });
/** Opens with the shares and sets `next` as a passphrase, in one step. */
export const vaultUnlockShares = (shares: string[], next: string): Promise<void> =>
  call('vault_unlock_shares', { shares, new: next });
/** A share's text (without the file's note) from a file the person picks; null when cancelled. */
export const recoveryShareOpen = (): Promise<string | null> => call('recovery_share_open');
/** Splits anew after the passphrase is typed again; null when the dialog was cancelled. */
export const recoverySplit = (current: string, threshold: number, shares: number): Promise<SplitWritten | null> =>
  call('recovery_split', { current, threshold, shares });
/** Removes the split; false when there was none. */
export const recoveryRevoke = (): Promise<boolean> => call('recovery_revoke');
