import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { createServer, type RegieServer } from '../src/app.js';
import { addDays } from '../src/common/time-zone.js';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/database/orm.js';
import { DEMO_COLLEAGUES, DEMO_MONTHS, DEMO_QUARTERS, DEMO_REFERENCE_DATE, DEMO_SURVEY } from '../src/database/seeders/demo-data.js';
import { DEMO_ACCOUNTS, DemoSeeder } from '../src/database/seeders/demo.seeder.js';
import { createLogger } from '../src/logger.js';
import { verifyPassword } from '../src/modules/auth/password.js';
import { Channel } from '../src/modules/channel/channel.entity.js';
import { Decision } from '../src/modules/decision/decision.entity.js';
import { Department } from '../src/modules/department/department.entity.js';
import { InitiativeStatus, OPEN_STATUSES, Pillar } from '../src/modules/initiative/initiative.enums.js';
import { Initiative } from '../src/modules/initiative/initiative.entity.js';
import { TRANSITIONS } from '../src/modules/initiative/workflow.js';
import { StageImpact } from '../src/modules/initiative/stage-impact.entity.js';
import { JourneyStage } from '../src/modules/journey/journey-stage.entity.js';
import { Journey } from '../src/modules/journey/journey.entity.js';
import { Kpi } from '../src/modules/kpi/kpi.entity.js';
import { MaturityAssessment, PILLAR_FIELDS } from '../src/modules/maturity/maturity-assessment.entity.js';
import { MATURITY_QUESTIONNAIRE, PILLARS } from '../src/modules/maturity/maturity.questionnaire.js';
import { Person } from '../src/modules/person/person.entity.js';
import { Segment } from '../src/modules/segment/segment.entity.js';
import { recountAggregates } from '../src/modules/survey-response/ingest.js';

const PASSWORD = 'a-demo-password';
const drops: (() => Promise<void>)[] = [];
const databases: Database[] = [];

/** A database of its own, like the harness's: a fresh PostgreSQL database with DATABASE_URL, else in-memory PGlite. */
async function freshDatabase(): Promise<Database> {
  const adminUrl = process.env.DATABASE_URL;
  let db: Database;
  if (!adminUrl) {
    db = await openDatabase({ dataDir: 'memory://', statementTimeoutMs: 30_000 });
  } else {
    const name = `regie_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    db = await openDatabase({ databaseUrl: url.toString(), dataDir: 'memory://', statementTimeoutMs: 30_000 });
    drops.push(async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    });
  }
  databases.push(db);
  await db.migrate();
  return db;
}

afterAll(async () => {
  for (const db of databases) await db.close();
  for (const drop of drops) await drop();
});

/** Tables larger than this are compared by count and digest: the survey responses, tens of thousands. */
const LISTED_ROWS = 2000;

/**
 * Every row of every table as text, in a stable order (a count and a digest of them for the
 * large tables); ids included (they must repeat too), times of writing left out (they are "now")
 * except where the seed sets them from the demo's dates.
 */
async function dump(db: Database): Promise<Record<string, string[]>> {
  const connection = db.orm.em.getConnection();
  const metas = [...db.orm.getMetadata().getAll().values()].filter(meta => !meta.abstract && !meta.embeddable).sort((a, b) => a.tableName.localeCompare(b.tableName));
  const result: Record<string, string[]> = {};
  for (const meta of metas) {
    const table = meta.tableName;
    const volatile = table === 'initiative' ? ['password_hash'] : ['created_at', 'updated_at', 'password_hash'];
    const [{ count }] = await connection.execute<{ count: number }[]>(`select count(*)::int as count from "${table}"`);
    if (count > LISTED_ROWS) {
      // Row values as text in key order: to_jsonb of every row would take seconds on the embedded database.
      const columns = await connection.execute<{ name: string }[]>(
        'select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ? order by ordinal_position',
        [table],
      );
      const values = columns.filter(c => !volatile.includes(c.name)).map(c => `x."${c.name}"`);
      const key = meta.primaryKeys.flatMap(p => meta.properties[p].fieldNames).map(f => `x."${f}"`);
      const [{ digest }] = await connection.execute<{ digest: string }[]>(`select md5(string_agg(row(${values.join(', ')})::text, '|' order by ${key.join(', ')})) as digest from "${table}" x`);
      result[table] = [`${count} rows`, digest];
      continue;
    }
    const rows = await connection.execute<{ row: string }[]>(`select (to_jsonb(x) - ${volatile.map(c => `'${c}'`).join(' - ')})::text as row from "${table}" x order by 1`);
    result[table] = rows.map(r => r.row);
  }
  return result;
}

/** The keys and indexes of the survey tables, as the catalog defines them. */
async function surveySchema(db: Database): Promise<string[]> {
  const rows = await db.orm.em.getConnection().execute<{ definition: string }[]>(
    `select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) as definition from pg_constraint where conrelid::regclass::text like 'survey_response%'
     union all select indexdef from pg_indexes where tablename like 'survey_response%' order by 1`,
  );
  return rows.map(r => r.definition);
}

const OPEN = new Set<string>(OPEN_STATUSES);

describe('the demo organisation', () => {
  let db: Database;
  let schemaBeforeSeeding: string[];

  // How long seeding takes is measured by the benchmarks (npm run bench), not asserted here.
  beforeAll(async () => {
    db = await freshDatabase();
    schemaBeforeSeeding = await surveySchema(db);
    const result = await new DemoSeeder(PASSWORD).run(db.fork());
    expect(result).toEqual({ seeded: true, generatedPassword: undefined });
  }, 120_000);

  it('has six departments, in order, each at version 1 with a lead of its own and capacity per quarter', async () => {
    const em = db.fork();
    const departments = await em.find(Department, {}, { orderBy: { id: 'asc' }, populate: ['lead', 'capacities'] });
    expect(departments.map(d => [d.id, d.code, d.version])).toEqual([[1, 'MKT', 1], [2, 'SAL', 1], [3, 'CS', 1], [4, 'BIL', 1], [5, 'OPS', 1], [6, 'DIG', 1]]);
    for (const department of departments) {
      const lead = department.lead!.getEntity();
      expect(lead.role).toBe('DEPARTMENT_LEAD');
      expect(lead.department?.id).toBe(department.id);
      expect(department.capacities.getItems().map(c => c.quarter)).toEqual([...DEMO_QUARTERS]);
      for (const capacity of department.capacities) expect(capacity.personWeeks).toBeGreaterThan(0);
    }
    expect(departments.find(d => d.code === 'CS')!.lead!.getEntity().email).toBe('lead.cs@demo.regie');
    expect(departments.find(d => d.code === 'MKT')!.lead!.getEntity().email).toBe('lead.mkt@demo.regie');
  });

  it('has the demo accounts, who sign in with the demo password, and leads who cannot sign in', async () => {
    const em = db.fork();
    const people = await em.find(Person, {}, { populate: ['passwordHash'], orderBy: { id: 'asc' } });
    expect(people).toHaveLength(DEMO_ACCOUNTS.length + DEMO_COLLEAGUES.length);
    for (const account of DEMO_ACCOUNTS) {
      const person = people.find(p => p.email === account.email)!;
      expect(person.role).toBe(account.role);
      expect(await verifyPassword(PASSWORD, person.passwordHash)).toBe(true);
    }
    expect(await verifyPassword('not-the-password', people[0].passwordHash)).toBe(false);
    for (const colleague of DEMO_COLLEAGUES) {
      expect(people.find(p => p.email === colleague.email)!.passwordHash).toBeNull();
    }
  });

  it('has the channels and the segments', async () => {
    const em = db.fork();
    expect((await em.find(Channel, {}, { orderBy: { id: 'asc' } })).map(c => c.name)).toEqual(['Web', 'App', 'Phone', 'Store', 'Email', 'Chat', 'Social', 'Field service']);
    expect((await em.find(Segment, {}, { orderBy: { id: 'asc' } })).map(s => [s.name, s.share])).toEqual([['Consumer', 0.8], ['SME', 0.2]]);
  });

  it('has five journeys of 5 to 8 dense, ordered stages with importance, reach and channels', async () => {
    const em = db.fork();
    const journeys = await em.find(Journey, {}, { orderBy: { id: 'asc' }, populate: ['stages', 'stages.channels', 'segments'] });
    expect(journeys.map(j => j.name)).toEqual(['Becoming a customer', 'Moving house', 'Reporting an outage', 'Understanding my bill', 'Cancelling']);
    for (const journey of journeys) {
      expect(journey.owner).toBeTruthy();
      expect(journey.segments.length).toBeGreaterThan(0);
      expect(journey.targetNps).toEqual(expect.any(Number));
      expect(journey.targetDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const stages = journey.stages.getItems();
      expect(stages.length).toBeGreaterThanOrEqual(5);
      expect(stages.length).toBeLessThanOrEqual(8);
      expect(stages.map(s => s.position)).toEqual(stages.map((_, i) => i + 1));
      for (const stage of stages) {
        expect(stage.importance).toBeGreaterThanOrEqual(1);
        expect(stage.importance).toBeLessThanOrEqual(5);
        expect(stage.reach).toBeGreaterThanOrEqual(0);
        expect(stage.reach).toBeLessThanOrEqual(1);
        expect(stage.channels.length).toBeGreaterThan(0);
      }
    }
    const stages = journeys.flatMap(j => j.stages.getItems());
    expect(stages.filter(s => s.importance === 5).length).toBeGreaterThanOrEqual(5);
    expect(stages.filter(s => s.targetNps !== null).length).toBeGreaterThanOrEqual(3);
    expect(new Set(stages.flatMap(s => s.channels.getItems().map(c => c.name))).size).toBe(8);
  });

  describe('initiatives', () => {
    let initiatives: Initiative[];
    let impacts: StageImpact[];
    let stages: JourneyStage[];

    beforeAll(async () => {
      const em = db.fork();
      initiatives = await em.find(Initiative, {}, { orderBy: { id: 'asc' }, populate: ['contributingDepartments'] });
      impacts = await em.find(StageImpact, {}, { orderBy: { id: 'asc' } });
      stages = await em.find(JourneyStage, {}, { orderBy: { id: 'asc' } });
    });

    const departmentsOpenOn = (stageId: number) =>
      new Set(impacts.filter(i => i.stage.id === stageId).map(i => initiatives.find(x => x.id === i.initiative.id)!).filter(x => OPEN.has(x.status)).map(x => x.department.id));

    it('are about forty, in every status and pillar, owned by every department', () => {
      expect(initiatives.length).toBeGreaterThanOrEqual(36);
      expect(initiatives.length).toBeLessThanOrEqual(45);
      expect(new Set(initiatives.map(i => i.status))).toEqual(new Set(Object.values(InitiativeStatus)));
      expect(new Set(initiatives.map(i => i.pillar))).toEqual(new Set(Object.values(Pillar)));
      expect(new Set(initiatives.map(i => i.department.id))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
      for (const initiative of initiatives) {
        expect(initiative.owner).toBeTruthy();
        expect(initiative.effort).toBeGreaterThan(0);
        expect(initiative.confidence).toBeGreaterThan(0);
        expect(initiative.confidence).toBeLessThanOrEqual(1);
        expect(initiative.commercialValue).toBeGreaterThanOrEqual(1);
        expect(initiative.commercialValue).toBeLessThanOrEqual(5);
        expect(initiative.targetQuarter).toMatch(/^\d{4}-Q[1-4]$/);
        expect(initiative.completedAt !== null && initiative.completedAt !== undefined).toBe(initiative.status === InitiativeStatus.DONE);
      }
      expect(initiatives.filter(i => i.contributingDepartments.length > 0).length).toBeGreaterThanOrEqual(5);
    });

    it('touch 1 to 3 stages each, some on two journeys', () => {
      const journeysOf = (initiative: Initiative) => new Set(impacts.filter(i => i.initiative.id === initiative.id).map(i => stages.find(s => s.id === i.stage.id)!.journey.id));
      for (const initiative of initiatives) {
        const count = impacts.filter(i => i.initiative.id === initiative.id).length;
        expect(count).toBeGreaterThanOrEqual(1);
        expect(count).toBeLessThanOrEqual(3);
      }
      expect(initiatives.filter(i => journeysOf(i).size >= 2).length).toBeGreaterThanOrEqual(3);
      for (const impact of impacts) expect(impact.rationale).toBeTruthy();
    });

    it('overlap: several stages are touched by open initiatives of two or more departments', () => {
      const overlaps = stages.filter(s => departmentsOpenOn(s.id).size >= 2);
      expect(overlaps.length).toBeGreaterThanOrEqual(5);
      expect(overlaps.map(s => s.name)).toEqual(expect.arrayContaining(['Status updates', 'Signing the contract', 'Announcing the move']));
    });

    it('leave some important stages without an open initiative (the uncovered moments)', () => {
      const uncovered = stages.filter(s => s.importance >= 4 && departmentsOpenOn(s.id).size === 0).map(s => s.name);
      expect(uncovered.sort()).toEqual(['Final bill and refund', 'Meter readings at both addresses', 'Payment arrangement', 'Returning equipment']);
    });

    it('pin one or two with a reason', () => {
      const pinned = initiatives.filter(i => i.pinnedRank !== null && i.pinnedRank !== undefined);
      expect(pinned.map(i => i.pinnedRank).sort()).toEqual([1, 2]);
      for (const initiative of pinned) {
        expect(initiative.pinReason).toBeTruthy();
        expect(OPEN.has(initiative.status)).toBe(true);
      }
    });

    it('have a decision for every status passed through, legal, in time order, by the lead or the regie team', async () => {
      const em = db.fork();
      const decisions = await em.find(Decision, {}, { orderBy: { at: 'asc', id: 'asc' } });
      const people = await em.find(Person, {});
      const regie = people.find(p => p.email === 'regie@demo.regie')!;
      const reference = Date.parse(`${DEMO_REFERENCE_DATE}T00:00:00Z`);
      for (const initiative of initiatives) {
        const log = decisions.filter(d => d.initiative.id === initiative.id);
        const transitions = log.filter(d => d.action !== 'PIN_RANK');
        let status = 'PROPOSED';
        let previous = initiative.createdAt.getTime();
        for (const decision of log) {
          expect(decision.at.getTime()).toBeGreaterThan(previous);
          expect(decision.at.getTime()).toBeLessThan(reference);
          previous = decision.at.getTime();
          expect(decision.reason).toBeTruthy();
          expect(decision.actorType).toBe('PERSON');
          if (decision.action === 'PIN_RANK') {
            expect(decision).toMatchObject({ actorId: regie.id, toValue: String(initiative.pinnedRank), reason: initiative.pinReason });
            continue;
          }
          const transition = TRANSITIONS.find(tr => tr.from === decision.fromValue && tr.to === decision.toValue && tr.action === decision.action);
          expect(transition).toBeDefined();
          expect(decision.fromValue).toBe(status);
          status = decision.toValue!;
          const actor = people.find(p => p.id === decision.actorId)!;
          // People by name (DESIGN §1), with their email beside it.
          expect(decision).toMatchObject({ actorName: actor.name, actorEmail: actor.email });
          if (transition!.by === 'DEPARTMENT') expect(actor).toMatchObject({ role: 'DEPARTMENT_LEAD', department: expect.objectContaining({ id: initiative.department.id }) });
          else expect(actor.id).toBe(regie.id);
        }
        expect(status).toBe(initiative.status);
        expect(transitions.length === 0).toBe(initiative.status === InitiativeStatus.PROPOSED);
        if (initiative.completedAt) expect(transitions.at(-1)).toMatchObject({ action: 'COMPLETE', at: initiative.completedAt });
        expect(initiative.updatedAt).toEqual(log.at(-1)?.at ?? initiative.createdAt);
      }
      const actions = new Set(decisions.map(d => d.action));
      for (const action of ['SUBMIT', 'APPROVE', 'START', 'COMPLETE', 'REJECT', 'PARK', 'PIN_RANK']) expect(actions).toContain(action);
    });
  });

  it('has two or three KPIs per department, linked to stages, with twelve monthly measurements', async () => {
    const em = db.fork();
    const kpis = await em.find(Kpi, {}, { orderBy: { id: 'asc' }, populate: ['stages', 'measurements'] });
    for (const id of [1, 2, 3, 4, 5, 6]) {
      const own = kpis.filter(k => k.department.id === id);
      expect(own.length).toBeGreaterThanOrEqual(2);
      expect(own.length).toBeLessThanOrEqual(3);
    }
    for (const kpi of kpis) {
      expect(kpi.stages.length).toBeGreaterThan(0);
      expect(kpi.target).toEqual(expect.any(Number));
      const measurements = kpi.measurements.getItems().sort((a, b) => a.period.localeCompare(b.period));
      expect(measurements.map(m => m.period)).toEqual([...DEMO_MONTHS]);
      for (const m of measurements) expect(Number.isFinite(m.value)).toBe(true);
    }
    expect(kpis.find(k => k.name === 'Average handling time')).toMatchObject({ unit: 'seconds', direction: 'LOWER_IS_BETTER' });
  });

  it('has two maturity assessments per department, half a year apart, weakest on differing pillars, grown since', async () => {
    const em = db.fork();
    const assessments = await em.find(MaturityAssessment, {}, { orderBy: { assessedAt: 'asc', id: 'asc' } });
    const people = await em.find(Person, {});
    const weakest = new Set<string>();
    for (const id of [1, 2, 3, 4, 5, 6]) {
      const own = assessments.filter(a => a.department.id === id);
      expect(own).toHaveLength(2);
      const [first, second] = own;
      const days = (Date.parse(second.assessedAt) - Date.parse(first.assessedAt)) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(160);
      expect(days).toBeLessThanOrEqual(200);
      expect(second.assessedAt < DEMO_REFERENCE_DATE).toBe(true);
      expect(second.overall).toBeGreaterThan(first.overall);
      for (const assessment of own) {
        expect(assessment.answers.map(a => a.statement)).toEqual(MATURITY_QUESTIONNAIRE.map(s => s.key));
        const means = PILLARS.map(pillar => {
          const scores = assessment.answers.filter(a => a.statement.startsWith(pillar)).map(a => a.score);
          return Math.round((scores.reduce((x, y) => x + y, 0) / scores.length) * 100) / 100;
        });
        expect(PILLARS.map(pillar => assessment[PILLAR_FIELDS[pillar]])).toEqual(means);
        for (const answer of assessment.answers) expect(answer.score).toBeGreaterThanOrEqual(1);
        // Entered by the department's lead or the regie team, by name.
        const assessor = people.find(p => p.id === assessment.assessedById)!;
        expect(assessment.assessedByName).toBe(assessor.name);
        expect(assessor.role === 'REGIE' || assessor.department?.id === id).toBe(true);
      }
      weakest.add(PILLARS.reduce((low, pillar) => (first[PILLAR_FIELDS[pillar]] < first[PILLAR_FIELDS[low]] ? pillar : low)));
    }
    expect(weakest.size).toBe(4);
  });

  it('seeds nothing into a database that has data', async () => {
    const before = await dump(db);
    expect(await new DemoSeeder(PASSWORD).run(db.fork())).toEqual({ seeded: false });
    expect(await dump(db)).toEqual(before);
  });

  it('is deterministic: a second fresh database gets exactly the same rows, survey responses included', async () => {
    const other = await freshDatabase();
    // Without a password, one is generated for the demo accounts (and only the hashes differ).
    const result = await new DemoSeeder().run(other.fork());
    expect(result.seeded).toBe(true);
    expect(result.generatedPassword).toMatch(/^[\w-]{16}$/);
    const regie = await other.fork().findOneOrFail(Person, { email: 'regie@demo.regie' }, { populate: ['passwordHash'] });
    expect(await verifyPassword(result.generatedPassword!, regie.passwordHash)).toBe(true);

    const [first, second] = [await dump(db), await dump(other)];
    expect(Object.values(first).flat().length).toBeGreaterThan(500);
    expect(first.survey_response[0]).toMatch(/^\d+ rows$/);
    expect(second).toEqual(first);
  }, 120_000);

  describe('survey responses', () => {
    const sql = <T = Record<string, any>>(text: string, params: unknown[] = []) => db.orm.em.getConnection().execute<T[]>(text, params);
    const firstDay = addDays(DEMO_REFERENCE_DATE, -DEMO_SURVEY.days);

    it('are twelve months of them, tens of thousands, over the stages, their channels and the journeys’ segments', async () => {
      const [totals] = await sql(
        `select count(*)::int as responses, count(distinct external_id)::int as ids, count(*) filter (where stage_id is null)::int as whole_journey,
                count(comment)::int as comments, count(*) filter (where source <> ?)::int as other_sources,
                min((responded_at at time zone 'Europe/Amsterdam')::date)::text as first, max((responded_at at time zone 'Europe/Amsterdam')::date)::text as last,
                count(distinct (responded_at at time zone 'Europe/Amsterdam')::date)::int as days,
                count(distinct extract(hour from responded_at at time zone 'Europe/Amsterdam'))::int as hours
         from survey_response`,
        [DEMO_SURVEY.source],
      );
      expect(totals.responses).toBeGreaterThanOrEqual(50_000);
      expect(totals).toMatchObject({ ids: totals.responses, other_sources: 0, first: firstDay, last: addDays(DEMO_REFERENCE_DATE, -1), days: DEMO_SURVEY.days, hours: 16 });
      expect(totals.whole_journey).toBeGreaterThan(0);
      expect(totals.whole_journey / totals.responses).toBeLessThan(0.05);
      expect(totals.comments / totals.responses).toBeCloseTo(DEMO_SURVEY.commentShare, 2);
      const comments = Object.values(DEMO_SURVEY.comments).flat();
      const used = await sql<{ comment: string }>('select distinct comment from survey_response where comment is not null');
      expect(new Set(used.map(r => r.comment))).toEqual(new Set(comments));

      // A stage's responses come through that stage's channels, and every score is 0–10.
      const [strays] = await sql(
        `select count(*) filter (where r.stage_id is not null and not exists (select 1 from journey_stage_channel c where c.journey_stage_id = r.stage_id and c.channel_id = r.channel_id))::int as channels,
                count(*) filter (where r.score not between 0 and 10 or r.segment_id is null)::int as bad
         from survey_response r`,
      );
      expect(strays).toEqual({ channels: 0, bad: 0 });
      const segments = await sql<{ name: string; share: number }>(
        'select g.name, count(*)::float / sum(count(*)) over () as share from survey_response r join segment g on g.id = r.segment_id group by g.name order by g.name',
      );
      expect(segments.map(s => s.name)).toEqual(['Consumer', 'SME']);
      expect(segments[0].share).toBeCloseTo(0.8, 1);
    });

    it('are counted by day and by month exactly as a recount from the rows', async () => {
      const counts = async () => ({
        daily: await sql('select md5(string_agg(x::text, \'|\' order by x::text)) as digest, sum(responses)::int as responses from survey_response_daily x'),
        monthly: await sql('select md5(string_agg(x::text, \'|\' order by x::text)) as digest, sum(responses)::int as responses from survey_response_monthly x'),
      });
      const seeded = await counts();
      const [{ total }] = await sql<{ total: number }>('select count(*)::int as total from survey_response');
      expect(seeded.daily[0].responses).toBe(total);
      expect(seeded.monthly[0].responses).toBe(total);
      await db.fork().transactional(em => recountAggregates(em, 'Europe/Amsterdam'));
      expect(await counts()).toEqual(seeded);
    });

    it('leave the survey tables with the keys and indexes of the migrations (the bulk load sets them aside and back)', async () => {
      expect(await surveySchema(db)).toEqual(schemaBeforeSeeding);
      expect(schemaBeforeSeeding.filter(d => /FOREIGN KEY/.test(d))).toHaveLength(4);
    });

    describe('through npsSummary', () => {
      let server: RegieServer;
      let url: string;
      let token: string;
      const gql = async (query: string, variables: Record<string, unknown> = {}) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { data?: any; errors?: unknown[] };
        expect(body.errors).toBeUndefined();
        return body.data;
      };
      const SUMMARY = `query($groupBy: NpsGroupBy, $journeyId: ID, $from: String, $to: String, $compareFrom: String, $compareTo: String) {
        npsSummary(groupBy: $groupBy, journeyId: $journeyId, from: $from, to: $to, compareFrom: $compareFrom, compareTo: $compareTo) {
          key label responses nps marginOfError intervalLow insufficient target gap previousNps change significantChange
        }
      }`;
      // The scoring model's window (DESIGN §2) at the demo's "today".
      const last90 = { from: addDays(DEMO_REFERENCE_DATE, -90), to: addDays(DEMO_REFERENCE_DATE, -1) };
      let stages: Record<string, any>[];

      beforeAll(async () => {
        const jwtSecret = randomBytes(32).toString('hex');
        server = await createServer({ config: loadConfig({ NODE_ENV: 'test', REGIE_JWT_SECRET: jwtSecret }), db, logger: createLogger('error'), jwtSecret });
        url = await server.listen(0, '127.0.0.1');
        token = (await gql(`mutation { signIn(email: "regie@demo.regie", password: "${PASSWORD}") { token } }`)).signIn.token;
        stages = (await gql(SUMMARY, { groupBy: 'STAGE', ...last90 })).npsSummary;
      });
      afterAll(() => server.stop());

      const stage = (name: string) => stages.find(s => s.label === name)!;

      it('puts the four uncovered important stages far below target, beyond the margin of error', () => {
        for (const name of ['Meter readings at both addresses', 'Payment arrangement', 'Returning equipment', 'Final bill and refund']) {
          const row = stage(name);
          expect({ name, insufficient: row.insufficient }).toEqual({ name, insufficient: false });
          expect(row.gap).toBeGreaterThan(row.marginOfError);
          expect(row.gap - row.marginOfError).toBeGreaterThan(20);
        }
      });

      it('has stages that meet their target, most others below it, and two rare ones with too few responses', () => {
        for (const name of ['Welcome and first login', 'Final bill for the old address', 'Settling in', 'Receiving the bill']) {
          expect({ name, met: stage(name).intervalLow > stage(name).target }).toEqual({ name, met: true });
        }
        const below = stages.filter(s => !s.insufficient && s.gap > s.marginOfError);
        expect(below.length).toBeGreaterThanOrEqual(12);
        expect(stages.filter(s => s.insufficient).map(s => s.label)).toEqual(['Technician visit', 'Compensation']);
        for (const row of stages.filter(s => s.insufficient)) expect(row.responses).toBeGreaterThan(0);
      });

      it('shows Moving house improving: its last quarter significantly above its first', async () => {
        const [journey] = (await gql('{ allJourneys(filter: { q: "Moving house" }) { id } }')).allJourneys;
        const [row] = (await gql(SUMMARY, { groupBy: 'JOURNEY', journeyId: journey.id, ...last90, compareFrom: firstDay, compareTo: addDays(firstDay, 89) })).npsSummary;
        expect(row.label).toBe('Moving house');
        expect(row.change).toBeGreaterThan(10);
        expect(row.significantChange).toBe(true);
        const months = (await gql(SUMMARY, { groupBy: 'MONTH', journeyId: journey.id, from: firstDay, to: last90.to })).npsSummary;
        expect(months).toHaveLength(13);
        expect(months.at(-2).nps).toBeGreaterThan(months[1].nps);
      });

      it('shows the faster final bill’s realised impact after a move, and none for leavers', async () => {
        const initiative = await db.fork().findOneOrFail(Initiative, { title: 'Faster final bill after moving or leaving' });
        const impact = (await gql(`{ realisedImpact(initiativeId: "${initiative.id}") { stage { name } difference significant } }`)).realisedImpact;
        expect(impact).toEqual([
          { stage: { name: 'Final bill for the old address' }, difference: expect.any(Number), significant: true },
          { stage: { name: 'Final bill and refund' }, difference: expect.any(Number), significant: false },
        ]);
        expect(impact[0].difference).toBeGreaterThan(15);
      });
    });
  });
});
