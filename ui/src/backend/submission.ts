// Drafts of UN submissions. Mirrors src-tauri/src/submission_commands.rs. Paths are
// chosen in native dialogs on the Rust side.
import { call } from './index';
import type {
  AnnexWritten,
  CaseSummary,
  DraftFormat,
  Mechanism,
  Organisation,
  SubmissionPlan,
  SubmissionWritten,
  Thematic,
} from './generated';

export type { AnnexWritten, DraftFormat, Mechanism, Organisation, SubmissionPlan, SubmissionWritten, Thematic };

export const MECHANISMS: Mechanism[] = ['sr-torture', 'sr-vaw', 'wgad', 'sr-health'];
export const THEMATIC_REPORTS: Thematic[] = ['cedaw', 'upr'];
/** The languages drafts are written in, whatever the interface's. */
export const DRAFT_LANGUAGES = ['en', 'ru', 'uk'];

/** Rejects with the consent (or other) error when no draft can be made. */
export const submissionPlan = (caseId: string, mechanism: Mechanism, lang: string): Promise<SubmissionPlan> =>
  call('submission_plan', { caseId, mechanism, lang });

/** Opens the native save dialog, then writes the draft; `null` when cancelled. */
export const submissionSave = (
  caseId: string,
  mechanism: Mechanism,
  lang: string,
  format: DraftFormat,
): Promise<SubmissionWritten | null> => call('submission_save', { caseId, mechanism, lang, format });

export const organisationGet = (): Promise<Organisation> => call('organisation_get');
export const organisationSet = (organisation: Organisation): Promise<Organisation> =>
  call('organisation_set', { organisation });

/** Cases of `country` with consent for UN treaty bodies. */
export const annexCandidates = (country: string): Promise<CaseSummary[]> => call('annex_candidates', { country });

export interface AnnexChoice {
  report: Thematic;
  country: string;
  from: string | null;
  to: string | null;
  cases: string[];
  minCell: number;
  lang: string;
  format: DraftFormat;
}

/** Opens the native save dialog, then writes the annex; `null` when cancelled. */
export const annexSave = (c: AnnexChoice): Promise<AnnexWritten | null> => call('annex_save', { ...c });
