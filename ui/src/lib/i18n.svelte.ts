// Fluent over the very same locales/<lang>/*.ftl files the Rust side embeds: Vite
// bundles them as raw strings at build time, so there is one source of truth.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { AppError } from '../backend';

const sources = import.meta.glob<string>('../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const FALLBACK = 'en';

function buildBundles(): Map<string, FluentBundle> {
  const bundles = new Map<string, FluentBundle>();
  const paths = Object.keys(sources).sort();
  for (const path of paths) {
    const m = /locales\/([^/]+)\/[^/]+\.ftl$/.exec(path);
    if (!m) continue;
    const lang = m[1];
    let bundle = bundles.get(lang);
    if (!bundle) {
      // No Unicode isolation marks: they would show up in copied text and tests.
      bundle = new FluentBundle(lang, { useIsolating: false });
      bundles.set(lang, bundle);
    }
    bundle.addResource(new FluentResource(sources[path]));
  }
  return bundles;
}

const bundles = buildBundles();

// The languages this build ships, in menu order, and those no native speaker has
// reviewed yet: both from Rust (casebook_i18n::SHIPPED, locales/STATUS.md) through
// app_info, so a folder of locales/ that is not shipped never reaches a menu.
const shipped = $state({ langs: [FALLBACK] as string[], review: [] as string[] });

/** Shipped languages with messages, in the order menus list them. */
export function available(): string[] {
  return shipped.langs;
}

export function awaitsReview(lang: string): boolean {
  return shipped.review.includes(lang);
}

export function setShipped(langs: readonly string[], review: readonly string[]): void {
  shipped.langs = langs.filter((l) => bundles.has(l));
  shipped.review = [...review];
}

const current = $state({ lang: FALLBACK });

export function language(): string {
  return current.lang;
}

export function setLanguage(lang: string): void {
  current.lang = bundles.has(lang) ? lang : FALLBACK;
  document.documentElement.lang = current.lang;
}

/** Digit-only strings become numbers so that plural rules apply (1 файл, 5 файлов). */
function fluentArgs(
  args: Record<string, string | number> | undefined,
): Record<string, FluentVariable> | undefined {
  if (!args) return undefined;
  const out: Record<string, FluentVariable> = {};
  for (const [k, v] of Object.entries(args)) {
    out[k] = typeof v === 'string' && /^[0-9]+$/.test(v) ? Number(v) : v;
  }
  return out;
}

function format(
  lang: string,
  id: string,
  args?: Record<string, string | number>,
): string | undefined {
  const bundle = bundles.get(lang);
  const msg = bundle?.getMessage(id);
  if (!bundle || !msg?.value) return undefined;
  return bundle.formatPattern(msg.value, fluentArgs(args), []);
}

/** The message in the current language, else English, else the id itself. */
export function t(id: string, args?: Record<string, string | number>): string {
  return format(current.lang, id, args) ?? format(FALLBACK, id, args) ?? id;
}

export function has(id: string): boolean {
  return bundles.get(current.lang)?.hasMessage(id) ?? false;
}

export function errorText(e: AppError): string {
  return t(e.message_id, e.args);
}
