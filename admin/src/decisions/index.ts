import { ListGuesser, ShowGuesser, type ResourceProps } from 'react-admin';

/** Placeholder until the Decision pages are written: react-admin's guessers. */
export const decisions = {
  list: ListGuesser,
  show: ShowGuesser,
} satisfies Omit<ResourceProps, 'name'>;
