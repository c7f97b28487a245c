import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { AREAS, type Messages } from './areas.ts';
import { raDutchMessages } from './raDutch.ts';
import { mergeMessages } from './translation.ts';

// The package is CommonJS compiled from ESM: Node hands over the exports object, a bundler its default.
const raEnglishMessages = ((englishMessages as unknown as { default?: TranslationMessages }).default ?? englishMessages) as TranslationMessages;

/** Where Regie's words differ from react-admin's own. */
const WORDING = {
  en: { ra: { auth: { logout: 'Sign out', auth_check_error: 'Please sign in to continue' } } },
  nl: { ra: { auth: { logout: 'Afmelden', auth_check_error: 'Meld u aan om verder te gaan' } } },
};

export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** react-admin's words, then every area's (AREAS), then WORDING: per language, everything the admin says. */
export const MESSAGES: Record<Language, Messages> = {
  en: mergeMessages(raEnglishMessages as unknown as Messages, ...AREAS.map(area => area.en), WORDING.en),
  nl: mergeMessages(raDutchMessages as unknown as Messages, ...AREAS.map(area => area.nl), WORDING.nl),
};
