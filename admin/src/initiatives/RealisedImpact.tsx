import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext } from 'react-admin';
import { useFormat } from '../common/useFormat';
import { useWording } from '../i18n/useWording';
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

const windowDates = (window: Pick<NpsWindow, 'from' | 'to'>, locale: string) => `${dayLabel(window.from, locale)} – ${dayLabel(window.to, locale)}`;

/** One window's NPS with its margin, and how many responses it rests on. */
const WindowCell = ({ window, testId }: { window: NpsWindow; testId: string }) => {
  const { translate, locale } = useWording();
  const format = useFormat();
  return (
    <TableCell data-testid={testId}>
      <Typography variant="body2" component="div" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
        {window.nps === null ? '—' : `${formatNps(window.nps, locale)} ${formatMargin(window.marginOfError, locale)}`.trim()}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate('regie.initiatives.realised.responses', { smart_count: window.responses, count: format.number(window.responses, 0) })}
      </Typography>
    </TableCell>
  );
};

/** How the numbers were made, in one line, with the windows the rows share. */
const Method = ({ rows, minResponses }: { rows: RealisedStageImpact[]; minResponses?: number }) => {
  const { translate, locale } = useWording();
  const first = rows[0];
  const days = first ? windowLength(first.before) : undefined;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="realised-impact-method">
      {days ? translate('regie.initiatives.realised.method_window_days', { days }) : translate('regie.initiatives.realised.method_window')}
      {first && ` (${windowDates(first.before, locale)})`}
      {translate('regie.initiatives.realised.method_after')}
      {first && ` (${windowDates(first.after, locale)})`}
      {translate('regie.initiatives.realised.method_test')}
      {minResponses ? translate('regie.initiatives.realised.method_min', { min: minResponses }) : '.'}
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
  const wording = useWording();
  const { translate, locale } = wording;
  if (!done) return null;
  const rows = query.data && inJourneyOrder(query.data);
  return (
    <Box sx={{ mt: 3 }}>
    <QuerySection
      title={translate('regie.initiatives.realised.title')}
      testId="realised-impact"
      query={{ ...query, data: rows }}
      subtitle={<Method rows={rows ?? []} minResponses={active?.minResponses} />}
      empty={translate('regie.initiatives.realised.empty')}
    >
      {data => (
        <Table size="small" sx={{ maxWidth: 1100 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('regie.initiatives.realised.journey_stage')}</TableCell>
              <TableCell>{translate('regie.initiatives.realised.expected')}</TableCell>
              <TableCell>{translate('regie.initiatives.realised.before')}</TableCell>
              <TableCell>{translate('regie.initiatives.realised.after')}</TableCell>
              <TableCell>{translate('regie.initiatives.realised.difference')}</TableCell>
              <TableCell>{translate('regie.initiatives.realised.verdict')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map(row => {
              const verdict = realisedVerdict(row, active?.minResponses, wording);
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
                    {formatDifference(row.difference, locale)}
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
