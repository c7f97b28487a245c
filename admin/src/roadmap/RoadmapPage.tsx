import DownloadIcon from '@mui/icons-material/Download';
import { Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { downloadCSV, Title } from 'react-admin';
import { QuerySection } from '../common/QuerySection';
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
  return (
    <Table size="small" aria-label="Roadmap" sx={{ '& .MuiTableCell-root': { px: 1 } }}>
      <TableHead>
        <TableRow>
          <TableCell align="right">Rank</TableCell>
          <TableCell>Initiative</TableCell>
          <TableCell>Dept.</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Priority score</TableCell>
          <TableCell align="right">Journey impact</TableCell>
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
  const roadmap = useRoadmap({ ...filters, limit: LIMIT });
  const departmentCode = useDepartments()?.find(department => String(department.id) === filters.departmentId)?.code;
  const entries = roadmap.data ?? [];
  const exportCsv = () => downloadCSV(roadmapCsv(entries), roadmapFileName(filters.quarter, departmentCode, filters.pillar));
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Title title="Roadmap" />
      <Card>
        <CardContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            The open initiatives of every department (under review, approved, in progress), ranked by priority score: what they do for the customer along the journeys, per
            person-week. A rank pinned by the regie team overrides the order. Ranks are across all departments; the filters do not renumber them.
          </Typography>
          <RoadmapFilters values={filters} onChange={setFilters} />
        </CardContent>
      </Card>
      <QuerySection
        title="Ranked initiatives"
        subtitle={
          roadmap.data && (
            <Typography variant="body2" color="text.secondary" data-testid="roadmap-count">
              {entries.length === LIMIT ? `The first ${LIMIT}` : `${entries.length} ${entries.length === 1 ? 'initiative' : 'initiatives'}`}
            </Typography>
          )
        }
        actions={
          <Button size="small" startIcon={<DownloadIcon />} onClick={exportCsv} disabled={entries.length === 0}>
            Export CSV
          </Button>
        }
        query={roadmap}
        empty="No open initiative matches these filters."
        loadingHeight={400}
        testId="roadmap"
      >
        {rows => <RoadmapTable entries={rows} />}
      </QuerySection>
    </Stack>
  );
};
