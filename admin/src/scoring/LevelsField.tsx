import { useRecordContext } from 'react-admin';
import { levelName } from './explain';
import type { ScoringModelRecord } from './types';

/** The impact levels' values in order: "Minimal 0.25 · Low 0.5 · Medium 1 · High 2 · Massive 3". */
export const LevelsField = ({ short = false }: { label?: string; short?: boolean }) => {
  const model = useRecordContext<ScoringModelRecord>();
  if (!model) return null;
  const named = model.levels.map(({ level, value }) => `${levelName(level)} ${value}`).join(' · ');
  return <span title={short ? named : undefined}>{short ? model.levels.map(({ value }) => String(value)).join(' · ') : named}</span>;
};
