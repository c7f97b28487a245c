import DownloadIcon from '@mui/icons-material/Download';
import { Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { downloadCSV, Title, useTranslate } from 'react-admin';
import { QuerySection } from '../common/QuerySection';
import { RoadmapPillarPanel } from '../maturity/RoadmapPillarPanel';
import { useUrlFilters } from '../common/useUrlFilters';
import { useDepartments } from '../departments/useDepartments';
import { roadmapCsv, roadmapFileName } from './csv';
import { RoadmapFilters, type RoadmapFilterValues } from './RoadmapFilters';
import { RoadmapRow } from './RoadmapRow';
import type { RoadmapEntry } from './types';
import { useRoadmap } from './useRoadmap';

const FILTER_KEYS: Record<keyof RoadmapFilterValues, string> = { quarter: 'quarter', departmentId: 'department', pillar: 'pillar' };

// The server answers 100 rows unless asked; an organisation's open candidates fit in this.
const LIMIT = 500;

const RoadmapTable = ({ entries }: { entries: RoadmapEntry[] }) => {
  const maxScore = Math.max(...entries.map(entry => entry.priorityScore));
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('regie.roadmap.title')} sx={{ '& .MuiTableCell-root': { px: 1 } }}>
      <TableHead>
        <TableRow>
          <TableCell align="right">{translate('regie.roadmap.columns.rank')}</TableCell>
          <TableCell>{translate('regie.roadmap.columns.initiative')}</TableCell>
          <TableCell>{translate('regie.roadmap.columns.department')}</TableCell>
          <TableCell>{translate('regie.roadmap.columns.status')}</TableCell>
          <TableCell>{translate('regie.roadmap.columns.priority_score')}</TableCell>
          <TableCell align="right">{translate('regie.roadmap.columns.journey_impact')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map(entry => (
          <RoadmapRow key={entry.initiative.id} entry={entry} maxScore={maxScore} />
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * `/roadmap`: the one roadmap across departments (DESIGN §2): the open candidates ranked by
 * priority score, pinned ranks first where they are pinned; each score explained on demand; pins
 * for the regie team; the rows in view as CSV.
 */
export const RoadmapPage = () => {
  const [filters, setFilters] = useUrlFilters(FILTER_KEYS);
  const translate = useTranslate();
  const roadmap = useRoadmap({ ...filters, limit: LIMIT });
  const departmentCode = useDepartments()?.find(department => String(department.id) === filters.departmentId)?.code;
  const entries = roadmap.data ?? [];
  const exportCsv = () => downloadCSV(roadmapCsv(entries), roadmapFileName(filters.quarter, departmentCode, filters.pillar));
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Title title={translate('regie.roadmap.title')} />
      <Card>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('regie.roadmap.explained')}
          </Typography>
          <RoadmapFilters values={filters} onChange={setFilters} />
        </CardContent>
      </Card>
      <QuerySection
        title={translate('regie.roadmap.ranked')}
        subtitle={
          roadmap.data && (
            <Typography variant="body2" color="text.secondary" data-testid="roadmap-count">
              {entries.length === LIMIT ? translate('regie.roadmap.first', { count: LIMIT }) : translate('regie.roadmap.count', { smart_count: entries.length, count: entries.length })}
            </Typography>
          )
        }
        actions={
          <Button size="small" startIcon={<DownloadIcon />} onClick={exportCsv} disabled={entries.length === 0}>
            {translate('regie.common.export_csv')}
          </Button>
        }
        query={roadmap}
        empty={translate('regie.roadmap.empty')}
        loadingHeight={400}
        testId="roadmap"
      >
        {rows => <RoadmapTable entries={rows} />}
      </QuerySection>
      <RoadmapPillarPanel />
    </Stack>
  );
};
