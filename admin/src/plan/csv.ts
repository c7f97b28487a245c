import { toCsv } from '../common/csv.ts';
import { formatters } from '../common/format.ts';
import { mergeMessages, translatorOf, type Wording } from '../i18n/translation.ts';
import { statusKey } from '../initiatives/choices.ts';
import { messages as initiativeMessages } from '../initiatives/messages.ts';
import { formatWeeks } from '../scoring/explain.ts';
import { messages } from './messages.ts';
import type { DepartmentPlan, PlanInitiative } from './types';

const HEADER = ['quarter', 'department', 'capacity (person-weeks)', 'plan', 'rank', 'initiative', 'status', 'effort (person-weeks)', 'cumulative effort', 'carried over', 'reason'];

/** The English of these functions when no reader's language is given (and in the unit tests). */
const ENGLISH: Wording = { translate: translatorOf(mergeMessages(messages.en, initiativeMessages.en)), locale: 'en' };

// The file is data for other tools: its words stay English whatever the admin's language.
const statusName = (initiative: PlanInitiative) => ENGLISH.translate(statusKey(initiative.status), { _: initiative.status });

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
export function planTotals(plans: readonly DepartmentPlan[], { translate, locale }: Wording = ENGLISH): string {
  const capacity = plans.reduce((sum, plan) => sum + (plan.capacity ?? 0), 0);
  const planned = plans.reduce((sum, plan) => sum + plan.plannedEffort, 0);
  const initiatives = plans.reduce((sum, plan) => sum + plan.planned.length, 0);
  const deferred = plans.reduce((sum, plan) => sum + plan.deferred.length, 0);
  const count = (key: string, n: number) => translate(`regie.plan.totals.${key}`, { smart_count: n, count: formatters(locale).number(n, 0) });
  return translate('regie.plan.totals.sentence', {
    planned: formatWeeks(planned, locale),
    capacity: formatWeeks(capacity, locale),
    initiatives: count('initiatives', initiatives),
    departments: count('departments', plans.length),
    deferred: formatters(locale).number(deferred, 0),
  });
}
