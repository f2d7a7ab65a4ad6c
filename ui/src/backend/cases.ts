// Case work: intake drafts, one case with its history, attachments. Mirrors
// src-tauri/src/casework.rs.
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { call, toAppError } from './index';
import { invoke } from '@tauri-apps/api/core';

/** The case record in its interchange shape (data-model.md); every field optional. */
export type Json = any;
export type CaseRecord = Record<string, Json>;

/** One problem in one field, from the core validator. */
export interface FieldError {
  path: string;
  code: string;
  message_id: string;
  args: Record<string, string>;
}

export interface DraftInfo {
  id: string;
  pseudonym: string;
  step: string;
  author: string;
  created_at: string;
  updated_at: string;
}

export interface Draft {
  info: DraftInfo;
  record: CaseRecord;
  problems: FieldError[];
}

export interface DraftSaved {
  id: string;
  updated_at: string;
  problems: FieldError[];
}

export interface RevisionInfo {
  id: string;
  case_id: string;
  parents: string[];
  author: string;
  device: string;
  created_at: string;
  reason: string | null;
  kind: 'create' | 'edit' | 'delete' | 'merge' | string;
}

export interface StoredCase {
  id: string;
  code: string;
  deleted: boolean;
  head: RevisionInfo;
  record: CaseRecord;
}

export interface Change {
  path: string;
  old: Json | null;
  new: Json | null;
}

export interface RevisionChanges extends RevisionInfo {
  changes: Change[];
}

export interface Attachment {
  sha256?: string;
  size?: number;
  media_type?: string;
  file_name?: string;
  captured_at?: string;
  received_at?: string;
  received_by?: string;
  description?: string;
}

export interface VocabLists {
  lists: Record<string, string[]>;
  act_groups: [string, string[]][];
  /** The Fluent id of each code, per list (casebook_core::vocab::message_id). */
  message_ids: Record<string, Record<string, string>>;
  /** Which list each coded field holds, by its path without indexes (vocab::FIELDS). */
  fields: Record<string, string>;
}

/** Whose attachments: a draft's during intake, or a case's. */
export type Target = { kind: 'draft'; id: string } | { kind: 'case'; id: string };

export interface DroppedFile {
  token: string;
  name: string;
}

export const draftSave = (id: string | null, record: CaseRecord, step: string): Promise<DraftSaved> =>
  call('draft_save', { id, record, step });
export const draftList = (): Promise<DraftInfo[]> => call('draft_list');
export const draftLoad = (id: string): Promise<Draft> => call('draft_load', { id });
export const draftDiscard = (id: string): Promise<void> => call('draft_discard', { id });
/** Checks the draft and turns it into a case; the draft is gone afterwards. */
export const draftFinish = (id: string): Promise<StoredCase> => call('draft_finish', { id });

export const caseCheck = (record: CaseRecord): Promise<FieldError[]> => call('case_check', { record });

/** A follow-up (`index` into `responses.follow_ups`) or a complaint deadline (into `responses.complaints`). */
export interface DueItem {
  kind: 'follow-up' | 'complaint-deadline';
  index: number;
  /** The date as recorded. */
  due: string;
  /** The day it is due by (a partial date: its last day). */
  due_by: string;
  state: 'done' | 'overdue' | 'today' | 'later';
}

/**
 * The record's follow-ups and complaint deadlines with their state today, by the rule
 * the list's overdue filter uses. The UI shows this and compares no dates itself.
 */
export const caseDue = (record: CaseRecord): Promise<DueItem[]> => call('case_due', { record });
export const caseGet = (id: string): Promise<StoredCase> => call('case_get', { id });
export const caseSave = (id: string, record: CaseRecord, reason: string | null): Promise<StoredCase> =>
  call('case_save', { id, record, reason });

/** An edit of one section of a case, not saved yet (kept encrypted in the vault). */
export interface CaseEdit {
  draft_id: string;
  case_id: string;
  /** The head revision the edit started from. */
  base_revision: string;
  head_revision: string;
  /** The case was saved again since the edit started. */
  case_changed: boolean;
  section: string;
  reason: string;
  record: CaseRecord;
  author: string;
  updated_at: string;
}

export const caseEditSave = (
  id: string,
  baseRevision: string,
  section: string,
  record: CaseRecord,
  reason: string,
): Promise<DraftSaved> => call('case_edit_save', { id, baseRevision, section, record, reason });
export const caseEditGet = (id: string): Promise<CaseEdit | null> => call('case_edit_get', { id });
export const caseEditDiscard = (id: string): Promise<void> => call('case_edit_discard', { id });
/**
 * Saves the edited section onto the case as it is now (a new revision); the rest of
 * `record` is ignored, so what was saved meanwhile elsewhere stays. The unsaved edit
 * is gone afterwards.
 */
export const caseEditFinish = (id: string, section: string, record: CaseRecord, reason: string | null): Promise<StoredCase> =>
  call('case_edit_finish', { id, section, record, reason });
export const caseHistory = (id: string): Promise<RevisionChanges[]> => call('case_history', { id });
export const vocabLists = (): Promise<VocabLists> => call('vocab_lists');

/** Opens the native file dialog; `null` when the person cancelled. */
export const attachChoose = (target: Target): Promise<Attachment | null> =>
  call('attach_choose', { target });
export const attachDropped = (target: Target, token: string): Promise<Attachment> =>
  call('attach_dropped', { target, token });
/** Writes a copy where the person chooses; false when the dialog was cancelled. */
export const attachmentExport = (target: Target, sha256: string, fileName: string): Promise<boolean> =>
  call('attachment_export', { target, sha256, fileName });

/** The attachment's bytes, straight from the vault into memory (never to disk). */
export async function attachmentBytes(target: Target, sha256: string): Promise<ArrayBuffer> {
  try {
    return await invoke<ArrayBuffer>('attachment_bytes', { target, sha256 });
  } catch (e) {
    throw toAppError(e);
  }
}

/** Files dropped on the window (the Rust side keeps their paths, the UI gets tokens). */
export const onFilesDropped = (f: (files: DroppedFile[]) => void): Promise<UnlistenFn> =>
  listen<DroppedFile[]>('files-dropped', (e) => f(e.payload));
