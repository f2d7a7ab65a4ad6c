// Shared helpers of the intake wizard and the case view: vocabularies, the gazetteer,
// cleaning a record before it is sent, field errors and the "save before lock" hook.
import { getContext, setContext } from 'svelte';
import { caseDue, vocabLists, type CaseRecord, type DueItem, type FieldError, type Json, type VocabLists } from '../backend';
import { t, has, language } from './i18n.svelte';

// ---------------------------------------------------------------- vocabularies

const vocab = $state<{ lists: VocabLists | null }>({ lists: null });

/** Loads the vocabularies once per program run (they are not case data). */
export async function loadVocab(): Promise<void> {
  if (!vocab.lists) vocab.lists = await vocabLists();
}

export function codes(list: string): string[] {
  return vocab.lists?.lists[list] ?? [];
}

export function actGroups(): [string, string[]][] {
  return vocab.lists?.act_groups ?? [];
}

/** A code in words; the code itself when the list does not know it. */
export function vocabLabel(list: string, code: string | null | undefined): string {
  if (!code) return '';
  const id = vocab.lists?.message_ids[list]?.[code];
  return id ? t(id) : code;
}

/** `incidents[0].acts[2].act_type` → `act-type`: the list a record field holds. */
export function listOfPath(path: string): string | undefined {
  return vocab.lists?.fields[path.replace(/\[[^\]]*\]/g, '')];
}

// ---------------------------------------------------------------- gazetteer

/** Names by language, only where iso-codes translates the place. */
type Place = { code: string; en: string } & Partial<Record<string, string>>;
interface Gazetteer {
  eeca: string[];
  /** The language to read where a name is missing (Russian for Cyrillic scripts). */
  fallback: Record<string, string>;
  countries: Place[];
  regions: Record<string, Place[]>;
}

// Raw, not deep state: a proxy over thousands of places made every lookup slow
// (the case list looks places up for 50 rows at a time).
let gazData = $state.raw<Gazetteer | null>(null);

/** assets/gazetteer/gazetteer.json (built by scripts/gazetteer.py), in its own chunk. */
export async function loadGazetteer(): Promise<void> {
  if (gazData) return;
  const mod = await import('../../../assets/gazetteer/gazetteer.json');
  gazData = mod.default as Gazetteer;
}

function nameOf(p: Place): string {
  const lang = language();
  const fallback = gazData?.fallback[lang];
  return p[lang] || (fallback && p[fallback]) || p.en;
}

export interface PlaceOption {
  code: string;
  name: string;
  eeca: boolean;
}

/** EECA countries first, each group sorted in the reader's language. */
export function countries(): PlaceOption[] {
  const g = gazData;
  if (!g) return [];
  const eeca = new Set(g.eeca);
  const lang = language();
  const opts = g.countries.map((c) => ({ code: c.code, name: nameOf(c), eeca: eeca.has(c.code) }));
  const by = (a: PlaceOption, b: PlaceOption) => a.name.localeCompare(b.name, lang);
  return [...opts.filter((o) => o.eeca).sort(by), ...opts.filter((o) => !o.eeca).sort(by)];
}

export function regions(country: string | null | undefined): PlaceOption[] {
  const g = gazData;
  if (!g || !country) return [];
  const lang = language();
  return (g.regions[country] ?? [])
    .map((r) => ({ code: r.code, name: nameOf(r), eeca: false }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  const c = gazData?.countries.find((x) => x.code === code);
  return c ? nameOf(c) : code;
}

export function regionName(code: string | null | undefined): string {
  if (!code) return '';
  const r = gazData?.regions[code.split('-')[0]]?.find((x) => x.code === code);
  return r ? nameOf(r) : code;
}

// ---------------------------------------------------------------- records

/**
 * What is sent to Rust: empty strings, nulls and empty objects dropped (the record
 * says "not recorded" by leaving a key out), list entries kept as they are.
 */
export function clean(v: Json): Json {
  if (Array.isArray(v)) return v.map((x) => (x && typeof x === 'object' ? clean(x) : x));
  if (v && typeof v === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === null || x === undefined || x === '') continue;
      if (typeof x === 'number' && Number.isNaN(x)) continue;
      const c = typeof x === 'object' ? clean(x) : x;
      if (c && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0) continue;
      if (Array.isArray(c) && c.length === 0) continue;
      out[k] = c;
    }
    return out;
  }
  return v;
}

/** A deep copy without Svelte proxies. */
export function plain<T>(v: T): T {
  return JSON.parse(JSON.stringify(v ?? null));
}

/** The parts every form edits exist, so fields can bind to them. */
export function ensureShape(r: CaseRecord): CaseRecord {
  r.survivor ??= { pseudonym: '' };
  r.survivor.identity ??= {};
  r.survivor.substances ??= [];
  r.intake ??= {};
  r.perpetrators ??= [];
  r.incidents ??= [];
  for (const i of r.incidents) {
    i.acts ??= [];
    i.witnesses ??= [];
    i.detention ??= {};
  }
  r.evidence ??= {};
  r.evidence.attachments ??= [];
  r.evidence.medical_documentation ??= [];
  for (const m of r.evidence.medical_documentation) m.body_marks ??= [];
  r.responses ??= {};
  r.responses.services ??= [];
  r.responses.referrals ??= [];
  r.responses.complaints ??= [];
  r.responses.follow_ups ??= [];
  r.consents ??= [];
  r.tags ??= [];
  return r;
}

/** The next free short reference (`p3`, `i2`). */
export function nextRef(prefix: string, items: { ref?: string }[]): string {
  let n = items.length + 1;
  while (items.some((x) => x.ref === `${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * A record's follow-ups and complaint deadlines with their state, asked of the backend
 * again whenever the record changes: what is done, overdue or due today is decided
 * there (`casebook_core::due`), by the rule the list's overdue filter uses, never by
 * comparing dates here. Call while a component is set up.
 */
export function dueItemsOf(get: () => CaseRecord | null | undefined): { readonly items: DueItem[] } {
  let items = $state<DueItem[]>([]);
  let asked = 0;
  $effect(() => {
    const r = get();
    const n = ++asked;
    if (!r) {
      items = [];
      return;
    }
    caseDue($state.snapshot(r) as CaseRecord)
      .then((d) => {
        if (n === asked) items = d;
      })
      .catch(() => {
        // Marking what is due is a courtesy; the record itself is unaffected.
      });
  });
  return {
    get items() {
      return items;
    },
  };
}

/** The state of one follow-up or complaint deadline (by its index) among `items`. */
export function dueState(items: DueItem[], kind: DueItem['kind'], index: number): DueItem['state'] | undefined {
  return items.find((d) => d.kind === kind && d.index === index)?.state;
}

// ---------------------------------------------------------------- field errors

const PROBLEMS = Symbol('problems');

export interface Problems {
  list: FieldError[];
}

export function provideProblems(p: Problems): void {
  setContext(PROBLEMS, p);
}

export function problemsAt(path: string): FieldError[] {
  const p = getContext<Problems | undefined>(PROBLEMS);
  return p ? p.list.filter((e) => e.path === path) : [];
}

export function useProblems(): Problems | undefined {
  return getContext<Problems | undefined>(PROBLEMS);
}

/** A validator message shown next to its field: the field's own label replaces the path. */
export function problemText(e: FieldError, label: string): string {
  return t(e.message_id, { ...e.args, field: label });
}

/** A DOM id for a field path (`incidents[0].date` → `f-incidents-0-date`). */
export function fieldId(path: string): string {
  return 'f-' + path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '');
}

// ---------------------------------------------------------------- save before lock

const flushers = new Set<() => Promise<void>>();

/** A form with unsaved typing registers how to save it now. */
export function registerFlush(f: () => Promise<void>): () => void {
  flushers.add(f);
  return () => flushers.delete(f);
}

/**
 * For `onMount` of a form with unsaved typing: saves it before the vault locks, when
 * the window is hidden or closing (a closing window still gets the last keystrokes
 * into the vault when it can) and when the form goes away.
 */
export function keepUnsaved(save: () => Promise<void>): () => void {
  const unregister = registerFlush(save);
  const hide = () => {
    if (document.visibilityState === 'hidden') void save();
  };
  document.addEventListener('visibilitychange', hide);
  window.addEventListener('pagehide', hide);
  return () => {
    unregister();
    document.removeEventListener('visibilitychange', hide);
    window.removeEventListener('pagehide', hide);
    void save();
  };
}

/** Called before the vault locks: every pending draft save happens first. */
export async function flushPending(): Promise<void> {
  await Promise.allSettled([...flushers].map((f) => f()));
}

export function formatBytes(n: number | null | undefined): string {
  if (n === undefined || n === null) return '';
  if (n < 1024) return t('cw-bytes', { n });
  if (n < 1024 * 1024) return t('cw-kib', { n: (n / 1024).toFixed(1) });
  return t('cw-mib', { n: (n / 1024 / 1024).toFixed(1) });
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(language(), { dateStyle: 'medium', timeStyle: 'short' });
}

// ---------------------------------------------------------------- field names


/** `incidents[0].acts[1].act_type` → "Incidents 1 › What was done 2 › Type of act". */
export function fieldLabel(path: string): string {
  const parts: string[] = [];
  for (const m of path.matchAll(/([A-Za-z_]+)|\[(\d+)\]|\[([^\]]*)\]/g)) {
    if (m[1] !== undefined) {
      // Words for the record's keys: locales/*/fields.ftl.
      const id = `field-${m[1]}`;
      parts.push(has(id) ? t(id) : m[1]);
    } else if (m[2] !== undefined && parts.length) {
      parts[parts.length - 1] += ` ${Number(m[2]) + 1}`;
    } else if (m[3] !== undefined && parts.length) {
      parts[parts.length - 1] += ` ${m[3].replace(/^ref=/, '')}`;
    }
  }
  return parts.join(' › ') || path;
}

/** A value of the history's diff in words: codes by their names, yes/no, places. */
export function valueText(path: string, v: Json): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? t('cw-yes') : t('cw-no');
  const key = /([A-Za-z_]+)(?:\[\d+\])?$/.exec(path)?.[1] ?? '';
  // A list's element (`survivor.substances[1]`) holds the list's codes too.
  const list = listOfPath(path);
  const word = (x: Json) => {
    if (typeof x !== 'string') return JSON.stringify(x);
    if (key === 'country' || key === 'citizenship') return countryName(x);
    if (key === 'region') return regionName(x);
    return list ? vocabLabel(list, x) : x;
  };
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object')) return v.map(word).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return word(v);
}
