// A KPI chart's value axis: round ticks (steps of 1, 2, 2.5 or 5 times a power of ten) around the
// values and the target, so that the axis reads "120 €, 130 €, 140 €" rather than "120.05 €".
// Pure, so the unit tests run it as is.

const STEPS = [1, 2, 2.5, 5, 10];

/** About `count` round ticks from at or below the lowest value to at or above the highest. */
export function niceTicks(values: readonly number[], count = 5): number[] {
  const known = values.filter(Number.isFinite);
  if (known.length === 0) return [0, 1];
  let low = Math.min(...known);
  let high = Math.max(...known);
  if (low === high) {
    const room = Math.abs(low) * 0.1 || 1;
    low -= room;
    high += room;
  }
  const rough = (high - low) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  // A little tolerance: 0.8 / 4 is 0.20000000000000007 in floating point, and a step of 0.2 fits.
  const step = (STEPS.find(candidate => candidate * power >= rough * (1 - 1e-9)) ?? 10) * power;
  const first = Math.floor(low / step + 1e-9) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision, so that 0.1 + 0.2 does not show as 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let tick = first; tick < high + step * 1e-9 || ticks.length < 2; tick += step) ticks.push(Number(tick.toFixed(decimals)));
  if (ticks.at(-1)! < high) ticks.push(Number((ticks.at(-1)! + step).toFixed(decimals)));
  return ticks;
}
