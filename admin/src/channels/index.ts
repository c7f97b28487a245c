import { ListGuesser, ShowGuesser, type ResourceProps } from 'react-admin';

/** Placeholder until the Channel pages are written: react-admin's guessers. */
export const channels = {
  list: ListGuesser,
  show: ShowGuesser,
} satisfies Omit<ResourceProps, 'name'>;
