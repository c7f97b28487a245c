import { Box, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../common/useFormat';
import { pillarKey } from '../initiatives/choices';
import { PILLAR_COLOURS } from './DepartmentComparison';
import { PILLARS, scoreOf } from './latest';
import type { MaturityAssessmentRecord, Pillar } from './types';

/** A score 1–5 as its number and a short bar out of 5. */
export const ScoreBar = ({ score, pillar }: { score: number | undefined; pillar?: Pillar }) => {
  const format = useFormat();
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center', minWidth: 80 }}>
      <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', minWidth: 30, textAlign: 'right' }}>
        {format.number(score, 2)}
      </Typography>
      <Box aria-hidden sx={{ width: 44, height: 6, borderRadius: 1, bgcolor: 'action.hover', overflow: 'hidden' }}>
        <Box sx={{ width: `${((score ?? 0) / 5) * 100}%`, height: '100%', bgcolor: pillar ? PILLAR_COLOURS[pillar] : 'primary.main' }} />
      </Box>
    </Stack>
  );
};

/** One pillar's score of the record, for a list column. */
export const PillarScoreField = ({ pillar }: { pillar: Pillar; label?: string }) => {
  const assessment = useRecordContext<MaturityAssessmentRecord>();
  const translate = useTranslate();
  if (!assessment) return null;
  return (
    <Tooltip title={translate(pillarKey(pillar))}>
      <span>
        <ScoreBar score={scoreOf(assessment, pillar)} pillar={pillar} />
      </span>
    </Tooltip>
  );
};

export { PILLARS };
