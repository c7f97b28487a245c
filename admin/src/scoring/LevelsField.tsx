import { useRecordContext } from 'react-admin';
import { useWording } from '../i18n/useWording';
import { formatWeeks, levelName } from './explain';
import type { ScoringModelRecord } from './types';

/** The impact levels' values in order: "Minimal 0.25 · Low 0.5 · Medium 1 · High 2 · Massive 3". */
export const LevelsField = ({ short = false }: { label?: string; short?: boolean }) => {
  const model = useRecordContext<ScoringModelRecord>();
  const wording = useWording();
  if (!model) return null;
  const number = (value: number) => formatWeeks(value, wording.locale);
  const named = model.levels.map(({ level, value }) => `${levelName(level, wording)} ${number(value)}`).join(' · ');
  return <span title={short ? named : undefined}>{short ? model.levels.map(({ value }) => number(value)).join(' · ') : named}</span>;
};
