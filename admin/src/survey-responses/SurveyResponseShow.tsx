import { DeleteButton, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useNotify, useRedirect, useTranslate } from 'react-admin';
import { DateField } from '../i18n/fields';
import { Facts } from '../common/Facts';
import { ScoreField } from './ScoreField';

// Erasure is the regie team's alone (canAccess: 'responses:erase'); DeleteButton hides itself for everyone else.
const SurveyResponseActions = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  // Our own words rather than react-admin's "Element deleted".
  const onSuccess = () => {
    notify('regie.survey_responses.erased', { type: 'info' });
    redirect('list', 'SurveyResponse');
  };
  return (
    <TopToolbar>
      <DeleteButton
        label="regie.survey_responses.erase"
        mutationMode="pessimistic"
        confirmTitle={translate('regie.survey_responses.erase_title')}
        confirmContent={translate('regie.survey_responses.erase_explained')}
        mutationOptions={{ onSuccess }}
      />
    </TopToolbar>
  );
};

/** One response: the score and what it rates, where it came from, and the comment. */
export const SurveyResponseShow = () => (
  <Show actions={<SurveyResponseActions />}>
    <Facts>
      <ScoreField source="score" label="resources.SurveyResponse.fields.score" />
      <DateField source="respondedAt" showTime />
      <ReferenceField source="journeyId" reference="Journey" />
      <ReferenceField source="stageId" reference="JourneyStage" emptyText="regie.survey_responses.whole_journey" />
      <ReferenceField source="channelId" reference="Channel" emptyText="—" />
      <ReferenceField source="segmentId" reference="Segment" emptyText="—" />
    </Facts>
    <SimpleShowLayout>
      <TextField source="comment" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="source" />
      <TextField source="externalId" />
      <TextField source="respondentKey" emptyText="—" />
      <DateField source="createdAt" showTime />
    </SimpleShowLayout>
  </Show>
);
