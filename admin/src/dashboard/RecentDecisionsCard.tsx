import { Box, Stack, Typography } from '@mui/material';
import { RecordContextProvider, SelectField, useGetList, useTranslate, type RaRecord } from 'react-admin';
import { ActorField } from '../common/ActorField';
import { QuerySection } from '../common/QuerySection';
import { useFormat } from '../common/useFormat';
import { ACTION_CHOICES } from '../decisions/choices';
import { DecisionChange } from '../decisions/DecisionChange';
import { InitiativeLink } from '../decisions/InitiativeLink';
import { CardLink } from './CardLink';

const SHOWN = 8;

interface DecisionRecord extends RaRecord {
  action: string;
  actorName: string;
  at: string;
  reason?: string | null;
}

/** The governance log's latest entries: when, who (by name), what, on which initiative, and why. */
export const RecentDecisionsCard = () => {
  const translate = useTranslate();
  const format = useFormat();
  const decisions = useGetList<DecisionRecord>('Decision', { sort: { field: 'at', order: 'DESC' }, pagination: { page: 1, perPage: SHOWN } });
  return (
    <QuerySection
      title={translate('regie.dashboard.decisions.title')}
      actions={<CardLink to="/Decision" label={translate('regie.dashboard.decisions.link')} />}
      query={decisions}
      empty={translate('regie.dashboard.decisions.empty')}
      loadingHeight={260}
      testId="dashboard-decisions"
    >
      {rows => (
        <Stack component="ul" sx={{ listStyle: 'none', p: 0, m: 0, '& > li + li': { borderTop: 1, borderColor: 'divider' } }}>
          {rows.map(decision => (
            <RecordContextProvider key={decision.id} value={decision}>
              <Box component="li" sx={{ py: 1, display: 'grid', gap: 0.25 }} data-testid="dashboard-decision">
                <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    <SelectField source="action" choices={ACTION_CHOICES} variant="body2" sx={{ fontWeight: 600 }} />
                  </Typography>
                  <DecisionChange />
                  <Typography variant="body2" component="span">
                    <InitiativeLink />
                  </Typography>
                </Stack>
                <Typography variant="caption" color="text.secondary" data-testid="dashboard-decision-who">
                  <ActorField /> · {format.dateTime(decision.at)}
                  {decision.reason ? ` · “${decision.reason}”` : ''}
                </Typography>
              </Box>
            </RecordContextProvider>
          ))}
        </Stack>
      )}
    </QuerySection>
  );
};
