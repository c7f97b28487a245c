import AddIcon from '@mui/icons-material/Add';
import ListIcon from '@mui/icons-material/List';
import { Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useCanAccess, useCreatePath, useTranslate } from 'react-admin';
import { partOf, QuerySection } from '../common/QuerySection';
import { useFormat } from '../common/useFormat';
import { useUrlFilters } from '../common/useUrlFilters';
import { readSession } from '../session';
import { DepartmentComparison } from './DepartmentComparison';
import { latestPerDepartment } from './latest';
import { PillarRadar } from './PillarRadar';
import { useAllAssessments } from './queries';

const KEYS = { departmentId: 'department' } as const;

/**
 * `/maturity`: each department's four pillars as a radar, its latest assessment over the one
 * before; and every department's latest assessment side by side.
 */
export const MaturityPage = () => {
  const translate = useTranslate();
  const format = useFormat();
  const createPath = useCreatePath();
  const { canAccess: canCreate } = useCanAccess({ action: 'create', resource: 'MaturityAssessment' });
  const [values, setValues] = useUrlFilters(KEYS);
  const assessments = useAllAssessments();
  const perDepartment = latestPerDepartment(assessments.data ?? []);
  const departments = [...perDepartment.values()].map(entry => entry.latest.department).sort((a, b) => a.name.localeCompare(b.name));
  const own = readSession()?.person.departmentId ?? undefined;
  const chosen = [values.departmentId, own, departments[0]?.id].find(id => id !== undefined && id !== '' && perDepartment.has(String(id)));
  const shown = chosen === undefined ? undefined : perDepartment.get(String(chosen));
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Title title={translate('regie.maturity.title')} />
      <Card>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            {translate('regie.maturity.intro')}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {canCreate && (
              <Button component={Link} to={createPath({ resource: 'MaturityAssessment', type: 'create' })} variant="contained" size="small" startIcon={<AddIcon />} data-testid="maturity-new">
                {translate('regie.maturity.new')}
              </Button>
            )}
            <Button component={Link} to={createPath({ resource: 'MaturityAssessment', type: 'list' })} size="small" startIcon={<ListIcon />}>
              {translate('regie.maturity.all')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <QuerySection
          title={translate('regie.maturity.radar.title')}
          subtitle={translate('regie.maturity.radar.subtitle')}
          query={{ ...assessments, data: shown ? [shown] : assessments.data && [] }}
          empty={translate('regie.maturity.no_assessments')}
          loadingHeight={420}
          testId="maturity-radar-section"
        >
          {([{ latest, previous }]) => (
            <Stack spacing={1.5}>
              <TextField
                select
                size="small"
                fullWidth={false}
                label={translate('regie.maturity.radar.department')}
                value={String(latest.departmentId)}
                onChange={event => setValues({ departmentId: event.target.value })}
                sx={{ minWidth: 240, alignSelf: 'flex-start' }}
                data-testid="maturity-department-picker"
              >
                {departments.map(department => (
                  <MenuItem key={department.id} value={String(department.id)}>
                    {department.name} ({department.code})
                  </MenuItem>
                ))}
              </TextField>
              <Typography variant="body2" color="text.secondary">
                {translate('regie.maturity.overall', { score: format.number(latest.overall, 2) })} ·{' '}
                <Link to={createPath({ resource: 'MaturityAssessment', id: latest.id, type: 'show' })}>
                  {translate('regie.maturity.assessed_on', { date: format.date(latest.assessedAt), name: latest.assessedByName ?? '' })}
                </Link>
              </Typography>
              <PillarRadar latest={latest} previous={previous} />
            </Stack>
          )}
        </QuerySection>
        <QuerySection
          title={translate('regie.maturity.comparison.title')}
          subtitle={translate('regie.maturity.comparison.subtitle')}
          query={partOf(assessments, () => [...perDepartment.values()].map(entry => entry.latest))}
          empty={translate('regie.maturity.no_assessments')}
          loadingHeight={420}
          testId="maturity-comparison-section"
        >
          {latest => <DepartmentComparison latest={latest} />}
        </QuerySection>
      </Box>
    </Stack>
  );
};
