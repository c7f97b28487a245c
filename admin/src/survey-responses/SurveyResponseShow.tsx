import { DateField, DeleteButton, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useNotify, useRedirect } from 'react-admin';
import { Facts } from '../common/Facts';
import { ScoreField } from './ScoreField';

const ERASE_EXPLAINED =
  'The response and its comment are deleted for good, as a customer may ask. Every NPS summary and score that counted it follows. This cannot be undone.';

const ERASED = 'The survey response has been erased';

// Erasure is the regie team's alone (canAccess: 'responses:erase'); DeleteButton hides itself for everyone else.
const SurveyResponseActions = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  // Our own words: DeleteButton's successMessage is read as a translation key, "Element deleted" without one.
  const onSuccess = () => {
    notify(ERASED, { type: 'info', messageArgs: { _: ERASED } });
    redirect('list', 'SurveyResponse');
  };
  return (
    <TopToolbar>
      <DeleteButton
        label="Erase"
        mutationMode="pessimistic"
        confirmTitle="Erase this survey response?"
        confirmContent={ERASE_EXPLAINED}
        mutationOptions={{ onSuccess }}
      />
    </TopToolbar>
  );
};

/** One response: the score and what it rates, where it came from, and the comment. */
export const SurveyResponseShow = () => (
  <Show actions={<SurveyResponseActions />}>
    <Facts>
      <ScoreField source="score" label="Score" />
      <DateField source="respondedAt" label="Responded" showTime />
      <ReferenceField source="journeyId" reference="Journey" label="Journey" />
      <ReferenceField source="stageId" reference="JourneyStage" label="Stage" emptyText="Whole journey" />
      <ReferenceField source="channelId" reference="Channel" label="Channel" emptyText="—" />
      <ReferenceField source="segmentId" reference="Segment" label="Segment" emptyText="—" />
    </Facts>
    <SimpleShowLayout>
      <TextField source="comment" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="source" />
      <TextField source="externalId" label="External id" />
      <TextField source="respondentKey" label="Respondent key" emptyText="—" />
      <DateField source="createdAt" label="Recorded" showTime />
    </SimpleShowLayout>
  </Show>
);
