import { ListGuesser, ShowGuesser, type ResourceProps } from 'react-admin';

/** Placeholder until the Initiative pages are written: react-admin's guessers. */
export const initiatives = {
  list: ListGuesser,
  show: ShowGuesser,
} satisfies Omit<ResourceProps, 'name'>;
