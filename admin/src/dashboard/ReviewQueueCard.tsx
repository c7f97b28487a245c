import { Box, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCreatePath, useGetList, useTranslate } from 'react-admin';
import { QuerySection } from '../common/QuerySection';
import { useFormat } from '../common/useFormat';
import type { InitiativeRecord } from '../initiatives/record';
import { CardLink } from './CardLink';

const SHOWN = 6;

/** The initiative list filtered to what waits for the regie team's review. */
export const UNDER_REVIEW_PATH = `/Initiative?filter=${encodeURIComponent(JSON.stringify({ status: 'UNDER_REVIEW' }))}`;

/** Initiatives under review, the longest waiting first. */
export const ReviewQueueCard = () => {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const waiting = useGetList<InitiativeRecord>('Initiative', {
    filter: { status: 'UNDER_REVIEW' },
    sort: { field: 'updatedAt', order: 'ASC' },
    pagination: { page: 1, perPage: SHOWN },
  });
  return (
    <QuerySection
      title={translate('regie.dashboard.review.title')}
      subtitle={
        waiting.total !== undefined && (
          <Typography variant="body2" color="text.secondary" data-testid="dashboard-review-count">
            {translate('regie.dashboard.review.subtitle', { smart_count: waiting.total })}
          </Typography>
        )
      }
      actions={<CardLink to={UNDER_REVIEW_PATH} label={translate('regie.dashboard.review.link')} testId="dashboard-review-link" />}
      query={waiting}
      empty={translate('regie.dashboard.review.empty')}
      loadingHeight={180}
      testId="dashboard-review"
    >
      {initiatives => (
        <Stack component="ul" sx={{ listStyle: 'none', p: 0, m: 0, '& > li + li': { borderTop: 1, borderColor: 'divider' } }}>
          {initiatives.map(initiative => (
            <Box component="li" key={initiative.id} sx={{ py: 0.75 }} data-testid="dashboard-review-row">
              <Typography variant="body2" component={Link} to={createPath({ resource: 'Initiative', id: initiative.id, type: 'show' })} sx={{ fontWeight: 500 }}>
                {initiative.title}
              </Typography>
              <Typography variant="caption" component="div" color="text.secondary">
                {initiative.department.name} · {translate('regie.dashboard.review.since', { date: format.date(initiative.updatedAt as string) })}
              </Typography>
            </Box>
          ))}
        </Stack>
      )}
    </QuerySection>
  );
};
