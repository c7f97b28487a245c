import type { RunFigures } from './load.js';
import { isScored, SCORED_GOAL, type ScenarioKey, type Target } from './scenarios.js';

/** All runs of one server in one scenario at one connection count. */
export interface Cell {
  scenario: ScenarioKey;
  target: Target;
  connections: number;
  runs: (RunFigures & { updates?: number; conflicts?: number })[];
}

export interface Summary {
  scenario: ScenarioKey;
  target: Target;
  connections: number;
  /** Medians of the alternations. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerRequest: number;
  dbCpuMsPerRequest: number;
  /** Summed over the alternations. */
  errors: number;
  non2xx: number;
  badAnswers: number;
  updates?: number;
  conflicts?: number;
  /** The largest of the runs. */
  peakRssMb: number;
  sqlPerRequest: number | null;
}

export interface Ratio {
  scenario: ScenarioKey;
  connections: number;
  baseline: Exclude<Target, 'regie'>;
  /** Regie's median req/s over the baseline's: above 1 is faster (null when a side served nothing). */
  throughput: number | null;
  /** Regie's median p99 over the baseline's: below 1 is better. */
  p99: number | null;
  /** Regie's median CPU per request over the baseline's. */
  cpu: number | null;
  /** The goal of issue 10 (scenarios 5 and 6: issue 8) for this pair, and whether it is met. */
  goal: string;
  met: boolean;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const ratio = (a: number, b: number) => (a > 0 && b > 0 ? round(a / b, 3) : null);
const sum = (values: (number | undefined)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);

export function summarise(cell: Cell, sqlPerRequest: number | null): Summary {
  const runs = cell.runs;
  const mixed = cell.scenario === 'mixed';
  return {
    scenario: cell.scenario,
    target: cell.target,
    connections: cell.connections,
    rps: round(median(runs.map(r => r.rps)), 1),
    p50Ms: round(median(runs.map(r => r.p50Ms))),
    p99Ms: round(median(runs.map(r => r.p99Ms))),
    cpuMsPerRequest: round(median(runs.map(r => r.cpuMsPerRequest)), 3),
    dbCpuMsPerRequest: round(median(runs.map(r => r.dbCpuMsPerRequest)), 3),
    errors: sum(runs.map(r => r.errors)),
    non2xx: sum(runs.map(r => r.non2xx)),
    badAnswers: sum(runs.map(r => r.badAnswers)),
    ...(mixed ? { updates: sum(runs.map(r => r.updates)), conflicts: sum(runs.map(r => r.conflicts)) } : {}),
    peakRssMb: Math.max(...runs.map(r => r.peakRssMb)),
    sqlPerRequest,
  };
}

/** Regie against each baseline, with the goals of issue 10 ("The speed to win it"). */
export function ratios(summaries: Summary[]): Ratio[] {
  const out: Ratio[] = [];
  for (const regie of summaries.filter(s => s.target === 'regie')) {
    for (const baseline of ['postgraphile', 'floor'] as const) {
      const other = summaries.find(s => s.target === baseline && s.scenario === regie.scenario && s.connections === regie.connections);
      if (!other) continue;
      const throughput = ratio(regie.rps, other.rps);
      const p99 = ratio(regie.p99Ms, other.p99Ms);
      const cpu = ratio(regie.cpuMsPerRequest, other.cpuMsPerRequest);
      const clean = regie.errors + regie.non2xx + regie.badAnswers === 0;
      let goal: string;
      let met: boolean;
      if (regie.scenario === 'mixed') {
        goal = 'no errors';
        met = clean;
      } else if (isScored(regie.scenario)) {
        // Issue 8: at least half the floor's throughput; at 10 connections also p99 ≤ 60 ms.
        const p99Goal = regie.connections === SCORED_GOAL.atConnections;
        goal = `≥ ${SCORED_GOAL.throughputRatio}× req/s${p99Goal ? `, p99 ≤ ${SCORED_GOAL.p99Ms} ms` : ''}`;
        met = throughput !== null && throughput >= SCORED_GOAL.throughputRatio && (!p99Goal || regie.p99Ms <= SCORED_GOAL.p99Ms) && clean;
      } else if (baseline === 'postgraphile') {
        goal = '≥ 1.0× req/s, p99 no worse';
        met = throughput !== null && p99 !== null && throughput >= 1 && p99 <= 1 && clean;
      } else {
        goal = '≥ 0.5× req/s';
        met = throughput !== null && throughput >= 0.5 && clean;
      }
      out.push({ scenario: regie.scenario, connections: regie.connections, baseline, throughput, p99, cpu, goal, met });
    }
  }
  return out;
}

const fixed = (value: number | null) => (value === null ? '–' : value.toFixed(2));
const pad = (text: string | number, width: number, left = false) => (left ? String(text).padEnd(width) : String(text).padStart(width));

export function printTable(summaries: Summary[], ratioRows: Ratio[], titles: Record<ScenarioKey, string>): void {
  const header = `${pad('server', 13, true)}${pad('conns', 6)}${pad('req/s', 9)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('errors', 8)}${pad('SQL/req', 9)}${pad('peak RSS MB', 13)}${pad('CPU ms/req', 12)}${pad('DB CPU ms/req', 15)}`;
  let scenario: ScenarioKey | undefined;
  for (const s of summaries) {
    if (s.scenario !== scenario) {
      scenario = s.scenario;
      console.log(`\n${titles[s.scenario]}\n${header}`);
    }
    const errors = s.errors + s.non2xx + s.badAnswers;
    const extra = s.updates !== undefined ? `  (${s.updates} updates, ${s.conflicts} CONFLICT answers)` : '';
    console.log(
      `${pad(s.target, 13, true)}${pad(s.connections, 6)}${pad(s.rps.toFixed(1), 9)}${pad(s.p50Ms.toFixed(1), 9)}${pad(s.p99Ms.toFixed(1), 9)}${pad(errors, 8)}${pad(s.sqlPerRequest === null ? '–' : s.sqlPerRequest.toFixed(2), 9)}${pad(s.peakRssMb, 13)}${pad(s.cpuMsPerRequest.toFixed(2), 12)}${pad(s.dbCpuMsPerRequest.toFixed(2), 15)}${extra}`,
    );
  }
  console.log(
    `\nRegie / baseline (medians)\n${pad('scenario', 13, true)}${pad('conns', 6)}  ${pad('baseline', 13, true)}${pad('req/s ×', 9)}${pad('p99 ×', 8)}${pad('CPU ×', 8)}  goal`,
  );
  for (const r of ratioRows) {
    console.log(
      `${pad(r.scenario, 13, true)}${pad(r.connections, 6)}  ${pad(r.baseline, 13, true)}${pad(fixed(r.throughput), 9)}${pad(fixed(r.p99), 8)}${pad(fixed(r.cpu), 8)}  ${r.met ? 'met' : 'MISSED'}: ${r.goal}`,
    );
  }
}
