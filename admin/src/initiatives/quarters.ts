/** A quarter as the API writes it: YYYY-Qn. */
export const QUARTER = /^\d{4}-Q[1-4]$/;

const quarterOf = (date: Date) => ({ year: date.getFullYear(), q: Math.floor(date.getMonth() / 3) + 1 });

/** This quarter and the `count` after it, e.g. 2026-Q4, 2027-Q1, …, for a target quarter. */
export function comingQuarters(count: number, now = new Date()): string[] {
  const { year, q } = quarterOf(now);
  return Array.from({ length: count + 1 }, (_, i) => {
    const index = q - 1 + i;
    return `${year + Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  });
}

/** The choices of a target quarter: the coming ones, and the one already set when it is another. */
export function quarterChoices(current: unknown, now = new Date()): { id: string; name: string }[] {
  const quarters = comingQuarters(6, now);
  if (typeof current === 'string' && QUARTER.test(current) && !quarters.includes(current)) quarters.push(current);
  return quarters.sort().map(quarter => ({ id: quarter, name: quarter }));
}
