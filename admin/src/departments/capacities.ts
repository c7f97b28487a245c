import type { Validator } from 'react-admin';

/** Person-weeks a department has for CX initiatives in one quarter (YYYY-Qn). */
export interface Capacity {
  quarter: string;
  personWeeks: number;
}

/** The server takes each quarter at most once; saying so before sending names the quarter. */
export const eachQuarterOnce: Validator = (capacities: readonly Partial<Capacity>[] | undefined) => {
  const seen = new Set<string>();
  for (const { quarter } of capacities ?? []) {
    if (!quarter) continue;
    if (seen.has(quarter)) return { message: 'regie.departments.quarter_twice', args: { quarter } };
    seen.add(quarter);
  }
  return undefined;
};
