// The lawyer's case file: check the choices, make it, verify one. Mirrors
// src-tauri/src/pdf_commands.rs. Paths are chosen in native dialogs on the Rust side.
import { Channel } from '@tauri-apps/api/core';
import { call } from './index';

export type CaseFileProfile = 'full' | 'pseudonymised';

export interface CaseFilePlan {
  case_id: string;
  case_code: string;
  /** The name the save dialog suggests, e.g. KZ-ALM-2026-0007-ru-pseudonymised.pdf */
  file_name: string;
  /** Pseudonymised only: filled free-text fields (e.g. incidents[0].narrative) in
   *  which names of other people were not checked; empty for a full file. */
  unchecked_free_text: string[];
}

export interface CaseFileSaved {
  path: string;
  file_name: string;
  case_id: string;
  case_code: string;
  revision: string;
  lang: string;
  profile: CaseFileProfile;
  pages: number;
  bytes: number;
  sha256: string;
  audit_seq: number;
  /** From the save dialog's answer to the file being in place. */
  elapsed_ms: number;
}

/** One stage of making a case file (casebook_pdf::Progress). */
export type CaseFileProgress =
  | { stage: 'loading' | 'layout' | 'writing' }
  | { stage: 'photo'; done: number; total: number }
  | { stage: 'done'; pages: number };

export interface CaseFileCheck {
  file_name: string;
  /** All of the checks below hold (casebook_pdf::PdfVerification::is_ok). */
  ok: boolean;
  case_id: string;
  case_code: string;
  /** The revision the file was made from (found from its tag for a pseudonymised file). */
  revision: string;
  /** What a pseudonymised file shows instead of the revision id: HMAC of it under this vault's secret. */
  revision_tag: string | null;
  profile: string;
  lang: string;
  generated_at: string;
  generator: string;
  file_intact: boolean;
  data_matches: boolean;
  audit_head_found: boolean;
  /** null: made by another version of the program, not re-rendered. */
  rendering_matches: boolean | null;
  revision_is_head: boolean;
  /** When this vault's audit log recorded making exactly these bytes. */
  issued_at: string | null;
}

/** Rejects with the consent (or other) error when no file can be made with these choices. */
export const caseFilePlan = (caseId: string, lang: string, profile: CaseFileProfile): Promise<CaseFilePlan> =>
  call('case_file_plan', { caseId, lang, profile });

/** Opens the native save dialog, then makes the file, telling `onprogress` each
 *  stage; `null` when the dialog was cancelled. */
export const caseFileSave = (
  caseId: string,
  lang: string,
  profile: CaseFileProfile,
  onprogress: (p: CaseFileProgress) => void,
): Promise<CaseFileSaved | null> =>
  call('case_file_save', { caseId, lang, profile, onProgress: new Channel<CaseFileProgress>(onprogress) });

/** Opens the native open dialog and checks the chosen PDF; `null` when cancelled. */
export const caseFileVerify = (): Promise<CaseFileCheck | null> => call('case_file_verify');

