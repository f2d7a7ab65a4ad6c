// What the unlocked session knows of deadlines: how many are overdue (for the
// header), and whether the panel above the list was put away. Forgotten on lock.
import { dueFollowUpDone, dueList, toAppError, type AppError, type CaseDue } from '../backend';

export const WEEK = 7;

const due = $state({ overdue: 0, dismissed: false });

export function overdueCount(): number {
  return due.overdue;
}

export function panelDismissed(): boolean {
  return due.dismissed;
}

export function dismissPanel(): void {
  due.dismissed = true;
}

/** Counts again (after unlocking, after a case was saved). Only what is due by
 *  today is read: overdue items are among it. */
export async function refreshDue(): Promise<void> {
  const items = await dueList(0);
  due.overdue = items.filter((i) => i.overdue).length;
}

export function forgetDue(): void {
  due.overdue = 0;
  due.dismissed = false;
}

/**
 * The open items due within `within` days (all when null), for a panel or a view:
 * loading them, and marking a follow-up done (then loading again and recounting).
 */
export function dueItems(within: number | null) {
  const s = $state<{ items: CaseDue[] | null; failure: AppError | null }>({ items: null, failure: null });
  async function load(): Promise<void> {
    try {
      s.items = await dueList(within);
      await refreshDue();
    } catch (e) {
      s.failure = toAppError(e);
    }
  }
  async function done(item: CaseDue): Promise<void> {
    try {
      await dueFollowUpDone(item.case_id, item.index);
      await load();
    } catch (e) {
      s.failure = toAppError(e);
    }
  }
  return {
    get items() {
      return s.items;
    },
    get failure() {
      return s.failure;
    },
    load,
    done,
  };
}
