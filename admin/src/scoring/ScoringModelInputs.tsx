import { Box, Typography } from '@mui/material';
import { useMemo, type ReactNode } from 'react';
import { maxLength, maxValue, minValue, NumberInput, required, TextInput, useTranslate, type Validator } from 'react-admin';
import { wholeNumber } from '../common/validators';
import { IMPACT_LEVELS, levelKey } from '../initiatives/choices';
import type { LevelValue } from './types';

const Row = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%', '& > *': { flex: '1 1 150px' } }}>{children}</Box>
);

/** A higher level never counts less than the one below it (the server refuses it too). */
const notBelow =
  (index: number, translate: (key: string) => string): Validator =>
  (value: unknown, values: { levels?: LevelValue[] }) => {
    const below = values.levels?.[index - 1];
    return typeof value === 'number' && typeof below?.value === 'number' && value < below.value ? { message: 'regie.scoring.inputs.not_less', args: { level: translate(levelKey(IMPACT_LEVELS[index - 1].id)), value: below.value } }
      : undefined;
  };


/**
 * The weights of the journey impact score (DESIGN §2), with the server's ranges; a field's server
 * error (e.g. `levels.3.value`) lands under its input.
 */
export const ScoringModelInputs = () => {
  const translate = useTranslate();
  const levelValidators = useMemo(
    () => IMPACT_LEVELS.map((_, index) => [required(), minValue(0), maxValue(100), ...(index > 0 ? [notBelow(index, translate)] : [])]),
    [translate],
  );
  return (
    <>
      <Typography variant="h6" component="h2">
        {translate('regie.scoring.inputs.impact_levels')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('regie.scoring.inputs.levels_help')}
      </Typography>
      <Row>
        {IMPACT_LEVELS.map((level, index) => (
          <NumberInput key={level.id} source={`levels.${index}.value`} label={levelKey(level.id)} validate={levelValidators[index]} step={0.25} min={0} helperText={false} />
        ))}
      </Row>
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate('regie.scoring.inputs.weights')}
      </Typography>
      <Row>
        <NumberInput
          source="gapWeight"
          validate={[required(), minValue(0), maxValue(10)]}
          step={0.1}
          helperText="regie.scoring.inputs.gap_weight_help"
        />
        <NumberInput
          source="minResponses"
          validate={[required(), wholeNumber, minValue(1), maxValue(100_000)]}
          step={1}
          helperText="regie.scoring.inputs.min_responses_help"
        />
        <NumberInput
          source="windowDays"
          validate={[required(), wholeNumber, minValue(1), maxValue(730)]}
          step={1}
          helperText="regie.scoring.inputs.window_help"
        />
        <NumberInput
          source="commercialWeight"
          validate={[required(), minValue(0), maxValue(1)]}
          step={0.05}
          helperText="regie.scoring.inputs.commercial_help"
        />
      </Row>
      <TextInput
        source="reason"
        label="regie.scoring.inputs.reason"
        validate={[required('regie.scoring.inputs.reason_required'), maxLength(2000)]}
        multiline
        minRows={2}
        helperText="regie.scoring.inputs.reason_help"
      />
    </>
  );
};
