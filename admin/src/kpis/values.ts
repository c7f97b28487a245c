// How KPI values read, and whether they meet their target. Pure, so the unit tests run it as is.

export type KpiDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

/** The directions as choices; SelectField and SelectInput translate the names (kpis/messages.ts). */
export const DIRECTION_CHOICES: { id: KpiDirection; name: string }[] = [
  { id: 'HIGHER_IS_BETTER', name: 'regie.kpis.direction.HIGHER_IS_BETTER' },
  { id: 'LOWER_IS_BETTER', name: 'regie.kpis.direction.LOWER_IS_BETTER' },
];

/** Whether `value` meets `target` in the KPI's direction; undefined without a target. */
export function meetsTarget(value: number, target: number | null | undefined, direction: KpiDirection): boolean | undefined {
  if (target === null || target === undefined) return undefined;
  return direction === 'HIGHER_IS_BETTER' ? value >= target : value <= target;
}

// Units written right after the number; any other unit follows after a space ("450 seconds").
const TIGHT_UNITS = new Set(['%']);

/** A value with its unit, in the reader's locale unless one is given: "3.25%", "136 €", "450 seconds". */
export function formatValue(value: number | null | undefined, unit: string | null | undefined, locale?: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const number = value.toLocaleString(locale, { maximumFractionDigits: 2 });
  if (!unit) return number;
  return TIGHT_UNITS.has(unit) ? `${number}${unit}` : `${number} ${unit}`;
}
