import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { formatters, type Formatters } from './format';

/** The formatters of the language the reader chose (see format.ts); new ones when it changes. */
export function useFormat(): Formatters {
  const [locale] = useLocaleState();
  return useMemo(() => formatters(locale), [locale]);
}
