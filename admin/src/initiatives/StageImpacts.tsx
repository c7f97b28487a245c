import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Fragment } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { useLevelValues } from '../scoring/useLevelValues';
import { ImpactLevelChip } from './ImpactLevelChip';
import type { ImpactRecord, InitiativeRecord } from './record';

interface JourneyGroup {
  journey: string;
  impacts: ImpactRecord[];
}

/** The impacts under their journey, journeys by name, stages in journey order. */
export function byJourney(impacts: readonly ImpactRecord[]): JourneyGroup[] {
  const groups = new Map<string, ImpactRecord[]>();
  for (const impact of impacts) groups.set(impact.stage.journey.name, [...(groups.get(impact.stage.journey.name) ?? []), impact]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([journey, list]) => ({ journey, impacts: list.sort((a, b) => a.stage.position - b.stage.position) }));
}

/** What the initiative does for the customer, stage by stage, grouped by journey. */
export const StageImpacts = () => {
  const record = useRecordContext<InitiativeRecord>();
  const groups = byJourney(record?.impacts ?? []);
  // The active model's values: StageImpact.levelValue gives the defaults whatever the model.
  const levelValues = useLevelValues();
  const translate = useTranslate();
  if (groups.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('regie.initiatives.impacts.none')}
      </Typography>
    );
  }
  return (
    <Table size="small" data-testid="stage-impacts" sx={{ maxWidth: 1100 }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '36%' }}>{translate('regie.initiatives.impacts.journey_stage')}</TableCell>
          <TableCell sx={{ width: 140 }}>{translate('regie.initiatives.impacts.impact')}</TableCell>
          <TableCell>{translate('regie.initiatives.impacts.rationale')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {groups.map(({ journey, impacts }) => (
          <Fragment key={journey}>
            <TableRow>
              <TableCell colSpan={3} sx={{ bgcolor: 'action.hover', fontWeight: 600, py: 0.75 }}>
                {journey}
              </TableCell>
            </TableRow>
            {impacts.map(impact => (
              <TableRow key={impact.id} data-testid="stage-impact">
                <TableCell sx={{ pl: 4 }}>
                  <Typography component="span" variant="body2" color="text.secondary" sx={{ mr: 1 }}>
                    {impact.stage.position}.
                  </Typography>
                  {impact.stage.name}
                </TableCell>
                <TableCell>
                  <ImpactLevelChip level={impact.level} value={levelValues?.[impact.level]} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{impact.rationale || '—'}</TableCell>
              </TableRow>
            ))}
          </Fragment>
        ))}
      </TableBody>
    </Table>
  );
};
