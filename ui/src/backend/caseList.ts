// The case list's calls: one page of a query at a time, and the filters' choices.
import { call } from './index';

export type SortKey =
  | 'updated-desc'
  | 'updated-asc'
  | 'incident-desc'
  | 'incident-asc'
  | 'code-asc'
  | 'code-desc'
  | 'due-asc';

/** Mirrors casebook_store::CaseQuery; unset fields do not narrow. */
export interface CaseQuery {
  text?: string | null;
  status?: string | null;
  date_from?: string | null;
  date_to?: string | null;
  country?: string | null;
  region?: string | null;
  act_type?: string | null;
  agency?: string | null;
  consent?: string | null;
  due_before?: string | null;
  sort?: SortKey;
  offset: number;
  limit: number;
}

export interface CaseRow {
  id: string;
  code: string;
  pseudonym: string;
  status: string | null;
  incident_date: string | null;
  country: string | null;
  region: string | null;
  act_types: string[];
  next_due: string | null;
  updated_at: string;
  deleted: boolean;
}

export interface CasePage {
  total: number;
  /** Set when the search matched more cases than this: only this many newest are searched. */
  capped: number | null;
  offset: number;
  items: CaseRow[];
}

export interface PlaceCount {
  country: string;
  region: string | null;
  cases: number;
}

export interface FilterChoices {
  status: string[];
  act_groups: { group: string; codes: string[] }[];
  agency: string[];
  consent: string[];
  places: PlaceCount[];
}

export const casesQuery = (query: CaseQuery): Promise<CasePage> => call('cases_query', { query });
export const caseFilterChoices = (): Promise<FilterChoices> => call('case_filter_choices');
