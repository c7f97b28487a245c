import { Box, FormHelperText, FormLabel, Slider } from '@mui/material';
import { useId } from 'react';
import { useInput, useTranslate, type Validator } from 'react-admin';
import { useFormat } from '../common/useFormat';

const STEPS = [0, 0.25, 0.5, 0.75, 1];

interface ConfidenceInputProps {
  source: string;
  label?: string;
  helperText?: string;
  validate?: Validator | Validator[];
}

/** How sure the estimate is, 0 to 1, as a slider in percent (steps of 5%). */
export const ConfidenceInput = ({ source, label = 'resources.Initiative.fields.confidence', helperText, validate }: ConfidenceInputProps) => {
  const translate = useTranslate();
  const format = useFormat();
  const asPercent = (value: number) => format.percent(value);
  const labelId = useId();
  const { field, fieldState } = useInput<number>({ source, validate, defaultValue: 0.5 });
  const value = typeof field.value === 'number' ? field.value : 0.5;
  const error = fieldState.error?.message;
  return (
    <Box className={`ra-input ra-input-${source}`} sx={{ px: 2, pb: 1, minWidth: 240 }}>
      <FormLabel id={labelId} sx={{ fontSize: '0.8rem', ml: -1 }}>
        {translate(label)}: <strong data-testid="confidence-value">{asPercent(value)}</strong>
      </FormLabel>
      <Slider
        aria-labelledby={labelId}
        value={value}
        min={0}
        max={1}
        step={0.05}
        marks={STEPS.map(step => ({ value: step, label: asPercent(step) }))}
        valueLabelDisplay="auto"
        valueLabelFormat={asPercent}
        getAriaValueText={asPercent}
        // Rounded: keyboard steps add up to 0.7000000000000002.
        onChange={(_event, next) => field.onChange(Math.round((next as number) * 100) / 100)}
        onBlur={field.onBlur}
        size="small"
      />
      <FormHelperText error={!!error} sx={{ mt: 0, ml: -1 }}>
        {error ? translate(error, { _: error }) : helperText ? translate(helperText, { _: helperText }) : ' '}
      </FormHelperText>
    </Box>
  );
};
