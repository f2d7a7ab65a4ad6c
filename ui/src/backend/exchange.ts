// Sync by hand: contact card, contacts, export, import, conflicts. Mirrors
// src-tauri/src/exchange_commands.rs. Files are chosen in native dialogs on the Rust
// side; the UI never names a path.
import { Channel } from '@tauri-apps/api/core';
import { call } from './index';
import type { CaseQuery } from './caseList';
import type { Json } from './cases';

export type ContactRole = 'own-device' | 'centre-hub' | 'lawyer' | 'network';
export const CONTACT_ROLES: ContactRole[] = ['own-device', 'centre-hub', 'lawyer', 'network'];
/** Where a new contact starts: no case records, and nothing it sends changes a case. */
export const LEAST_PRIVILEGED_ROLE: ContactRole = 'network';
/** Roles the Rust side only gives after the six fingerprint words are typed. */
export const needsTypedFingerprint = (role: ContactRole): boolean =>
  role === 'own-device' || role === 'centre-hub';

export interface MyCard {
  text: string;
  fingerprint: string;
}

export interface ContactCard {
  name: string;
  age_recipient: string;
  sign_key: string;
  fingerprint: string;
}

export interface Contact {
  id: number;
  name: string;
  role: ContactRole;
  age_recipient: string;
  sign_key: string;
  fingerprint: string;
  added_at: string;
}

export type CaseChoice =
  | { kind: 'all' }
  | { kind: 'since-last' }
  | { kind: 'cases'; ids: string[] }
  | { kind: 'filter'; query: CaseQuery };

export type RecipientChoice =
  | { kind: 'contacts'; names: string[] }
  | { kind: 'passphrase'; passphrase: string; role: ContactRole };

export interface ExportRequest {
  cases: CaseChoice;
  recipients: RecipientChoice;
  include_attachments: boolean;
  sender_name: string;
}

export type Redaction = 'full' | 'pseudonymised';

export interface ExportedCase {
  case_id: string;
  code: string;
  redaction: Redaction;
}

export type RefusedCase = {
  case_id: string;
  code: string;
} & (
  | { reason: 'consent-missing'; role: string; destination: string; state: string }
  | { reason: 'role-gets-no-records'; role: string }
  | { reason: 'unreadable' }
);

export interface ExportPlan {
  cases: ExportedCase[];
  refused: RefusedCase[];
  attachments: number;
  attachment_bytes: number;
}

export interface ExportReport {
  /** Where the bundle was written; null when no case was allowed to go. */
  path: string | null;
  cases: ExportedCase[];
  refused: RefusedCase[];
  attachments: number;
  bytes: number;
}

export type Phase = 'selecting' | 'writing' | 'reading' | 'applying' | 'done';

export interface Progress {
  phase: Phase;
  done: number;
  /** 0 when unknown. */
  total: number;
}

export interface ChosenBundle {
  token: string;
  name: string;
}

export interface SignerInfo {
  name: string;
  fingerprint: string;
  contact: string | null;
  own_device: boolean;
  /** Whose rights the import had. */
  role: ContactRole;
}

export type CaseAction = 'added' | 'fast-forward' | 'merged' | 'edit-kept-over-delete' | 'skipped';

export interface CaseOutcome {
  case_id: string;
  code: string;
  action: CaseAction;
  /** Only for `merged`. */
  conflicts?: number;
  head: string;
}

export interface ImportReport {
  signer: SignerInfo;
  added: number;
  updated: number;
  conflicted: number;
  conflicts: number;
  edit_kept_over_delete: number;
  skipped: number;
  rejected: { case_id: string; reason: string }[];
  revisions_added: number;
  attachments_added: number;
  attachments_skipped: number;
  cases: CaseOutcome[];
  /** The signer as a contact card, to keep as a contact once confirmed. */
  signer_card: string;
}

export interface ConflictInfo {
  id: number;
  case_id: string;
  code: string;
  /** Field path; empty for the whole case (edit against deletion). */
  path: string;
  kind: 'field' | 'edit-vs-delete';
  base: Json | null;
  ours: Json | null;
  ours_author: string;
  ours_at: string;
  ours_revision: string;
  theirs: Json | null;
  theirs_author: string;
  theirs_at: string;
  theirs_revision: string;
  merge_revision: string;
  created_at: string;
}

export type TakeChoice = { take: 'ours' } | { take: 'theirs' } | { take: 'typed'; value: string };

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
