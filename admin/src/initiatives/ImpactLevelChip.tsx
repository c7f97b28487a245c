import { Chip } from '@mui/material';
import { indigo } from '@mui/material/colors';
import { useTranslate } from 'react-admin';
import { useFormat } from '../common/useFormat';
import { IMPACT_LEVELS, levelKey } from './choices';

// Darker as the impact grows; the value (the level's weight in the score) is in the label.
const SHADES = { MINIMAL: 50, LOW: 100, MEDIUM: 200, HIGH: 400, MASSIVE: 700 } as const;

/** A level with its value: the active scoring model's when given, else the default. */
export const ImpactLevelChip = ({ level, value }: { level: string; value?: number }) => {
  const translate = useTranslate();
  const format = useFormat();
  const known = IMPACT_LEVELS.find(l => l.id === level);
  if (!known) return <>{level}</>;
  const shade = SHADES[known.id];
  return (
    <Chip
      size="small"
      label={`${translate(levelKey(known.id))} · ${format.number(value ?? known.value)}`}
      data-level={known.id}
      sx={{ bgcolor: indigo[shade], color: shade >= 400 ? '#fff' : indigo[900], fontWeight: 500, whiteSpace: 'nowrap' }}
    />
  );
};
