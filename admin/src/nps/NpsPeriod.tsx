import { Typography } from '@mui/material';
import { useGetOne, type RaRecord } from 'react-admin';
import { formatDay } from '../common/DayField';
import type { NpsFilterValues } from './useNpsFilters';

/** What the numbers below cover, in words: "All responses · SME", "1 Jan 2026 – 30 Nov 2026". */
export const NpsPeriod = ({ filters }: { filters: NpsFilterValues }) => {
  const { data: segment } = useGetOne<RaRecord & { name: string }>('Segment', { id: filters.segmentId }, { enabled: filters.segmentId !== '' });
  const { from, to } = filters;
  const period =
    from && to ? `${formatDay(from)} – ${formatDay(to)}` : from ? `Since ${formatDay(from)}` : to ? `Until ${formatDay(to)}` : 'All responses';
  return (
    <Typography variant="body2" color="text.secondary" data-testid="nps-period">
      {period}
      {filters.segmentId && ` · ${segment?.name ?? 'one segment'}`}
    </Typography>
  );
};
