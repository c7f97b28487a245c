import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { MESSAGES, type Language } from './i18n/messages';

const isLanguage = (locale: string): locale is Language => Object.hasOwn(MESSAGES, locale);

/**
 * English and Dutch (i18n/messages.ts). English unless the reader chose Dutch in the app bar:
 * react-admin keeps that choice in its store (local storage) and restores it on the next visit.
 * A missing key shows as its fallback (`_`) or as itself, without a console warning per render.
 */
export const i18nProvider = polyglotI18nProvider(
  locale => MESSAGES[isLanguage(locale) ? locale : 'en'] as unknown as TranslationMessages,
  'en',
  [
    { locale: 'en', name: 'English' },
    { locale: 'nl', name: 'Nederlands' },
  ],
  { allowMissing: true },
);
