import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext } from 'react-admin';
import { QuerySection } from '../common/QuerySection';
import type { RegieDataProvider } from '../dataProvider';
import { formatMargin, formatNps } from '../nps/values';
import { useActiveModel } from '../scoring/useActiveModel';
import { useLevelValues } from '../scoring/useLevelValues';
import { ImpactLevelChip } from './ImpactLevelChip';
import { dayLabel, formatDifference, inJourneyOrder, realisedVerdict, windowLength, type NpsWindow, type RealisedStageImpact, type RealisedVerdictKind } from './realised';
import type { InitiativeRecord } from './record';

const VERDICT_COLOUR: Record<RealisedVerdictKind, string> = {
  rise: 'success.dark',
  fall: 'error.main',
  unchanged: 'text.primary',
  insufficient: 'text.secondary',
};

const windowDates = (window: Pick<NpsWindow, 'from' | 'to'>) => `${dayLabel(window.from)} – ${dayLabel(window.to)}`;

/** One window's NPS with its margin, and how many responses it rests on. */
const WindowCell = ({ window, testId }: { window: NpsWindow; testId: string }) => (
  <TableCell data-testid={testId}>
    <Typography variant="body2" component="div" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
      {window.nps === null ? '—' : `${formatNps(window.nps)} ${formatMargin(window.marginOfError)}`.trim()}
    </Typography>
    <Typography variant="caption" color="text.secondary" component="div">
      {window.responses === 1 ? '1 response' : `${window.responses} responses`}
    </Typography>
  </TableCell>
);

/** How the numbers were made, in one line, with the windows the rows share. */
const Method = ({ rows, minResponses }: { rows: RealisedStageImpact[]; minResponses?: number }) => {
  const first = rows[0];
  const days = first ? windowLength(first.before) : undefined;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="realised-impact-method">
      {`Each touched stage's NPS in the scoring model's ${days ?? ''}${days ? '-day ' : ''}window before the completion day`}
      {first && ` (${windowDates(first.before)})`}
      {` against the window after it`}
      {first && ` (${windowDates(first.after)})`}
      {'; the difference is significant when it exceeds the noise of both periods (two-period test at 95 %)'}
      {minResponses ? `, and is not judged when a window has fewer than ${minResponses} responses.` : '.'}
    </Typography>
  );
};

/**
 * For a DONE initiative, what it did to each stage it touched against what it expected
 * (DESIGN §3): NPS before and after, the difference and whether it is beyond noise, in words.
 */
export const RealisedImpact = () => {
  const record = useRecordContext<InitiativeRecord>();
  const dataProvider = useDataProvider<RegieDataProvider>();
  const done = record?.status === 'DONE';
  const query = useQuery({
    queryKey: ['realisedImpact', record?.id, record?.version],
    queryFn: () => dataProvider.realisedImpact(record!.id),
    enabled: done,
  });
  const { active } = useActiveModel();
  const levelValues = useLevelValues();
  if (!done) return null;
  const rows = query.data && inJourneyOrder(query.data);
  return (
    <Box sx={{ mt: 3 }}>
    <QuerySection
      title="Realised impact"
      testId="realised-impact"
      query={{ ...query, data: rows }}
      subtitle={<Method rows={rows ?? []} minResponses={active?.minResponses} />}
      empty="The initiative touched no stage: there is nothing to compare."
    >
      {data => (
        <Table size="small" sx={{ maxWidth: 1100 }}>
          <TableHead>
            <TableRow>
              <TableCell>Journey › stage</TableCell>
              <TableCell>Expected</TableCell>
              <TableCell>NPS before</TableCell>
              <TableCell>NPS after</TableCell>
              <TableCell>Difference</TableCell>
              <TableCell>Verdict</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map(row => {
              const verdict = realisedVerdict(row, active?.minResponses);
              return (
                <TableRow key={row.stageId} data-testid="realised-stage" data-stage-id={row.stageId} data-verdict={verdict.kind}>
                  <TableCell>
                    <Typography variant="caption" color="text.secondary" component="div">
                      {row.stage.journey.name}
                    </Typography>
                    {`${row.stage.position}. ${row.stage.name}`}
                  </TableCell>
                  <TableCell>
                    <ImpactLevelChip level={row.expectedLevel} value={levelValues?.[row.expectedLevel]} />
                  </TableCell>
                  <WindowCell window={row.before} testId="realised-before" />
                  <WindowCell window={row.after} testId="realised-after" />
                  <TableCell data-testid="realised-difference" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
                    {formatDifference(row.difference)}
                  </TableCell>
                  <TableCell data-testid="realised-verdict" sx={{ color: VERDICT_COLOUR[verdict.kind], fontWeight: verdict.kind === 'rise' || verdict.kind === 'fall' ? 600 : undefined }}>
                    {verdict.text}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </QuerySection>
    </Box>
  );
};
