import { useMemo } from 'react';
import { AutocompleteInput, useGetList, type AutocompleteInputProps, type RaRecord } from 'react-admin';

export interface StageChoice {
  id: string;
  name: string;
  position: number;
  journeyId: string;
  journey: { id: string; name: string };
}

// Every stage of every journey, in one request: a few dozen in an organisation, and the picker
// groups them by journey, which needs all of them at hand.
const STAGE_FIELDS = ['id', 'name', 'position', 'journeyId', { journey: ['id', 'name'] }];

const byJourneyThenPosition = (a: StageChoice, b: StageChoice) => a.journey.name.localeCompare(b.journey.name) || a.position - b.position;

/** The journey stages, grouped by journey and in journey order, for a stage picker. */
export function useStageChoices(): { stages: StageChoice[]; isPending: boolean } {
  const { data, isPending } = useGetList<StageChoice>('JourneyStage', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'position', order: 'ASC' },
    meta: { sparseFields: STAGE_FIELDS },
  });
  const stages = useMemo(() => [...(data ?? [])].sort(byJourneyThenPosition), [data]);
  return { stages, isPending };
}

// AutocompleteInput types its options as any record; these are StageChoices.
const journeyOf = (stage: RaRecord) => (stage as StageChoice).journey.name;
const stageInJourney = (stage: RaRecord) => `${(stage as StageChoice).journey.name} › ${(stage as StageChoice).name}`;

/**
 * Picks a journey stage: the list is grouped under each journey's name, the chosen stage reads
 * "Journey › Stage". A form input (the impact editor) or a list filter alike.
 */
export const StageInput = (props: Omit<AutocompleteInputProps, 'choices'>) => {
  const { stages, isPending } = useStageChoices();
  return (
    <AutocompleteInput
      label="regie.initiatives.inputs.stage"
      {...props}
      choices={stages}
      isPending={isPending}
      optionText="name"
      inputText={stageInJourney}
      groupBy={journeyOf}
    />
  );
};
