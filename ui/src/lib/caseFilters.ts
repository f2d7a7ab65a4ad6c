// What the case list's filters hold, and how they become a CaseQuery. Lives only in
// component memory: nothing here is ever written to storage.
import type { CaseQuery, SortKey } from '../backend';

export type Due = '' | 'overdue' | 'week' | 'month';

export interface Filters {
  text: string;
  status: string;
  dateFrom: string;
  dateTo: string;
  /** '' (any), a country code, or `country/region`. */
  place: string;
  actType: string;
  agency: string;
  consent: string;
  due: Due;
  sort: SortKey;
}

export const emptyFilters = (): Filters => ({
  text: '',
  status: '',
  dateFrom: '',
  dateTo: '',
  place: '',
  actType: '',
  agency: '',
  consent: '',
  due: '',
  sort: 'updated-desc',
});

/** Year, year-month or a full day, as the store compares them. */
export const PERIOD_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function periodValid(v: string): boolean {
  return v.trim() === '' || PERIOD_PATTERN.test(v.trim());
}

/** Today in the computer's time zone, as YYYY-MM-DD. */
export function today(offsetDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** How many filters of the panel are set (the search box and the order are not). */
export function activeFilters(f: Filters): number {
  const e = emptyFilters();
  return (Object.keys(e) as (keyof Filters)[]).filter(
    (k) => k !== 'sort' && k !== 'text' && f[k] !== e[k],
  ).length;
}

export function isFiltered(f: Filters): boolean {
  const e = emptyFilters();
  return (Object.keys(e) as (keyof Filters)[]).some((k) => k !== 'sort' && f[k] !== e[k]);
}

const orNull = (v: string): string | null => (v.trim() === '' ? null : v.trim());

export function toQuery(f: Filters, offset: number, limit: number): CaseQuery {
  const [country, region] = f.place === '' ? [null, null] : f.place.split('/', 2);
  const due =
    f.due === 'overdue'
      ? today(-1)
      : f.due === 'week'
        ? today(7)
        : f.due === 'month'
          ? today(30)
          : null;
  return {
    text: orNull(f.text),
    status: orNull(f.status),
    date_from: periodValid(f.dateFrom) ? orNull(f.dateFrom) : null,
    date_to: periodValid(f.dateTo) ? orNull(f.dateTo) : null,
    country: country ?? null,
    region: region ?? null,
    act_type: orNull(f.actType),
    agency: orNull(f.agency),
    consent: orNull(f.consent),
    due_before: due,
    sort: f.sort,
    offset,
    limit,
  };
}
