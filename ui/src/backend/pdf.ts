// The lawyer's case file: check the choices, make it, verify one. Mirrors
// src-tauri/src/pdf_commands.rs. Paths are chosen in native dialogs on the Rust side.
import { Channel } from '@tauri-apps/api/core';
import { call } from './index';

export type CaseFileProfile = 'full' | 'pseudonymised';

import type { CaseFileCheck, CaseFilePlan, CaseFileProgress, CaseFileSaved } from './generated';

export type { CaseFileCheck, CaseFilePlan, CaseFileProgress, CaseFileSaved };

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

