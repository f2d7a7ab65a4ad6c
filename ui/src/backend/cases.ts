// Case work: intake drafts, one case with its history, attachments. Mirrors
// src-tauri/src/casework.rs.
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { call, toAppError } from './index';
import { invoke } from '@tauri-apps/api/core';

import type {
  Attachment,
  CaseEdit,
  CaseRecord,
  Change,
  Draft,
  DraftInfo,
  DraftSaved,
  DroppedFile,
  DueItem,
  FieldError,
  Json,
  RevisionChanges,
  RevisionInfo,
  StoredCase,
  Target,
  VocabLists,
} from './generated';

export type {
  Attachment,
  CaseEdit,
  CaseRecord,
  Change,
  Draft,
  DraftInfo,
  DraftSaved,
  DroppedFile,
  DueItem,
  FieldError,
  Json,
  RevisionChanges,
  RevisionInfo,
  StoredCase,
  Target,
  VocabLists,
};

export const draftSave = (id: string | null, record: CaseRecord, step: string): Promise<DraftSaved> =>
  call('draft_save', { id, record, step });
export const draftList = (): Promise<DraftInfo[]> => call('draft_list');
export const draftLoad = (id: string): Promise<Draft> => call('draft_load', { id });
export const draftDiscard = (id: string): Promise<void> => call('draft_discard', { id });
/** Checks the draft and turns it into a case; the draft is gone afterwards. */
export const draftFinish = (id: string): Promise<StoredCase> => call('draft_finish', { id });

export const caseCheck = (record: CaseRecord): Promise<FieldError[]> => call('case_check', { record });


/**
 * The record's follow-ups and complaint deadlines with their state today, by the rule
 * the list's overdue filter uses. The UI shows this and compares no dates itself.
 */
export const caseDue = (record: CaseRecord): Promise<DueItem[]> => call('case_due', { record });
export const caseGet = (id: string): Promise<StoredCase> => call('case_get', { id });
export const caseSave = (id: string, record: CaseRecord, reason: string | null): Promise<StoredCase> =>
  call('case_save', { id, record, reason });


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
