// Dates as a reader of the current language writes them, for every partial date the
// record can hold: a day, a month, a year, or a range of days ("2026-03-10/2026-03-12",
// casebook_core::PartialDate's text form). Unknown text is shown as it is.

const formats = new Map<string, { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat }>();

// Formatters are costly to make: one pair per language, not one per cell.
function formatsFor(lang: string) {
  let f = formats.get(lang);
  if (!f) {
    f = {
      day: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }),
      month: new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    };
    formats.set(lang, f);
  }
  return f;
}

function day(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}

export function formatPartialDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const f = formatsFor(lang);
  const exact = day(iso);
  if (exact) return f.day.format(exact);
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) return f.month.format(new Date(Date.UTC(+month[1], +month[2] - 1, 1)));
  const [from, to] = iso.split('/');
  const start = from ? day(from) : null;
  const end = to ? day(to) : null;
  if (start && end) return f.day.formatRange(start, end);
  return iso;
}
