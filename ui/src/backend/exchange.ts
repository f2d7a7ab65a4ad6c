// Sync by hand: contact card, contacts, export, import, conflicts. Mirrors
// src-tauri/src/exchange_commands.rs. Files are chosen in native dialogs on the Rust
// side; the UI never names a path.
import { Channel } from '@tauri-apps/api/core';
import { call } from './index';
import type {
  CaseAction,
  CaseChoice,
  CaseOutcome,
  ChosenBundle,
  ConflictInfo,
  Contact,
  ContactCard,
  ContactRole,
  ExchangeProgress,
  ExportedCase,
  ExportPlan,
  ExportReport,
  ExportRequest,
  ImportReport,
  MyCard,
  Phase,
  RecipientChoice,
  Redaction,
  RefusedCase,
  SignerInfo,
  TakeChoice,
} from './generated';

export type {
  CaseAction,
  CaseChoice,
  CaseOutcome,
  ChosenBundle,
  ConflictInfo,
  Contact,
  ContactCard,
  ContactRole,
  ExportedCase,
  ExportPlan,
  ExportReport,
  ExportRequest,
  ImportReport,
  MyCard,
  Phase,
  RecipientChoice,
  Redaction,
  RefusedCase,
  SignerInfo,
  TakeChoice,
};
/** How far an export or import is (casebook_bundle::Progress). */
export type Progress = ExchangeProgress;

export const CONTACT_ROLES: ContactRole[] = ['own-device', 'centre-hub', 'lawyer', 'outreach', 'network'];
/** Where a new contact starts: no case records, and nothing it sends changes a case. */
export const LEAST_PRIVILEGED_ROLE: ContactRole = 'network';
/** Roles the Rust side only gives after the six fingerprint words are typed. */
export const needsTypedFingerprint = (role: ContactRole): boolean =>
  role === 'own-device' || role === 'centre-hub' || role === 'outreach';

function channel(onprogress: (p: Progress) => void): Channel<Progress> {
  return new Channel<Progress>(onprogress);
}

export const contactMe = (name: string): Promise<MyCard> => call('contact_me', { name });
/** Resolves false when the save dialog was cancelled. */
export const contactMeSave = (name: string, fileName: string): Promise<boolean> =>
  call('contact_me_save', { name, fileName });
/** The text of a card file chosen in the open dialog; null when cancelled. */
export const contactCardChoose = (): Promise<string | null> => call('contact_card_choose');
export const contactCardRead = (text: string): Promise<ContactCard> =>
  call('contact_card_read', { text });
/** `typedFingerprint`: the six words as typed; needed for own-device and centre-hub. */
export const contactAdd = (
  card: string,
  name: string,
  role: ContactRole,
  typedFingerprint?: string,
): Promise<Contact> => call('contact_add', { card, name, role, typedFingerprint: typedFingerprint ?? null });
export const contactList = (): Promise<Contact[]> => call('contact_list');
export const contactRename = (name: string, newName: string): Promise<Contact> =>
  call('contact_rename', { name, newName });
export const contactRemove = (name: string): Promise<void> => call('contact_remove', { name });

export const exportPlan = (
  request: ExportRequest,
  onprogress: (p: Progress) => void = () => {},
): Promise<ExportPlan> => call('export_plan', { request, progress: channel(onprogress) });
/** Asks where to save, then writes; null when the dialog was cancelled. */
export const bundleExport = (
  request: ExportRequest,
  fileName: string,
  onprogress: (p: Progress) => void,
): Promise<ExportReport | null> =>
  call('bundle_export', { request, fileName, progress: channel(onprogress) });

/** The open dialog; null when cancelled. */
export const bundleChoose = (): Promise<ChosenBundle | null> => call('bundle_choose');
export const bundleImport = (
  token: string,
  options: { passphrase?: string; trust?: string; trustRole?: ContactRole; authorName: string },
  onprogress: (p: Progress) => void,
): Promise<ImportReport> =>
  call('bundle_import', {
    token,
    passphrase: options.passphrase ?? null,
    trust: options.trust ?? null,
    trustRole: options.trustRole ?? null,
    authorName: options.authorName,
    progress: channel(onprogress),
  });

export const conflictList = (): Promise<ConflictInfo[]> => call('conflict_list');
export const conflictResolve = (
  caseId: string,
  path: string,
  choice: TakeChoice,
  authorName: string,
): Promise<void> => call('conflict_resolve', { caseId, path, choice, authorName });
