import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { Create, SaveButton, SimpleForm, Toolbar, useNotify, useRedirect, useRefresh, useTranslate } from 'react-admin';
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
  const translate = useTranslate();
  const previewed = changed && current && preview.isSuccess && !preview.isPlaceholderData;
  return (
    <Toolbar>
      <SaveButton label={translate('regie.scoring.create.save_as', { version: active.version + 1 })} disabled={!previewed} />
      {changed && !previewed && (
        <Typography variant="body2" color="text.secondary" sx={{ ml: 2 }}>
          {translate('regie.scoring.create.waits')}
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
  const translate = useTranslate();
  const { active, isPending, error } = useActiveModel();
  if (isPending) return <LinearProgress sx={{ mt: 2 }} />;
  if (!active) return <Alert severity="error">{error instanceof Error ? error.message : translate('regie.scoring.create.not_loaded')}</Alert>;
  const onSuccess = (model: ScoringModelRecord) => {
    const message = translate('regie.scoring.create.active_now', { version: model.version });
    notify(message, { type: 'success', messageArgs: { _: message } });
    // Every score changed: the versions' `active`, the roadmap, the plan and the rest are read afresh.
    refresh();
    redirect('list', 'ScoringModel');
  };
  return (
    <Create title="regie.scoring.create.title" mutationOptions={{ onError, onSuccess }}>
      <SimpleForm defaultValues={{ ...modelValues(active), reason: '' }} toolbar={<PreviewedSaveToolbar active={active} />}>
        <Box sx={{ mb: 2 }}>
          <Typography variant="body2">
            {translate('regie.scoring.create.intro', { next: active.version + 1, version: active.version })}
          </Typography>
        </Box>
        <ScoringModelInputs />
        <ModelPreview active={active} />
      </SimpleForm>
    </Create>
  );
};
