import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { downloadCSV, Title, useDataProvider } from 'react-admin';
import { useWording } from '../i18n/useWording';
import { QuerySection } from '../common/QuerySection';
import { useUrlFilters } from '../common/useUrlFilters';
import type { RegieDataProvider } from '../dataProvider';
import { comingQuarters, QUARTER, quarterChoices } from '../initiatives/quarters';
import { planCsv, planTotals } from './csv';
import { DepartmentPlanCard } from './DepartmentPlanCard';

const KEYS = { quarter: 'quarter' } as const;

/**
 * `/plan`: a quarter's plan (DESIGN §2): each department's capacity filled with its ranked
 * candidates (approved and in progress first, then under review); what does not fit is deferred,
 * with the reason. The next quarter unless another is chosen.
 */
export const QuarterPlanPage = () => {
  const [values, setValues] = useUrlFilters(KEYS);
  const quarter = QUARTER.test(values.quarter) ? values.quarter : comingQuarters(1)[1];
  const dataProvider = useDataProvider<RegieDataProvider>();
  const wording = useWording();
  const { translate } = wording;
  const plan = useQuery({ queryKey: ['planQuarter', quarter], queryFn: () => dataProvider.planQuarter(quarter), placeholderData: keepPreviousData });
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Title title={translate('regie.plan.title', { quarter })} />
      <Card>
        <CardContent>
          <Stack direction="row" spacing={3} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <TextField select size="small" fullWidth={false} label={translate('regie.plan.quarter')} value={quarter} onChange={event => setValues({ quarter: event.target.value })} sx={{ minWidth: 160 }}>
              {quarterChoices(quarter).map(choice => (
                <MenuItem key={choice.id} value={choice.id}>
                  {choice.name}
                </MenuItem>
              ))}
            </TextField>
            <Typography variant="body2" color="text.secondary" sx={{ flex: '1 1 400px' }}>
              {translate('regie.plan.explained', { quarter })}
            </Typography>
          </Stack>
        </CardContent>
      </Card>
      <QuerySection
        title={translate('regie.plan.plan_for', { quarter })}
        subtitle={
          plan.data && (
            <Typography variant="body2" color="text.secondary" data-testid="plan-totals">
              {planTotals(plan.data, wording)}
            </Typography>
          )
        }
        actions={
          <Button size="small" startIcon={<DownloadIcon />} onClick={() => plan.data && downloadCSV(planCsv(quarter, plan.data), `plan-${quarter}`)} disabled={!plan.data?.length}>
            {translate('regie.common.export_csv')}
          </Button>
        }
        query={plan}
        empty={translate('regie.plan.empty')}
        loadingHeight={400}
        testId="quarter-plan"
      >
        {plans => (
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, alignItems: 'start' }}>
            {plans.map(departmentPlan => (
              <DepartmentPlanCard key={departmentPlan.department.id} plan={departmentPlan} quarter={quarter} />
            ))}
          </Box>
        )}
      </QuerySection>
    </Stack>
  );
};
