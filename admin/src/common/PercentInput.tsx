import { InputAdornment } from '@mui/material';
import { NumberInput, type NumberInputProps } from 'react-admin';

// The API keeps shares as fractions (0–1); people think in percentages. Module-level, because
// NumberInput re-formats whenever `format` changes identity.
const toPercent = (value: unknown): string =>
  typeof value === 'number' && Number.isFinite(value) ? String(Math.round(value * 10_000) / 100) : '';

const toFraction = (value: unknown): number | null => {
  if (value === '' || value === null || value === undefined) return null;
  const percent = Number(value);
  return Number.isFinite(percent) ? Math.round(percent * 100) / 10_000 : null;
};

/** A share stored as 0–1, edited as 0–100 %. */
export const PercentInput = (props: Omit<NumberInputProps, 'format' | 'parse' | 'min' | 'max'>) => (
  <NumberInput
    min={0}
    max={100}
    {...props}
    format={toPercent}
    parse={toFraction}
    slotProps={{ input: { endAdornment: <InputAdornment position="end">%</InputAdornment> } }}
  />
);

/** Validates a fraction held by a PercentInput: empty, or 0 % to 100 %. */
export const percentRange = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'number' && value >= 0 && value <= 1) ? undefined : 'regie.common.validation.percent_range';
