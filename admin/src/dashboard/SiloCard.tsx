import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useDataProvider, useTranslate } from 'react-admin';
import { QuerySection } from '../common/QuerySection';
import type { RegieDataProvider } from '../dataProvider';
import { SILO_PATH } from '../silo/paths';
import { CardLink } from './CardLink';

/** A count in large figures with what it counts, linked to where the list is. */
const Count = ({ value, label, hint, testId }: { value: number; label: string; hint: string; testId: string }) => (
  <Box
    component={Link}
    to={SILO_PATH}
    data-testid={testId}
    sx={{
      display: 'block',
      p: 1.5,
      borderRadius: 1,
      border: 1,
      borderColor: value > 0 ? 'warning.main' : 'divider',
      color: 'inherit',
      textDecoration: 'none',
      '&:hover, &:focus-visible': { bgcolor: 'action.hover' },
    }}
  >
    <Typography variant="h4" component="span" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', color: value > 0 ? 'warning.dark' : 'text.primary' }} data-testid={`${testId}-count`}>
      {value}
    </Typography>{' '}
    <Typography variant="subtitle1" component="span" sx={{ fontWeight: 500 }}>
      {label}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {hint}
    </Typography>
  </Box>
);

/** How many overlaps between departments and uncovered moments there are: the silo page lists them. */
export const SiloCard = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegieDataProvider>();
  // The silo page's own query: opening it from here shows the lists at once.
  const report = useQuery({ queryKey: ['siloReport'], queryFn: () => dataProvider.siloReport() });
  const query = { ...report, data: report.data ? [report.data] : undefined };
  return (
    <QuerySection
      title={translate('regie.dashboard.silo.title')}
      actions={<CardLink to={SILO_PATH} label={translate('regie.dashboard.silo.link')} />}
      query={query}
      empty=""
      loadingHeight={120}
      testId="dashboard-silo"
    >
      {([data]) => (
        <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          <Count value={data.overlaps.length} label={translate('regie.dashboard.silo.overlaps')} hint={translate('regie.dashboard.silo.overlaps_hint')} testId="dashboard-overlaps" />
          <Count
            value={data.uncoveredMoments.length}
            label={translate('regie.dashboard.silo.uncovered')}
            hint={translate('regie.dashboard.silo.uncovered_hint')}
            testId="dashboard-uncovered"
          />
        </Box>
      )}
    </QuerySection>
  );
};
