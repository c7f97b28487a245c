import { toCsv } from '../common/csv.ts';
import { STATUS_LOOK } from '../initiatives/choices.ts';
import { formatWeeks } from '../scoring/explain.ts';
import type { DepartmentPlan, PlanInitiative } from './types';

const HEADER = ['quarter', 'department', 'capacity (person-weeks)', 'plan', 'rank', 'initiative', 'status', 'effort (person-weeks)', 'cumulative effort', 'carried over', 'reason'];

const statusName = (initiative: PlanInitiative) => STATUS_LOOK[initiative.status]?.name ?? initiative.status;

/** The quarter plan as rows: each department's planned initiatives in order, then its deferred ones with the reason. */
export function planCsv(quarter: string, plans: readonly DepartmentPlan[]): string {
  return toCsv(
    HEADER,
    plans.flatMap(({ department, capacity, planned, deferred }) => [
      ...planned.map(({ rank, initiative, cumulativeEffort, carriedOver }) => [
        quarter,
        department.code,
        capacity,
        'planned',
        rank,
        initiative.title,
        statusName(initiative),
        initiative.effort,
        cumulativeEffort,
        carriedOver ? 'yes' : 'no',
        '',
      ]),
      ...deferred.map(({ rank, initiative, reason, carriedOver }) => [
        quarter,
        department.code,
        capacity,
        'deferred',
        rank,
        initiative.title,
        statusName(initiative),
        initiative.effort,
        '',
        carriedOver ? 'yes' : 'no',
        reason,
      ]),
    ]),
  );
}

/** The plan in one sentence: "112 of 194 person-weeks planned for 14 initiatives in 6 departments; 1 deferred." */
export function planTotals(plans: readonly DepartmentPlan[]): string {
  const capacity = plans.reduce((sum, plan) => sum + (plan.capacity ?? 0), 0);
  const planned = plans.reduce((sum, plan) => sum + plan.plannedEffort, 0);
  const initiatives = plans.reduce((sum, plan) => sum + plan.planned.length, 0);
  const deferred = plans.reduce((sum, plan) => sum + plan.deferred.length, 0);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${formatWeeks(planned)} of ${formatWeeks(capacity)} person-weeks planned for ${count(initiatives, 'initiative', 'initiatives')} in ${count(plans.length, 'department', 'departments')}; ${deferred} deferred.`;
}
