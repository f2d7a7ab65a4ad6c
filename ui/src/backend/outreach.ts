// Outreach mode: a field laptop that seals each finished report for its centre.
// Mirrors src-tauri/src/outreach_commands.rs. Files are chosen in native dialogs on
// the Rust side; the UI never names a path.
import { call } from './index';
import type { OutboxExport, OutboxItem, OutreachStatus, ReceiptWritten } from './generated';

export type { OutboxExport, OutboxItem, OutreachStatus, ReceiptWritten };

/** Creates this laptop's vault for the centre on `card`; returns the recovery key.
 *  Rejects (nothing created) when the typed words are not the card's. */
export const outreachCreate = (passphrase: string, card: string, typedFingerprint: string): Promise<string> =>
  call('outreach_create', { passphrase, card, typedFingerprint });

/** `null` in an ordinary vault. */
export const outreachStatus = (): Promise<OutreachStatus | null> => call('outreach_status');

/** Finishes the draft and seals it for the centre; resolves to the receipt code. */
export const outreachFinish = (id: string): Promise<string> => call('outreach_finish', { id });

/** Save dialog, then one bundle of every report not yet confirmed; `null` when cancelled. */
export const outboxExport = (fileName: string): Promise<OutboxExport | null> =>
  call('outbox_export', { fileName });

/** Open dialog for the centre's receipt; how many reports it newly confirmed, `null` when cancelled. */
export const outboxConfirm = (): Promise<number | null> => call('outbox_confirm');

/** At the centre: the receipt for the outreach laptop `name`; `null` when cancelled. */
export const outreachReceiptSave = (name: string, fileName: string): Promise<ReceiptWritten | null> =>
  call('outreach_receipt_save', { name, fileName });
