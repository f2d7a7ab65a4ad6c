// Deadlines across cases. Mirrors src-tauri/src/due_commands.rs.
import { call } from './index';
import type { CaseDue } from './generated';

export type { CaseDue };

/** Every open item due within `within` days (all when null), overdue first. */
export const dueList = (within: number | null): Promise<CaseDue[]> => call('due_list', { within });

/** Records today as the day the case's follow-up `index` was done (a new revision). */
export const dueFollowUpDone = (caseId: string, index: number): Promise<void> =>
  call('due_follow_up_done', { caseId, index });

/** How many days after an incident the forensic examination is due, in this vault. */
export const dueForensicWindow = (): Promise<number> => call('due_forensic_window');
/** Sets the forensic window (1 to 60 days); every case's next due day follows. */
export const dueForensicWindowSet = (days: number): Promise<void> => call('due_forensic_window_set', { days });
