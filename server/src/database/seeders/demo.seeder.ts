import { ref } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { randomBytes } from 'node:crypto';
import { addDays } from '../../common/time-zone.js';
import { hashPassword } from '../../modules/auth/password.js';
import { Channel } from '../../modules/channel/channel.entity.js';
import { Decision, DecisionAction } from '../../modules/decision/decision.entity.js';
import { DepartmentCapacity } from '../../modules/department/department-capacity.entity.js';
import { Department } from '../../modules/department/department.entity.js';
import { InitiativeStatus } from '../../modules/initiative/initiative.enums.js';
import { TRANSITIONS } from '../../modules/initiative/workflow.js';
import { Initiative } from '../../modules/initiative/initiative.entity.js';
import { StageImpact } from '../../modules/initiative/stage-impact.entity.js';
import { JourneyStage } from '../../modules/journey/journey-stage.entity.js';
import { Journey } from '../../modules/journey/journey.entity.js';
import { KpiMeasurement } from '../../modules/kpi/kpi-measurement.entity.js';
import { Kpi } from '../../modules/kpi/kpi.entity.js';
import { MaturityAssessment, PILLAR_FIELDS } from '../../modules/maturity/maturity-assessment.entity.js';
import { MATURITY_QUESTIONNAIRE, PILLARS, maturityScores } from '../../modules/maturity/maturity.questionnaire.js';
import { Person } from '../../modules/person/person.entity.js';
import { Segment } from '../../modules/segment/segment.entity.js';
import { recountAggregates } from '../../modules/survey-response/ingest.js';
import { initiativeScoresCte, scoreCtes } from '../../modules/scoring/score-sql.js';
import { withoutKeysAndIndexes } from '../bulk-load.js';
import {
  DEMO_ACCOUNTS,
  DEMO_CAPACITY,
  DEMO_CHANNELS,
  DEMO_COLLEAGUES,
  DEMO_DECISION_REASONS,
  DEMO_DEPARTMENTS,
  DEMO_INITIATIVES,
  DEMO_JOURNEYS,
  DEMO_KPIS,
  DEMO_MONTHS,
  DEMO_QUARTERS,
  DEMO_REFERENCE_DATE,
  DEMO_SEGMENTS,
  DEMO_SURVEY,
  type DemoInitiative,
  type DemoJourneyResponses,
  type DemoKpi,
} from './demo-data.js';
import { DEMO_MATURITY } from './demo-maturity.js';
import { writeResponses, type ResponseCell } from './demo-responses.js';

export { DEMO_ACCOUNTS, DEMO_DEPARTMENTS } from './demo-data.js';

export interface SeedResult {
  seeded: boolean;
  /** Set when no DEMO_PASSWORD was given: the generated one, to print once. */
  generatedPassword?: string;
}

export class DemoSeeder {
  /** `timeZone`: the organisation's (REGIE_TIME_ZONE), whose calendar days the response counts follow. */
  constructor(
    private readonly demoPassword?: string,
    private readonly timeZone = 'Europe/Amsterdam',
  ) {}

  /** Seeds only an empty database (no departments, no people), in one transaction. */
  async run(em: SqlEntityManager): Promise<SeedResult> {
    if ((await em.count(Department, {})) > 0 || (await em.count(Person, {})) > 0) return { seeded: false };
    const generatedPassword = this.demoPassword ? undefined : randomBytes(12).toString('base64url');
    // Hashed once: scrypt is slow on purpose, and every demo account shares the password.
    const passwordHash = await hashPassword(this.demoPassword ?? generatedPassword!);
    await em.transactional(tx => new DemoWriter(tx, passwordHash, this.timeZone).write());
    return { seeded: true, generatedPassword };
  }
}

/** The shortest way from PROPOSED to each status. */
const PATH: Record<InitiativeStatus, readonly DecisionAction[]> = {
  PROPOSED: [],
  UNDER_REVIEW: [DecisionAction.SUBMIT],
  APPROVED: [DecisionAction.SUBMIT, DecisionAction.APPROVE],
  IN_PROGRESS: [DecisionAction.SUBMIT, DecisionAction.APPROVE, DecisionAction.START],
  DONE: [DecisionAction.SUBMIT, DecisionAction.APPROVE, DecisionAction.START, DecisionAction.COMPLETE],
  REJECTED: [DecisionAction.SUBMIT, DecisionAction.REJECT],
  PARKED: [DecisionAction.SUBMIT, DecisionAction.PARK],
};

/** Days between one decision and the next (COMPLETE uses the initiative's own date). */
const DAYS_AFTER: Partial<Record<DecisionAction, number>> = { SUBMIT: 4, APPROVE: 16, REJECT: 16, PARK: 16, START: 12, PIN_RANK: 3 };
/** A parked initiative comes back after a quarter or so. */
const DAYS_UNTIL_RESUBMIT = 90;

const RESUBMIT_REASON = 'Resubmitted: the open questions are answered.';
const REGIE_EMAIL = 'regie@demo.regie';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const REFERENCE = Date.parse(`${DEMO_REFERENCE_DATE}T00:00:00Z`);

/** Writes the demo data of demo-data.ts, in an order that satisfies the foreign keys. */
class DemoWriter {
  private readonly departments = new Map<string, Department>();
  private readonly people = new Map<string, Person>();
  private readonly stages = new Map<string, JourneyStage>();
  private readonly journeyEntities = new Map<string, Journey>();
  private readonly channels = new Map<string, Channel>();
  private readonly segments = new Map<string, Segment>();

  constructor(
    private readonly em: SqlEntityManager,
    private readonly passwordHash: string,
    private readonly timeZone: string,
  ) {}

  async write(): Promise<void> {
    await this.organisation();
    this.capacities();
    this.journeys();
    DEMO_INITIATIVES.forEach((initiative, index) => this.initiative(initiative, index));
    DEMO_KPIS.forEach((kpi, index) => this.kpi(kpi, index));
    this.maturity();
    await this.em.flush();
    await this.responses();
    await this.decisionScores();
  }

  /**
   * The governance log keeps each decision's priority score and model version; the demo's history
   * is made up, so its decisions carry the scores as of the demo's reference date.
   */
  private async decisionScores(): Promise<void> {
    await this.em.getConnection().execute(
      `with ${scoreCtes(DEMO_REFERENCE_DATE)}, ${initiativeScoresCte}
       update decision d set priority_score = s.priority_score, model_version = (select version from score_model)
       from initiative_score s where s.initiative_id = d.initiative_id`,
      [],
      'run',
      this.em.getTransactionContext(),
    );
  }

  /** Departments, people and leads; flushed, because decisions name their actors by id. */
  private async organisation(): Promise<void> {
    const { em } = this;
    for (const department of DEMO_DEPARTMENTS) this.departments.set(department.code, em.create(Department, { ...department } as never));
    for (const [person, passwordHash] of [...DEMO_ACCOUNTS.map(p => [p, this.passwordHash] as const), ...DEMO_COLLEAGUES.map(p => [p, null] as const)]) {
      const department = person.department ? this.departments.get(person.department)! : null;
      const entity = em.create(Person, { ...person, department, active: true, passwordHash } as never);
      this.people.set(person.email, entity);
      // Departments and leads point at each other; the unit of work inserts one side first and links them after.
      if (department && person.role === 'DEPARTMENT_LEAD') department.lead = ref(entity);
    }
    await em.flush();
  }

  private capacities(): void {
    for (const [code, department] of this.departments) {
      for (const quarter of DEMO_QUARTERS) {
        const factor = DEMO_CAPACITY.quarterFactor[quarter.slice(5)];
        const personWeeks = Math.round(DEMO_CAPACITY.base[code as keyof typeof DEMO_CAPACITY.base] * factor);
        this.em.create(DepartmentCapacity, { department, quarter, personWeeks } as never);
      }
    }
  }

  private journeys(): void {
    const { em, channels, segments } = this;
    for (const c of DEMO_CHANNELS) channels.set(c.name, em.create(Channel, { ...c } as never));
    for (const s of DEMO_SEGMENTS) segments.set(s.name, em.create(Segment, { ...s } as never));
    for (const journey of DEMO_JOURNEYS) {
      const entity = em.create(Journey, {
        name: journey.name,
        description: journey.description,
        owner: this.person(journey.owner),
        segments: journey.segments.map(name => segments.get(name)!),
        targetNps: journey.targetNps,
        targetDate: journey.targetDate,
      } as never);
      this.journeyEntities.set(journey.key, entity);
      journey.stages.forEach((stage, index) => {
        const { key, channels: names, targetNps, ...rest } = stage;
        this.stages.set(
          `${journey.key}/${key}`,
          em.create(JourneyStage, { ...rest, journey: entity, position: index + 1, targetNps: targetNps ?? null, channels: names.map(name => channels.get(name)!) } as never),
        );
      });
    }
  }

  private initiative(data: DemoInitiative, index: number): void {
    const { em } = this;
    const department = this.departments.get(data.department)!;
    const lead = [...this.people.values()].find(p => p.role === 'DEPARTMENT_LEAD' && p.department?.id === department.id)!;
    const createdAt = new Date(`${data.proposed}T09:00:00Z`);
    const initiative = em.create(Initiative, {
      title: data.title,
      description: data.description,
      department,
      owner: data.owner ? this.person(data.owner) : lead,
      contributingDepartments: (data.contributors ?? []).map(code => this.departments.get(code)!),
      pillar: data.pillar,
      status: data.status,
      effort: data.effort,
      confidence: data.confidence,
      commercialValue: data.commercialValue,
      targetQuarter: data.targetQuarter,
      pinnedRank: data.pin?.rank ?? null,
      pinReason: data.pin?.reason ?? null,
      createdAt,
      updatedAt: createdAt,
    } as never);
    for (const impact of data.impacts) {
      em.create(StageImpact, { initiative, stage: this.stage(impact.stage), level: impact.level, rationale: impact.rationale } as never);
    }
    this.decisions(initiative, data, lead, index);
  }

  /** The governance log: a decision for every status passed through, days apart, and the pin. */
  private decisions(initiative: Initiative, data: DemoInitiative, lead: Person, index: number): void {
    const regie = this.person(REGIE_EMAIL);
    let status = InitiativeStatus.PROPOSED;
    let day = Date.parse(`${data.proposed}T00:00:00Z`);
    let step = 0;
    const write = (action: DecisionAction, actor: Person, fromValue: string | null, toValue: string, reason: string) => {
      // Some hour of the working day that varies, so that the log does not look machine-made.
      const at = new Date(day + (9 + ((index * 3 + step++) % 8)) * HOUR_MS);
      if (at.getTime() >= REFERENCE) throw new Error(`Demo data: "${data.title}" ${action} falls after ${DEMO_REFERENCE_DATE}`);
      this.em.create(Decision, { initiative, action, fromValue, toValue, reason, actorType: 'PERSON', actorId: actor.id, actorName: actor.name, actorEmail: actor.email, at } as never);
      initiative.updatedAt = at;
      return at;
    };
    for (const action of data.history ?? PATH[data.status]) {
      // The real status flow decides where each step leads and who takes it.
      const transition = TRANSITIONS.find(tr => tr.from === status && tr.action === action);
      if (!transition) throw new Error(`Demo data: "${data.title}" cannot ${action} from ${status}`);
      const resubmit = transition.from === InitiativeStatus.PARKED;
      day = action === DecisionAction.COMPLETE ? Date.parse(`${data.completed}T00:00:00Z`) : day + (resubmit ? DAYS_UNTIL_RESUBMIT : DAYS_AFTER[action]!) * DAY_MS;
      const reason = transition.needsReason ? data.reason! : resubmit ? RESUBMIT_REASON : DEMO_DECISION_REASONS[action]!;
      const at = write(action, transition.by === 'DEPARTMENT' ? lead : regie, status, transition.to, reason);
      if (action === DecisionAction.COMPLETE) initiative.completedAt = at;
      status = transition.to as InitiativeStatus;
    }
    if (status !== data.status) throw new Error(`Demo data: the decisions of "${data.title}" end in ${status}, not ${data.status}`);
    if (data.pin) {
      day += DAYS_AFTER.PIN_RANK! * DAY_MS;
      write(DecisionAction.PIN_RANK, regie, null, String(data.pin.rank), data.pin.reason);
    }
  }

  private kpi(data: DemoKpi, index: number): void {
    const { em } = this;
    const { department, stages, from, to, noise, decimals, notes, ...fields } = data;
    const kpi = em.create(Kpi, { ...fields, department: this.departments.get(department)!, stages: stages.map(ref => this.stage(ref)) } as never);
    const random = mulberry32(1000 + index);
    const scale = 10 ** decimals;
    DEMO_MONTHS.forEach((period, month) => {
      const trend = from + ((to - from) * month) / (DEMO_MONTHS.length - 1);
      const value = Math.round((trend + noise * (2 * random() - 1)) * scale) / scale;
      em.create(KpiMeasurement, { kpi, period, value, note: notes?.[period] ?? null } as never);
    });
  }

  /** Two maturity assessments per department, half a year apart (demo-maturity.ts). */
  private maturity(): void {
    const regie = this.person(REGIE_EMAIL);
    for (const [code, department] of this.departments) {
      const lead = [...this.people.values()].find(p => p.role === 'DEPARTMENT_LEAD' && p.department?.id === department.id)!;
      for (const { daysBefore, by, scores } of DEMO_MATURITY[code as keyof typeof DEMO_MATURITY]) {
        const answers = MATURITY_QUESTIONNAIRE.map(statement => {
          const index = Number(statement.key.slice(-1)) - 1;
          return { statement: statement.key, score: Number(scores[PILLARS.indexOf(statement.pillar)][index]) };
        });
        const { pillars, overall } = maturityScores(answers);
        const assessor = by === 'lead' ? lead : regie;
        const assessedAt = addDays(DEMO_REFERENCE_DATE, -daysBefore);
        this.em.create(MaturityAssessment, {
          department,
          assessedAt,
          answers,
          ...Object.fromEntries(PILLARS.map(pillar => [PILLAR_FIELDS[pillar], pillars[pillar]])),
          overall,
          assessedById: assessor.id,
          assessedByName: assessor.name,
          createdAt: new Date(`${assessedAt}T15:00:00Z`),
        } as never);
      }
    }
  }

  /**
   * Twelve months of survey responses, ending the day before the reference date: one set-based
   * statement for all of them, then the daily and monthly counts recounted from the rows.
   */
  private async responses(): Promise<void> {
    const plans: Readonly<Record<string, DemoJourneyResponses>> = DEMO_SURVEY.journeys;
    const cells: ResponseCell[] = [];
    const channelIds = (names: readonly string[]) => names.map(name => this.channels.get(name)!.id);
    for (const journey of DEMO_JOURNEYS) {
      const plan = plans[journey.key];
      if (!plan) throw new Error(`Demo data: no survey responses for journey ${journey.key}`);
      const unknown = Object.keys(plan.stages).filter(key => !journey.stages.some(stage => stage.key === key));
      if (unknown.length > 0) throw new Error(`Demo data: survey responses for unknown stages ${unknown.map(key => `${journey.key}/${key}`).join(', ')}`);
      const journeyId = this.journeyEntities.get(journey.key)!.id;
      const segments = journey.segments.map(name => ({
        id: this.segments.get(name)!.id,
        share: DEMO_SEGMENTS.find(s => s.name === name)!.share,
        offset: DEMO_SURVEY.segmentOffset[name],
      }));
      cells.push({
        journeyId,
        stageId: null,
        channelIds: channelIds(DEMO_SURVEY.journeyChannels),
        segments,
        responses: Math.round(plan.volume * DEMO_SURVEY.journeyShare),
        level: plan.journey,
      });
      for (const stage of journey.stages) {
        const level = plan.stages[stage.key];
        if (!level) throw new Error(`Demo data: no NPS level for stage ${journey.key}/${stage.key}`);
        const entity = this.stage(`${journey.key}/${stage.key}`);
        cells.push({ journeyId, stageId: entity.id, channelIds: channelIds(stage.channels), segments, responses: Math.round(plan.volume * stage.reach), level });
      }
    }
    const { source, days, passiveShare, commentShare, comments } = DEMO_SURVEY;
    const plan = { source, externalIdPrefix: `${source}-`, firstDay: addDays(DEMO_REFERENCE_DATE, -days), days, passiveShare, commentShare, comments, cells };
    await withoutKeysAndIndexes(this.em, 'survey_response', () => writeResponses(this.em, plan, this.timeZone));
    await recountAggregates(this.em, this.timeZone);
  }

  private person(email: string): Person {
    const person = this.people.get(email);
    if (!person) throw new Error(`Demo data: no person ${email}`);
    return person;
  }

  private stage(ref: string): JourneyStage {
    const stage = this.stages.get(ref);
    if (!stage) throw new Error(`Demo data: no stage ${ref}`);
    return stage;
  }
}

/** A small seeded PRNG (mulberry32): the same "noise" on every seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
