import { Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import { quarterOf } from '../common/periods';
import { QuerySection } from '../common/QuerySection';
import type { RegieDataProvider } from '../dataProvider';
import { CapacityBar } from '../plan/CapacityBar';
import { PLAN_PATH } from '../plan/paths';
import type { SessionPerson } from '../session';
import { CardLink } from './CardLink';

/** A lead's department's part of this quarter's plan: planned effort against capacity, what fits and what is deferred. */
export const CapacityCard = ({ department }: { department: NonNullable<SessionPerson['department']> }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegieDataProvider>();
  const quarter = quarterOf();
  // The quarter plan page's own query: opening it from here shows the plan at once.
  const plan = useQuery({ queryKey: ['planQuarter', quarter], queryFn: () => dataProvider.planQuarter(quarter) });
  const mine = plan.data?.find(part => String(part.department.id) === String(department.id));
  const query = { ...plan, data: plan.data ? (mine ? [mine] : []) : undefined };
  return (
    <QuerySection
      title={translate('regie.dashboard.capacity.title', { quarter })}
      subtitle={translate('regie.dashboard.capacity.subtitle')}
      actions={<CardLink to={`${PLAN_PATH}?quarter=${quarter}`} label={translate('regie.dashboard.capacity.link')} />}
      query={query}
      empty={translate('regie.dashboard.capacity.none')}
      loadingHeight={90}
      testId="dashboard-capacity"
    >
      {([part]) => (
        <Stack spacing={1}>
          <CapacityBar capacity={part.capacity} planned={part.plannedEffort} quarter={quarter} />
          <Typography variant="body2" color="text.secondary" data-testid="dashboard-capacity-counts">
            {translate('regie.dashboard.capacity.planned', { smart_count: part.planned.length })}
            {part.deferred.length > 0 && ` · ${translate('regie.dashboard.capacity.deferred', { smart_count: part.deferred.length })}`}
          </Typography>
        </Stack>
      )}
    </QuerySection>
  );
};
