import { Typography } from '@mui/material';
import { useGetOne, useTranslate, type RaRecord } from 'react-admin';
import { useFormat } from '../common/useFormat';
import type { NpsFilterValues } from './useNpsFilters';

/** What the numbers below cover, in words: "All responses · SME", "1 Jan 2026 – 30 Nov 2026". */
export const NpsPeriod = ({ filters }: { filters: NpsFilterValues }) => {
  const { data: segment } = useGetOne<RaRecord & { name: string }>('Segment', { id: filters.segmentId }, { enabled: filters.segmentId !== '' });
  const translate = useTranslate();
  const format = useFormat();
  const [from, to] = [filters.from && format.date(filters.from), filters.to && format.date(filters.to)];
  const period = translate(`regie.nps.period.${from && to ? 'range' : from ? 'since' : to ? 'until' : 'all'}`, { from, to });
  return (
    <Typography variant="body2" color="text.secondary" data-testid="nps-period">
      {period}
      {filters.segmentId && ` · ${segment?.name ?? translate('regie.nps.period.one_segment')}`}
    </Typography>
  );
};
