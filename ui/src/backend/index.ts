// The only module that talks to the Rust side. Components call these functions and
// never `invoke` directly, so the IPC surface stays in one reviewable place.
import { invoke } from '@tauri-apps/api/core';

import type { AppInfo, CaseSummary, ErrorPayload, Settings } from './generated';

export type { AppInfo, CaseSummary, Settings };
/** What every failing command rejects with: localise `message_id` with `args`. */
export type AppError = ErrorPayload;

function isAppError(e: unknown): e is AppError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as AppError).code === 'string' &&
    typeof (e as AppError).message_id === 'string'
  );
}

/** Turns anything a command rejects with into an `AppError`. */
export function toAppError(e: unknown): AppError {
  if (isAppError(e)) {
    return { code: e.code, message_id: e.message_id, args: e.args ?? {} };
  }
  // Never echo the raw value: it could contain anything.
  return { code: 'unexpected', message_id: 'ui-error-unexpected', args: {} };
}

export async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toAppError(e);
  }
}

export const appInfo = (): Promise<AppInfo> => call('app_info');
/** Creates the vault and leaves it unlocked; resolves to the printable recovery key. */
export const vaultCreate = (passphrase: string): Promise<string> =>
  call('vault_create', { passphrase });
export const vaultUnlock = (passphrase: string): Promise<void> =>
  call('vault_unlock', { passphrase });
export const vaultLock = (): Promise<void> => call('vault_lock');
export const caseCount = (): Promise<number> => call('case_count');
export const settingsGet = (): Promise<Settings> => call('settings_get');
export const settingsSetLanguage = (language: string): Promise<Settings> =>
  call('settings_set_language', { language });

export * from './caseList';
export * from './safety';
export * from './cases';
export * from './pdf';
export * from './exchange';
export * from './stats';
export * from './due';
export * from './recovery';
export * from './submission';
export * from './outreach';
