// Numbers, percentages and dates in the reader's language (react-admin's locale, 'en' or 'nl'):
// "1,234.5" and "2 Dec 2026" in English, "1.234,5" and "2 dec 2026" in Dutch. Negative numbers
// with a real minus sign, as the NPS pages write them. Pure, so the unit tests run it as is.

const MINUS = '\u2212';

/** The Intl locale of an admin locale: British English (day before month), Dutch of the Netherlands. */
export const intlLocale = (locale: string): string => (locale === 'nl' ? 'nl-NL' : 'en-GB');

export interface Formatters {
  /** The Intl locale, for toLocaleString and the like. */
  tag: string;
  /** Up to `digits` decimals (fixed when `fixed`), "—" for no number. */
  number(value: number | null | undefined, digits?: number, fixed?: boolean): string;
  /** An NPS or a gap: one decimal, always shown ("23.4", "−12.0"). */
  nps(value: number | null | undefined): string;
  /** The 95 % margin of error: "±5.1"; empty without one. */
  margin(value: number | null | undefined): string;
  /** A fraction as a percentage: 0.853 → "85 %" (nl: "85%"). */
  percent(fraction: number | null | undefined, digits?: number): string;
  /** A calendar day or an instant as a date: "2 Dec 2026". */
  date(value: string | Date | null | undefined): string;
  /** An instant with its time: "2 Dec 2026, 14:05". */
  dateTime(value: string | Date | null | undefined): string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day ("2026-12-02") as that day here, an instant as it is. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  const day = DAY.exec(value);
  return day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
}

export function formatters(locale: string): Formatters {
  const tag = intlLocale(locale);
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const numberFormat = (digits: number, fixed: boolean) => {
    const key = `${digits}:${fixed}`;
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 });
      numberFormats.set(key, format);
    }
    return format;
  };
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
  const dateTimes = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const number = (value: number | null | undefined, digits = 2, fixed = false) => {
    if (value === null || value === undefined || !Number.isFinite(value)) return '—';
    // Rounded first, so that −0.04 reads 0.0 rather than −0.0.
    const rounded = Math.round(value * 10 ** digits) / 10 ** digits || 0;
    return numberFormat(digits, fixed).format(rounded).replace('-', MINUS);
  };
  const valid = (date: Date) => !Number.isNaN(date.getTime());
  return {
    tag,
    number,
    nps: value => number(value, 1, true),
    margin: value => (value === null || value === undefined || !Number.isFinite(value) ? '' : `±${number(value, 1, true)}`),
    percent: (fraction, digits = 0) =>
      fraction === null || fraction === undefined || !Number.isFinite(fraction)
        ? '—'
        : new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: digits }).format(fraction),
    date: value => {
      const date = value ? toDate(value) : undefined;
      return date && valid(date) ? dates.format(date) : '—';
    },
    dateTime: value => {
      const date = value ? toDate(value) : undefined;
      return date && valid(date) ? dateTimes.format(date) : '—';
    },
  };
}
