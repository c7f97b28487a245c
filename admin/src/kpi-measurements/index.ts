import { ListGuesser, ShowGuesser, type ResourceProps } from 'react-admin';

/** Placeholder until the KpiMeasurement pages are written: react-admin's guessers. */
export const kpiMeasurements = {
  list: ListGuesser,
  show: ShowGuesser,
} satisfies Omit<ResourceProps, 'name'>;
