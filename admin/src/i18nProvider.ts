import { defaultI18nProvider, type I18nProvider } from 'react-admin';

/** Where Regie's words differ from react-admin's English ones. */
const WORDING: Record<string, string> = {
  'ra.auth.logout': 'Sign out',
  'ra.auth.auth_check_error': 'Please sign in to continue',
};

export const i18nProvider: I18nProvider = {
  ...defaultI18nProvider,
  translate: (key, options) => WORDING[key] ?? defaultI18nProvider.translate(key, options),
};
