import { ListGuesser, ShowGuesser, type ResourceProps } from 'react-admin';

/** Placeholder until the Segment pages are written: react-admin's guessers. */
export const segments = {
  list: ListGuesser,
  show: ShowGuesser,
} satisfies Omit<ResourceProps, 'name'>;
