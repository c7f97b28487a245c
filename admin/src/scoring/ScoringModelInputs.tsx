import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { maxLength, maxValue, minValue, NumberInput, required, TextInput, type Validator } from 'react-admin';
import { wholeNumber } from '../common/validators';
import { IMPACT_LEVELS } from '../initiatives/choices';
import type { LevelValue } from './types';

const Row = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%', '& > *': { flex: '1 1 150px' } }}>{children}</Box>
);

/** A higher level never counts less than the one below it (the server refuses it too). */
const notBelow =
  (index: number): Validator =>
  (value: unknown, values: { levels?: LevelValue[] }) => {
    const below = values.levels?.[index - 1];
    return typeof value === 'number' && typeof below?.value === 'number' && value < below.value ? `Not less than ${IMPACT_LEVELS[index - 1].name} (${below.value})` : undefined;
  };

const levelValidators = IMPACT_LEVELS.map((_, index) => [required(), minValue(0), maxValue(100), ...(index > 0 ? [notBelow(index)] : [])]);

/**
 * The weights of the journey impact score (DESIGN §2), with the server's ranges; a field's server
 * error (e.g. `levels.3.value`) lands under its input.
 */
export const ScoringModelInputs = () => (
  <>
    <Typography variant="h6" component="h2">
      Impact levels
    </Typography>
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
      What each level of a stage impact counts in the journey impact J = Σ level × stage weight.
    </Typography>
    <Row>
      {IMPACT_LEVELS.map((level, index) => (
        <NumberInput key={level.id} source={`levels.${index}.value`} label={level.name} validate={levelValidators[index]} step={0.25} min={0} helperText={false} />
      ))}
    </Row>
    <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
      Weights
    </Typography>
    <Row>
      <NumberInput
        source="gapWeight"
        label="Gap weight"
        validate={[required(), minValue(0), maxValue(10)]}
        step={0.1}
        helperText="G = 1 + weight × shortfall beyond the margin / 100 (0 to 10)"
      />
      <NumberInput
        source="minResponses"
        label="Minimum responses"
        validate={[required(), wholeNumber, minValue(1), maxValue(100_000)]}
        step={1}
        helperText="Fewer in the window: the stage's NPS does not count (G = 1)"
      />
      <NumberInput
        source="windowDays"
        label="Window (days)"
        validate={[required(), wholeNumber, minValue(1), maxValue(730)]}
        step={1}
        helperText="The responses of the last this many days (1 to 730)"
      />
      <NumberInput
        source="commercialWeight"
        label="Commercial weight"
        validate={[required(), minValue(0), maxValue(1)]}
        step={0.05}
        helperText="B = 1 + weight × (commercial value − 3) / 2 (0 to 1)"
      />
    </Row>
    <TextInput
      source="reason"
      label="Why this change"
      validate={[required('Say why the model changes: it is kept with the version'), maxLength(2000)]}
      multiline
      minRows={2}
      helperText="Kept with the version, so that any score can be explained later"
    />
  </>
);
