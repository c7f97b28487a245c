import type { RaRecord } from 'react-admin';

/** After saving a stage, its journey's page: that is where the stage shows in its place. */
export const toJourneyPage = (_resource?: string, _id?: RaRecord['id'], data?: Partial<RaRecord>) =>
  data?.journeyId ? `/Journey/${data.journeyId}/show` : '/JourneyStage';
