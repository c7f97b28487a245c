import { ListGuesser, ShowGuesser, type ResourceProps } from 'react-admin';

/** Placeholder until the Journey pages are written: react-admin's guessers. */
export const journeys = {
  list: ListGuesser,
  show: ShowGuesser,
} satisfies Omit<ResourceProps, 'name'>;
