import { formatters } from '../common/format.ts';
import type { Wording } from '../i18n/translation.ts';
import { IMPACT_LEVELS } from '../initiatives/choices.ts';
import { ENGLISH } from './explain.ts';
import type { ModelPreviewRow, ScorePreviewInputs, ScoringModelValues } from './types';

export interface RankMove {
  direction: 'up' | 'down' | 'same';
  /** "up 3", "down 1", "no change". */
  text: string;
}

/** How far an initiative moves on the roadmap: a lower rank number is up. */
export function rankMove({ rankBefore, rankAfter }: Pick<ModelPreviewRow, 'rankBefore' | 'rankAfter'>, { translate }: Wording = ENGLISH): RankMove {
  if (rankAfter < rankBefore) return { direction: 'up', text: translate('regie.scoring.preview.up', { places: rankBefore - rankAfter }) };
  if (rankAfter > rankBefore) return { direction: 'down', text: translate('regie.scoring.preview.down', { places: rankAfter - rankBefore }) };
  return { direction: 'same', text: translate('regie.scoring.preview.no_change') };
}

/** "3 of 23 initiatives change rank", or that none does. */
export function movesSummary(rows: readonly ModelPreviewRow[], { translate, locale }: Wording = ENGLISH): string {
  const moved = rows.filter(row => row.rankAfter !== row.rankBefore).length;
  const all = translate('regie.scoring.preview.open_initiatives', { smart_count: rows.length, count: formatters(locale).number(rows.length, 0) });
  if (moved === 0) return translate('regie.scoring.preview.none_moves', { all });
  return translate('regie.scoring.preview.moves', { smart_count: moved, moved, all });
}

const NUMBER_FIELDS = ['gapWeight', 'minResponses', 'windowDays', 'commercialWeight'] as const;

/** The model's values as the form holds them (each level in order), for a preview or a comparison. */
export function modelValues(values: Partial<ScoringModelValues> | undefined): ScoringModelValues {
  return {
    levels: IMPACT_LEVELS.map(({ id }) => ({ level: id, value: values?.levels?.find(entry => entry.level === id)?.value ?? NaN })),
    gapWeight: values?.gapWeight ?? NaN,
    minResponses: values?.minResponses ?? NaN,
    windowDays: values?.windowDays ?? NaN,
    commercialWeight: values?.commercialWeight ?? NaN,
  };
}

/** Every value filled in with a number: only then is a preview worth asking for. */
export const isComplete = (values: ScoringModelValues): boolean =>
  values.levels.every(entry => typeof entry.value === 'number' && Number.isFinite(entry.value)) &&
  NUMBER_FIELDS.every(field => typeof values[field] === 'number' && Number.isFinite(values[field]));

/** Whether the proposal differs from the active model at all. */
export const differs = (proposed: ScoringModelValues, active: ScoringModelValues): boolean => JSON.stringify(proposed) !== JSON.stringify(active);

interface InitiativeFormValues {
  impacts?: ({ stageId?: string | null; level?: string | null } | null | undefined)[] | null;
  effort?: unknown;
  confidence?: unknown;
  commercialValue?: unknown;
}

const LEVELS: readonly string[] = IMPACT_LEVELS.map(level => level.id);

/**
 * The score-preview inputs of an initiative form as filled in so far, or what is still missing
 * for a score. Impact rows without a stage yet are left out, as is a stage named a second time
 * (the form says so under it); the server checks the rest.
 */
export function scorePreviewInputs(values: InitiativeFormValues, { translate, locale }: Wording = ENGLISH): ScorePreviewInputs | { missing: string } {
  const effort = Number(values.effort);
  if (values.effort == null || values.effort === '' || !Number.isFinite(effort) || effort <= 0) return { missing: translate('regie.scoring.preview.missing_effort') };
  if (effort > 10_000) return { missing: translate('regie.scoring.preview.effort_too_high', { max: formatters(locale).number(10_000, 0) }) };
  const confidence = typeof values.confidence === 'number' ? values.confidence : 0.5;
  const commercialValue = Number.isInteger(values.commercialValue) ? (values.commercialValue as number) : 3;
  const seen = new Set<string>();
  const impacts: ScorePreviewInputs['impacts'] = [];
  for (const impact of values.impacts ?? []) {
    const stageId = impact?.stageId == null ? '' : String(impact.stageId);
    if (!stageId || !impact?.level || !LEVELS.includes(impact.level) || seen.has(stageId)) continue;
    seen.add(stageId);
    impacts.push({ stageId, level: impact.level as ScorePreviewInputs['impacts'][number]['level'] });
  }
  return { impacts, effort, confidence, commercialValue };
}
