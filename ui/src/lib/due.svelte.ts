// What the unlocked session knows of deadlines: how many are overdue (for the
// header), and whether the panel above the list was put away. Forgotten on lock.
import { dueList } from '../backend';

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
