import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useGetList, useTranslate, type RaRecord } from 'react-admin';
import { lastDays } from './values';
import type { NpsFilterValues } from './useNpsFilters';

const ALL_SEGMENTS = { pagination: { page: 1, perPage: 1000 }, sort: { field: 'name', order: 'ASC' } } as const;

const PRESETS = [
  { label: 'regie.nps.filters.last_90_days', range: () => lastDays(90) },
  { label: 'regie.nps.filters.last_12_months', range: () => lastDays(365) },
  { label: 'regie.nps.filters.all_time', range: () => ({ from: '', to: '' }) },
];

/** Date range and segment of the NPS pages; the presets fill in the dates. */
export const NpsFilters = ({ values, onChange }: { values: NpsFilterValues; onChange: (changes: Partial<NpsFilterValues>) => void }) => {
  const translate = useTranslate();
  const { data: segments } = useGetList<RaRecord & { name: string }>('Segment', ALL_SEGMENTS);
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid="nps-filters">
      <TextField
        type="date"
        label={translate('regie.nps.filters.from')}
        size="small"
        fullWidth={false}
        sx={{ width: 170 }}
        value={values.from}
        onChange={event => onChange({ from: event.target.value })}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: values.to || undefined } }}
      />
      <TextField
        type="date"
        label={translate('regie.nps.filters.to')}
        size="small"
        fullWidth={false}
        sx={{ width: 170 }}
        value={values.to}
        onChange={event => onChange({ to: event.target.value })}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: values.from || undefined } }}
      />
      <TextField select label={translate('regie.nps.filters.segment')} size="small" fullWidth={false} value={segments ? values.segmentId : ''} onChange={event => onChange({ segmentId: event.target.value })} sx={{ minWidth: 180 }}>
        <MenuItem value="">{translate('regie.nps.filters.all_segments')}</MenuItem>
        {segments?.map(segment => (
          <MenuItem key={segment.id} value={String(segment.id)}>
            {segment.name}
          </MenuItem>
        ))}
      </TextField>
      <Stack direction="row" spacing={0.5}>
        {PRESETS.map(({ label, range }) => (
          <Button key={label} size="small" onClick={() => onChange(range())}>
            {translate(label)}
          </Button>
        ))}
      </Stack>
    </Stack>
  );
};
