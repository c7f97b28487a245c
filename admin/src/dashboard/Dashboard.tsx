import { Alert, Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';
import { readSession } from '../session';
import { CapacityCard } from './CapacityCard';
import { DepartmentInitiativesCard } from './DepartmentInitiativesCard';
import { JourneyNpsCard } from './JourneyNpsCard';
import { KpiCard } from './KpiCard';
import { RecentDecisionsCard } from './RecentDecisionsCard';
import { ReviewQueueCard } from './ReviewQueueCard';
import { RoadmapTopCard } from './RoadmapTopCard';
import { SiloCard } from './SiloCard';

/** Cards side by side from a laptop's width on, one under the other on a phone. */
const Columns = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}>{children}</Box>
);

/** The regie team's morning: where customers suffer, what is next, what waits for them, what was decided. */
const RegieDashboard = () => (
  <Stack spacing={2}>
    <Columns>
      <JourneyNpsCard />
      <RoadmapTopCard />
    </Columns>
    <Columns>
      <Stack spacing={2}>
        <SiloCard />
        <ReviewQueueCard />
      </Stack>
      <RecentDecisionsCard />
    </Columns>
  </Stack>
);

/** A lead's own work first: their initiatives, their KPIs, their capacity this quarter. */
const LeadDashboard = ({ department }: { department: NonNullable<ReturnType<typeof readSession>>['person']['department'] }) => {
  const translate = useTranslate();
  if (!department) return <Alert severity="info">{translate('regie.dashboard.no_department')}</Alert>;
  return (
    <Stack spacing={2}>
      <CapacityCard department={department} />
      <Columns>
        <DepartmentInitiativesCard department={department} />
        <KpiCard department={department} />
      </Columns>
    </Stack>
  );
};

/** Readers: how the journeys score, and what is next. */
const ViewerDashboard = () => (
  <Columns>
    <JourneyNpsCard />
    <RoadmapTopCard />
  </Columns>
);

/** The home page (react-admin's dashboard), per role (DESIGN: who uses Regie for what). */
export const Dashboard = () => {
  const translate = useTranslate();
  const person = readSession()?.person;
  if (!person) return null;
  const role = person.role;
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }} data-testid="dashboard" data-role={role}>
      <Title title={translate('regie.dashboard.title')} />
      <Box>
        <Typography variant="h5" component="h1">
          {translate('regie.dashboard.greeting', { name: person.name })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(`regie.dashboard.intro.${role}`, { department: person.department?.name ?? '' })}
        </Typography>
      </Box>
      {role === 'REGIE' ? <RegieDashboard /> : role === 'DEPARTMENT_LEAD' ? <LeadDashboard department={person.department} /> : <ViewerDashboard />}
    </Stack>
  );
};
