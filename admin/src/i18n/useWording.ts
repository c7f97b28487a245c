import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../common/format.ts';
import type { Wording } from './translation.ts';

/** The reader's language for the plain functions that put words and numbers together. */
export function useWording(): Wording {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return useMemo(() => ({ translate, locale }), [translate, locale]);
}

/** The Intl locale of the reader's language (en-GB, nl-NL), for DateField, NumberField and Intl. */
export function useIntlLocale(): string {
  const [locale] = useLocaleState();
  return intlLocale(locale);
}
