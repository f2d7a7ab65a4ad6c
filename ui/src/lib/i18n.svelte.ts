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

export const available: string[] = [...bundles.keys()].sort();

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
