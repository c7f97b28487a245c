import { ListGuesser, ShowGuesser, type ResourceProps } from 'react-admin';

/** Placeholder until the JourneyStage pages are written: react-admin's guessers. */
export const journeyStages = {
  list: ListGuesser,
  show: ShowGuesser,
} satisfies Omit<ResourceProps, 'name'>;
