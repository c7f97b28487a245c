import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { Create, SaveButton, SimpleForm, Toolbar, useNotify, useRedirect, useRefresh } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { ModelPreview } from './ModelPreview';
import { modelValues } from './preview';
import { ScoringModelInputs } from './ScoringModelInputs';
import type { ScoringModelRecord } from './types';
import { useActiveModel } from './useActiveModel';
import { useModelPreview } from './useModelPreview';

/** Save only once the preview of the values in the form is on screen: the moves are seen before they happen. */
const PreviewedSaveToolbar = ({ active }: { active: ScoringModelRecord }) => {
  const { preview, changed, current } = useModelPreview(active);
  const previewed = changed && current && preview.isSuccess && !preview.isPlaceholderData;
  return (
    <Toolbar>
      <SaveButton label={`Save as version ${active.version + 1}`} disabled={!previewed} />
      {changed && !previewed && (
        <Typography variant="body2" color="text.secondary" sx={{ ml: 2 }}>
          Saving waits for the preview of these values.
        </Typography>
      )}
    </Toolbar>
  );
};

/**
 * A new version of the scoring model (updateScoringModel, through the data provider's create):
 * starts from the active one, shows how the ranks would move, and becomes active when saved.
 */
export const ScoringModelCreate = () => {
  const onError = useSaveErrorHandler();
  const notify = useNotify();
  const redirect = useRedirect();
  const refresh = useRefresh();
  const { active, isPending, error } = useActiveModel();
  if (isPending) return <LinearProgress sx={{ mt: 2 }} />;
  if (!active) return <Alert severity="error">{error instanceof Error ? error.message : 'The active scoring model could not be loaded.'}</Alert>;
  const onSuccess = (model: ScoringModelRecord) => {
    const message = `Scoring model version ${model.version} is active: every score follows it`;
    notify(message, { type: 'success', messageArgs: { _: message } });
    // Every score changed: the versions' `active`, the roadmap, the plan and the rest are read afresh.
    refresh();
    redirect('list', 'ScoringModel');
  };
  return (
    <Create title="New version of the scoring model" mutationOptions={{ onError, onSuccess }}>
      <SimpleForm defaultValues={{ ...modelValues(active), reason: '' }} toolbar={<PreviewedSaveToolbar active={active} />}>
        <Box sx={{ mb: 2 }}>
          <Typography variant="body2">
            Version {active.version + 1} starts from the active version {active.version}. Once saved it is active at once: every score, the roadmap and the plan follow it, and the
            earlier versions stay to explain the scores of the past.
          </Typography>
        </Box>
        <ScoringModelInputs />
        <ModelPreview active={active} />
      </SimpleForm>
    </Create>
  );
};
