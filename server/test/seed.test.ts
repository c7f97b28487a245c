import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../src/database/orm.js';
import { DEMO_COLLEAGUES, DEMO_MONTHS, DEMO_QUARTERS, DEMO_REFERENCE_DATE } from '../src/database/seeders/demo-data.js';
import { DEMO_ACCOUNTS, DemoSeeder } from '../src/database/seeders/demo.seeder.js';
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
import { Person } from '../src/modules/person/person.entity.js';
import { Segment } from '../src/modules/segment/segment.entity.js';

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

/**
 * Every row of every table as text, in a stable order; ids included (they must repeat too), times
 * of writing left out (they are "now") except where the seed sets them from the demo's dates.
 */
async function dump(db: Database): Promise<Record<string, string[]>> {
  const connection = db.orm.em.getConnection();
  const tables = [...db.orm.getMetadata().getAll().values()].filter(meta => !meta.abstract && !meta.embeddable).map(meta => meta.tableName).sort();
  const result: Record<string, string[]> = {};
  for (const table of tables) {
    const volatile = table === 'initiative' ? "'password_hash'" : "'created_at' - 'updated_at' - 'password_hash'";
    const rows = await connection.execute<{ row: string }[]>(`select (to_jsonb(x) - ${volatile})::text as row from "${table}" x order by 1`);
    result[table] = rows.map(r => r.row);
  }
  return result;
}

const OPEN = new Set<string>(OPEN_STATUSES);

describe('the demo organisation', () => {
  let db: Database;

  // How long seeding takes is measured by the benchmarks (npm run bench), not asserted here.
  beforeAll(async () => {
    db = await freshDatabase();
    const result = await new DemoSeeder(PASSWORD).run(db.fork());
    expect(result).toEqual({ seeded: true, generatedPassword: undefined });
  });

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
          expect(decision.actorName).toBe(actor.email);
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

  it('seeds nothing into a database that has data', async () => {
    const before = await dump(db);
    expect(await new DemoSeeder(PASSWORD).run(db.fork())).toEqual({ seeded: false });
    expect(await dump(db)).toEqual(before);
  });

  it('is deterministic: a second fresh database gets exactly the same rows', async () => {
    const other = await freshDatabase();
    // Without a password, one is generated for the demo accounts (and only the hashes differ).
    const result = await new DemoSeeder().run(other.fork());
    expect(result.seeded).toBe(true);
    expect(result.generatedPassword).toMatch(/^[\w-]{16}$/);
    const regie = await other.fork().findOneOrFail(Person, { email: 'regie@demo.regie' }, { populate: ['passwordHash'] });
    expect(await verifyPassword(result.generatedPassword!, regie.passwordHash)).toBe(true);

    const [first, second] = [await dump(db), await dump(other)];
    expect(Object.values(first).flat().length).toBeGreaterThan(500);
    expect(second).toEqual(first);
  });
});
