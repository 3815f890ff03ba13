// Dates, numbers and money for the chosen language with the Intl API. API days are calendar days
// (YYYY-MM-DD) and are formatted in UTC so that no time zone moves them.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeWindow } from './types.ts';

export interface Formatter {
  day(iso: string | null | undefined): string;
  dayShort(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  number(n: number | null | undefined): string;
  percent(n: number | null | undefined): string;
  money(minor: number | null | undefined, currency: string): string;
  window(w: TimeWindow | null | undefined, edtf?: string | null): string;
}

const cache = new Map<string, Formatter>();

function asDate(iso: string): Date {
  return new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}

export function formatterFor(lang: string): Formatter {
  const hit = cache.get(lang);
  if (hit) return hit;
  const locale = lang === 'ru' ? 'ru-RU' : 'en-GB';
  const dayF = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortF = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthF = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const dtF = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const numF = new Intl.NumberFormat(locale);
  const pctF = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const moneyF = new Map<string, Intl.NumberFormat>();
  const f: Formatter = {
    day: (iso) => (iso ? dayF.format(asDate(iso)) : '—'),
    dayShort: (iso) => (iso ? shortF.format(asDate(iso)) : '—'),
    dateTime: (iso) => (iso ? dtF.format(asDate(iso)) : '—'),
    number: (n) => (n === null || n === undefined ? '—' : numF.format(n)),
    percent: (n) => (n === null || n === undefined ? '—' : `${pctF.format(n)} %`),
    money: (minor, currency) => {
      if (minor === null || minor === undefined) return '—';
      let m = moneyF.get(currency);
      if (!m) {
        m = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
        moneyF.set(currency, m);
      }
      return m.format(minor / 100);
    },
    // Windows as the API gives them: the original wording when there is one, else the days, plus EDTF.
    window: (w, edtf) => {
      if (!w) return '—';
      let days: string;
      if (w.earliest && w.latest && w.earliest === w.latest) days = dayF.format(asDate(w.earliest));
      else if (w.precision === 'month' && w.earliest) days = monthF.format(asDate(w.earliest));
      else if (w.precision === 'year' && w.earliest) days = w.earliest.slice(0, 4);
      else if (!w.earliest && w.latest) days = `… ${dayF.format(asDate(w.latest))}`;
      else days = `${w.earliest ? shortF.format(asDate(w.earliest)) : '…'} – ${w.latest ? shortF.format(asDate(w.latest)) : '…'}`;
      if (w.tentative) days += '?';
      const text = w.text ?? days;
      return edtf ? `${text} (${edtf})` : text;
    },
  };
  cache.set(lang, f);
  return f;
}

export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  return useMemo(() => formatterFor(i18n.language), [i18n.language]);
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
