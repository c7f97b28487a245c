import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JourneyStage } from '../src/modules/journey/journey-stage.entity.js';
import { Journey } from '../src/modules/journey/journey.entity.js';
import { onlyError, startTestServer, type TestServer } from './harness.js';
import { expectSorted, type SortKind } from './sort-order.js';

let t: TestServer;
/** Stages made directly in the database (the journey API is another module's). */
const stage: Record<'announce' | 'finalBill' | 'report', string> = {} as never;

beforeAll(async () => {
  t = await startTestServer();
  const em = t.db.fork();
  const moving = em.create(Journey, { name: 'Moving house' } as never);
  const outage = em.create(Journey, { name: 'Reporting an outage' } as never);
  const made = {
    announce: em.create(JourneyStage, { journey: moving, name: 'Announcing the move', position: 1, importance: 4, reach: 1 } as never),
    finalBill: em.create(JourneyStage, { journey: moving, name: 'Final bill', position: 2, importance: 4, reach: 0.9 } as never),
    report: em.create(JourneyStage, { journey: outage, name: 'Reporting the fault', position: 1, importance: 5, reach: 0.7 } as never),
  };
  await em.flush();
  for (const [key, value] of Object.entries(made)) stage[key as keyof typeof stage] = String(value.id);
});
afterAll(() => t.close());

/** One character over the 4000 a description or note may hold. */
const LONG_TEXT = 'x'.repeat(4001);

const KPI_FIELDS = 'id name description unit direction target departmentId stageIds version createdAt updatedAt';

interface KpiInput {
  name: string;
  unit: string;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  departmentId: string;
  description?: string | null;
  target?: number | null;
  stageIds?: string[];
}

const CREATE_KPI = `mutation($name: String!, $description: String, $unit: String!, $direction: KpiDirection!, $target: Float, $departmentId: ID!, $stageIds: [ID!]) {
  createKpi(name: $name, description: $description, unit: $unit, direction: $direction, target: $target, departmentId: $departmentId, stageIds: $stageIds) { ${KPI_FIELDS} } }`;

async function createKpi(input: KpiInput) {
  const result = await t.gql(CREATE_KPI, { ...input });
  expect(result.errors).toBeUndefined();
  return result.data!.createKpi;
}

const CREATE_MEASUREMENT = `mutation($kpiId: ID!, $period: String!, $value: Float!, $note: String) {
  createKpiMeasurement(kpiId: $kpiId, period: $period, value: $value, note: $note) { id kpiId period value note version } }`;

async function measure(kpiId: string, period: string, value: number, note?: string) {
  const result = await t.gql(CREATE_MEASUREMENT, { kpiId, period, value, note });
  expect(result.errors).toBeUndefined();
  return result.data!.createKpiMeasurement;
}

const listKpis = (args = '', filter?: Record<string, unknown>) =>
  t.gql(`query($filter: KpiFilter) { allKpis(${args}${args ? ', ' : ''}filter: $filter) { id name } _allKpisMeta(filter: $filter) { count } }`, { filter });

const names = (result: { data?: any }) => result.data!.allKpis.map((k: { name: string }) => k.name);

describe('KPIs', () => {
  const home = () => t.actors.departments.home;
  const away = () => t.actors.departments.away;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    for (const input of [
      { name: 'First-contact resolution', description: 'Share of contacts solved in one go', unit: '%', direction: 'HIGHER_IS_BETTER', target: 75, departmentId: home(), stageIds: [stage.report, stage.announce] },
      { name: 'Average handling time', unit: 'seconds', direction: 'LOWER_IS_BETTER', target: 360, departmentId: home(), stageIds: [stage.report] },
      { name: 'Invoice dispute rate', description: 'Disputed invoices per 100 sent', unit: '%', direction: 'LOWER_IS_BETTER', target: 1.5, departmentId: away(), stageIds: [stage.finalBill] },
      { name: 'App rating', unit: 'stars', direction: 'HIGHER_IS_BETTER', departmentId: away() },
    ] as KpiInput[]) {
      ids[input.name] = (await createKpi(input)).id;
    }
  });

  it('creates a KPI with its department and stages, at version 1', async () => {
    const kpi = await createKpi({ name: '  Callback kept  ', unit: ' % ', direction: 'HIGHER_IS_BETTER', target: 90, departmentId: home(), stageIds: [stage.report, stage.report] });
    expect(kpi).toMatchObject({ name: 'Callback kept', unit: '%', description: null, target: 90, departmentId: home(), stageIds: [stage.report], version: 1 });
    const read = await t.gql(`query($id: ID!) { Kpi(id: $id) { ${KPI_FIELDS} department { id code } stages { id name journeyId } measurements { id } } }`, { id: kpi.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.Kpi).toMatchObject({ ...kpi, department: { id: home(), code: 'HOME' }, stages: [{ id: stage.report, name: 'Reporting the fault' }], measurements: [] });
    await t.gql('mutation($id: ID!) { deleteKpi(id: $id) { id } }', { id: kpi.id });
  });

  it('lists stages by journey and position', async () => {
    const read = await t.gql('query($id: ID!) { Kpi(id: $id) { stageIds stages { name } } }', { id: ids['First-contact resolution'] });
    expect(read.data!.Kpi).toEqual({ stageIds: [stage.announce, stage.report], stages: [{ name: 'Announcing the move' }, { name: 'Reporting the fault' }] });
  });

  it.each([
    ['no filter', {}, ['App rating', 'Average handling time', 'First-contact resolution', 'Invoice dispute rate']],
    ['q in the name', { q: 'RESOLUTION' }, ['First-contact resolution']],
    ['q in the description', { q: 'per 100' }, ['Invoice dispute rate']],
    ['q in the unit', { q: 'seconds' }, ['Average handling time']],
    ['q with a wildcard character taken literally', { q: '%' }, ['First-contact resolution', 'Invoice dispute rate']],
    ['ids', { ids: ['ID:App rating', 'ID:Average handling time'] }, ['App rating', 'Average handling time']],
    ['departmentId', { departmentId: 'HOME' }, ['Average handling time', 'First-contact resolution']],
    ['stageId', { stageId: 'STAGE:report' }, ['Average handling time', 'First-contact resolution']],
    ['stageId of another journey', { stageId: 'STAGE:finalBill' }, ['Invoice dispute rate']],
    ['direction', { direction: 'LOWER_IS_BETTER' }, ['Average handling time', 'Invoice dispute rate']],
    ['departmentId and direction', { departmentId: 'AWAY', direction: 'LOWER_IS_BETTER' }, ['Invoice dispute rate']],
    ['nothing matches', { q: 'churn' }, []],
  ])('filters by %s, with a matching count', async (_label, rawFilter, expected) => {
    const filter = Object.fromEntries(Object.entries(rawFilter).map(([key, value]) => [key, resolve(value)]));
    const result = await listKpis('sortField: "name"', filter);
    expect(result.errors).toBeUndefined();
    expect(names(result)).toEqual(expected);
    expect(result.data!._allKpisMeta.count).toBe(expected.length);
  });

  /** Test-table placeholders: `HOME`, `ID:<kpi name>`, `STAGE:<key>`. */
  function resolve(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(resolve);
    if (value === 'HOME') return home();
    if (value === 'AWAY') return away();
    if (typeof value === 'string' && value.startsWith('ID:')) return ids[value.slice(3)];
    if (typeof value === 'string' && value.startsWith('STAGE:')) return stage[value.slice(6) as keyof typeof stage];
    return value;
  }

  it.each([
    ['name', 'ASC', ['App rating', 'Average handling time', 'First-contact resolution', 'Invoice dispute rate']],
    ['name', 'DESC', ['Invoice dispute rate', 'First-contact resolution', 'Average handling time', 'App rating']],
    ['target', 'ASC', ['Invoice dispute rate', 'First-contact resolution', 'Average handling time', 'App rating']],
    ['unit', 'ASC', ['First-contact resolution', 'Invoice dispute rate', 'Average handling time', 'App rating']],
    ['id', 'DESC', ['App rating', 'Invoice dispute rate', 'Average handling time', 'First-contact resolution']],
  ])('sorts by %s %s', async (field, order, expected) => {
    expect(names(await listKpis(`sortField: "${field}", sortOrder: "${order}"`))).toEqual(expected);
  });

  it.each<[string, SortKind]>([
    ['id', 'id'], ['name', 'text'], ['description', 'text'], ['unit', 'text'], ['direction', 'text'], ['target', 'number'],
    ['departmentId', 'id'], ['version', 'number'], ['createdAt', 'time'], ['updatedAt', 'time'],
  ])('sorts by %s both ways, ties by id', (field, kind) => expectSorted(t, 'allKpis', field, kind));

  it('does not sort by stages', async () => {
    expect(onlyError(await listKpis('sortField: "stages"'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortField' });
  });

  it('paginates from page 0 without repeating rows', async () => {
    const first = await listKpis('page: 0, perPage: 3, sortField: "name"');
    const second = await listKpis('page: 1, perPage: 3, sortField: "name"');
    expect(names(first)).toEqual(['App rating', 'Average handling time', 'First-contact resolution']);
    expect(names(second)).toEqual(['Invoice dispute rate']);
    expect(second.data!._allKpisMeta.count).toBe(4);
  });

  it('refuses malformed ids in filters, naming the filter', async () => {
    expect(onlyError(await listKpis('', { departmentId: 'x' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.departmentId' });
    expect(onlyError(await listKpis('', { stageId: '-1' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.stageId' });
    expect(onlyError(await listKpis('', { ids: ['1.5'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.ids' });
  });

  const valid = (): KpiInput => ({ name: 'Valid', unit: '%', direction: 'HIGHER_IS_BETTER', departmentId: home(), stageIds: [stage.report] });

  it.each([
    ['name', { name: '' }],
    ['name', { name: '   ' }],
    ['name', { name: 'x'.repeat(161) }],
    ['description', { description: LONG_TEXT }],
    ['unit', { unit: '' }],
    ['unit', { unit: 'x'.repeat(41) }],
    ['departmentId', { departmentId: 'abc' }],
    ['departmentId', { departmentId: '999999' }],
    ['stageIds', { stageIds: ['abc'] }],
    ['stageIds', { stageIds: ['999999'] }],
    ['stageIds', { stageIds: Array.from({ length: 101 }, (_, i) => String(i + 1)) }],
  ])('refuses a bad %s on create (case %#), changing nothing', async (field, change) => {
    const error = onlyError(await t.gql(CREATE_KPI, { ...valid(), ...change }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await listKpis()).data!._allKpisMeta.count).toBe(4);
  });

  it.each([
    ['name', 'name: null'],
    ['name', 'name: ""'],
    ['unit', 'unit: null'],
    ['direction', 'direction: null'],
    ['departmentId', 'departmentId: null'],
    ['departmentId', 'departmentId: "999999"'],
    ['stageIds', 'stageIds: ["999999"]'],
    ['description', `description: "${LONG_TEXT}"`],
  ])('refuses a bad %s on update (case %#)', async (field, args) => {
    const id = ids['App rating'];
    const { version } = (await t.gql('query($id: ID!) { Kpi(id: $id) { version } }', { id })).data!.Kpi;
    const error = onlyError(await t.gql(`mutation($id: ID!, $version: Int!) { updateKpi(id: $id, version: $version, ${args}) { id } }`, { id, version }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('updates fields, replaces the stages when given, keeps them when omitted', async () => {
    const kpi = await createKpi({ name: 'Final bill on time', unit: '%', direction: 'HIGHER_IS_BETTER', target: 90, departmentId: home(), stageIds: [stage.announce, stage.report] });
    const UPDATE = `mutation($id: ID!, $version: Int!, $name: String, $target: Float, $departmentId: ID, $stageIds: [ID!], $direction: KpiDirection) {
      updateKpi(id: $id, version: $version, name: $name, target: $target, departmentId: $departmentId, stageIds: $stageIds, direction: $direction) { ${KPI_FIELDS} } }`;
    const first = await t.gql(UPDATE, { id: kpi.id, version: 1, name: 'Final bill within 6 weeks', stageIds: [stage.finalBill], departmentId: away(), direction: 'LOWER_IS_BETTER' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateKpi).toMatchObject({ name: 'Final bill within 6 weeks', target: 90, departmentId: away(), stageIds: [stage.finalBill], direction: 'LOWER_IS_BETTER', version: 2 });

    const kept = await t.gql(UPDATE, { id: kpi.id, version: 2, target: null });
    expect(kept.data!.updateKpi).toMatchObject({ target: null, stageIds: [stage.finalBill], version: 3 });

    const cleared = await t.gql(UPDATE, { id: kpi.id, version: 3, stageIds: [] });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateKpi).toMatchObject({ stageIds: [], version: 4 });
    const read = await t.gql('query($id: ID!) { Kpi(id: $id) { stageIds stages { id } } }', { id: kpi.id });
    expect(read.data!.Kpi).toEqual({ stageIds: [], stages: [] });
    await t.gql('mutation($id: ID!) { deleteKpi(id: $id) { id } }', { id: kpi.id });
  });

  it('refuses a stale version with CONFLICT and the current version, changing nothing', async () => {
    const kpi = await createKpi({ name: 'Churn', unit: '%', direction: 'LOWER_IS_BETTER', departmentId: home() });
    await t.gql('mutation($id: ID!) { updateKpi(id: $id, version: 1, target: 8) { id } }', { id: kpi.id });
    const stale = onlyError(await t.gql('mutation($id: ID!) { updateKpi(id: $id, version: 1, name: "Lost edit") { id } }', { id: kpi.id }));
    expect(stale).toMatchObject({ code: 'CONFLICT' });
    expect(stale.extensions.currentVersion).toBe(2);
    expect((await t.gql('query($id: ID!) { Kpi(id: $id) { name target } }', { id: kpi.id })).data!.Kpi).toEqual({ name: 'Churn', target: 8 });
    await t.gql('mutation($id: ID!) { deleteKpi(id: $id) { id } }', { id: kpi.id });
  });

  it('answers NOT_FOUND for unknown ids and BAD_USER_INPUT for malformed ones', async () => {
    expect(onlyError(await t.gql('{ Kpi(id: "999999") { id } }')).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql('mutation { updateKpi(id: "999999", version: 1, name: "x") { id } }')).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql('mutation { deleteKpi(id: "999999") { id } }')).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql('{ Kpi(id: "abc") { id } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('deletes a KPI with its measurements, and the audit trail accounts for each', async () => {
    const kpi = await createKpi({ name: 'Doomed KPI', unit: 'count', direction: 'LOWER_IS_BETTER', departmentId: home(), stageIds: [stage.report] });
    const january = await measure(kpi.id, '2026-01', 12);
    const february = await measure(kpi.id, '2026-02', 10);
    const deleted = await t.gql('mutation($id: ID!) { deleteKpi(id: $id) { id name departmentId } }', { id: kpi.id });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteKpi).toEqual({ id: kpi.id, name: 'Doomed KPI', departmentId: home() });
    expect(onlyError(await t.gql('query($id: ID!) { Kpi(id: $id) { id } }', { id: kpi.id })).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql('query($id: ID!) { KpiMeasurement(id: $id) { id } }', { id: january.id })).code).toBe('NOT_FOUND');

    const trail = async (entity: string, entityId: string) =>
      (await t.gql('query($filter: AuditEntryFilter) { allAuditEntries(filter: $filter, sortField: "id") { operation action changes { field before after } } }', { filter: { entity, entityId } })).data!.allAuditEntries;
    expect((await trail('Kpi', kpi.id)).map((e: { operation: string; action: string }) => [e.operation, e.action])).toEqual([
      ['createKpi', 'CREATE'],
      ['deleteKpi', 'DELETE'],
    ]);
    for (const measurement of [january, february]) {
      const entries = await trail('KpiMeasurement', measurement.id);
      expect(entries.map((e: { operation: string; action: string }) => [e.operation, e.action])).toEqual([
        ['createKpiMeasurement', 'CREATE'],
        ['deleteKpi', 'DELETE'],
      ]);
      expect(entries[1].changes).toEqual(expect.arrayContaining([{ field: 'period', before: measurement.period, after: null }]));
    }
  });
});

describe('KPI measurements', () => {
  let kpiId: string;
  let otherKpiId: string;
  const byPeriod: Record<string, string> = {};

  const list = (args = '', filter?: Record<string, unknown>) =>
    t.gql(`query($filter: KpiMeasurementFilter) { allKpiMeasurements(${args}${args ? ', ' : ''}filter: $filter) { id kpiId period value } _allKpiMeasurementsMeta(filter: $filter) { count } }`, { filter });
  const periods = (result: { data?: any }) => result.data!.allKpiMeasurements.map((m: { kpiId: string; period: string }) => `${m.kpiId === kpiId ? 'A' : 'B'} ${m.period}`);

  beforeAll(async () => {
    kpiId = (await createKpi({ name: 'Measured A', unit: '%', direction: 'HIGHER_IS_BETTER', departmentId: t.actors.departments.home })).id;
    otherKpiId = (await createKpi({ name: 'Measured B', unit: '%', direction: 'HIGHER_IS_BETTER', departmentId: t.actors.departments.away })).id;
    // Created out of order on purpose: the KPI lists them by period.
    for (const [period, value] of [['2026-03', 71], ['2026-01', 68.5], ['2026-02', 70], ['2026-Q1', 69.8]] as const) {
      byPeriod[period] = (await measure(kpiId, period, value)).id;
    }
    await measure(otherKpiId, '2026-02', 40, 'Storm week');
  });

  it('creates a measurement and reads it with its KPI', async () => {
    const read = await t.gql('query($id: ID!) { KpiMeasurement(id: $id) { period value note version kpiId kpi { id name } } }', { id: byPeriod['2026-01'] });
    expect(read.errors).toBeUndefined();
    expect(read.data!.KpiMeasurement).toEqual({ period: '2026-01', value: 68.5, note: null, version: 1, kpiId, kpi: { id: kpiId, name: 'Measured A' } });
  });

  it("lists a KPI's measurements by period", async () => {
    const read = await t.gql('query($id: ID!) { Kpi(id: $id) { measurements { period value } } }', { id: kpiId });
    // As periods: by first day, a month before the quarter it starts.
    expect(read.data!.Kpi.measurements.map((m: { period: string }) => m.period)).toEqual(['2026-01', '2026-Q1', '2026-02', '2026-03']);
  });

  it.each([
    ['no filter', {}, ['A 2026-01', 'A 2026-02', 'A 2026-03', 'A 2026-Q1', 'B 2026-02']],
    ['kpiId', { kpiId: 'B' }, ['B 2026-02']],
    ['period', { period: '2026-02' }, ['A 2026-02', 'B 2026-02']],
    ['period_gte', { period_gte: '2026-02' }, ['A 2026-02', 'A 2026-03', 'B 2026-02']],
    ['period_lte', { period_lte: '2026-02' }, ['A 2026-01', 'A 2026-02', 'B 2026-02']],
    ['period_gte a quarter', { period_gte: '2026-Q1' }, ['A 2026-01', 'A 2026-02', 'A 2026-03', 'A 2026-Q1', 'B 2026-02']],
    ['period_lte a quarter', { period_lte: '2026-Q1' }, ['A 2026-01', 'A 2026-02', 'A 2026-03', 'A 2026-Q1', 'B 2026-02']],
    ['period_lte the quarter’s last month', { period_lte: '2026-03' }, ['A 2026-01', 'A 2026-02', 'A 2026-03', 'A 2026-Q1', 'B 2026-02']],
    ['departmentId', { departmentId: 'AWAY' }, ['B 2026-02']],
    ['a month range of one KPI', { kpiId: 'A', period_gte: '2026-02', period_lte: '2026-03' }, ['A 2026-02', 'A 2026-03']],
    ['ids', { ids: ['2026-01', '2026-Q1'] }, ['A 2026-01', 'A 2026-Q1']],
    ['nothing matches', { period: '2025-12' }, []],
  ])('filters by %s, with a matching count', async (_label, rawFilter, expected) => {
    const filter = Object.fromEntries(
      Object.entries(rawFilter).map(([key, value]) => [
        key,
        key === 'kpiId' ? (value === 'A' ? kpiId : otherKpiId) : key === 'ids' ? (value as string[]).map(p => byPeriod[p]) : key === 'departmentId' ? t.actors.departments.away : value,
      ]),
    );
    const result = await list('sortField: "period"', filter);
    expect(result.errors).toBeUndefined();
    expect([...periods(result)].sort()).toEqual(expected);
    expect(result.data!._allKpiMeasurementsMeta.count).toBe(expected.length);
  });

  it('sorts and paginates', async () => {
    const byValue = await list('sortField: "value", sortOrder: "DESC"');
    expect(byValue.data!.allKpiMeasurements.map((m: { value: number }) => m.value)).toEqual([71, 70, 69.8, 68.5, 40]);
    const byKpi = await list('sortField: "kpiId", sortOrder: "DESC"');
    expect(byKpi.data!.allKpiMeasurements[0].kpiId).toBe(otherKpiId);
    const first = await list('page: 0, perPage: 2, sortField: "period"', { kpiId });
    const second = await list('page: 1, perPage: 2, sortField: "period"', { kpiId });
    expect([...periods(first), ...periods(second)]).toEqual(['A 2026-01', 'A 2026-Q1', 'A 2026-02', 'A 2026-03']);
    expect(second.data!._allKpiMeasurementsMeta.count).toBe(4);
  });

  it.each([
    ['period', { period: '2026-13' }],
    ['period', { period: '2026-00' }],
    ['period', { period: '2026-Q5' }],
    ['period', { period: '2026-Q0' }],
    ['period', { period: '2026' }],
    ['period', { period: '26-01' }],
    ['period', { period: '2026-1' }],
    ['period', { period: '2026-01-15' }],
    ['period', { period: '0000-01' }],
    ['period', { period: '' }],
    ['note', { note: LONG_TEXT }],
    ['kpiId', { kpiId: 'abc' }],
    ['kpiId', { kpiId: '999999' }],
  ])('refuses a bad %s on create (case %#), changing nothing', async (field, change) => {
    const error = onlyError(await t.gql(CREATE_MEASUREMENT, { kpiId, period: '2026-06', value: 1, ...change }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await list()).data!._allKpiMeasurementsMeta.count).toBe(5);
  });

  it('refuses a second measurement of the same KPI and period, on period', async () => {
    const error = onlyError(await t.gql(CREATE_MEASUREMENT, { kpiId, period: '2026-02', value: 1 }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    expect((await list()).data!._allKpiMeasurementsMeta.count).toBe(5);
  });

  it.each([
    ['period', 'period: null'],
    ['period', 'period: "2026-13"'],
    ['period', 'period: "2026-02"'],
    ['value', 'value: null'],
    ['note', `note: "${LONG_TEXT}"`],
  ])('refuses a bad %s on update (case %#)', async (field, args) => {
    const id = byPeriod['2026-03'];
    const { version } = (await t.gql('query($id: ID!) { KpiMeasurement(id: $id) { version } }', { id })).data!.KpiMeasurement;
    expect(onlyError(await t.gql(`mutation($id: ID!, $version: Int!) { updateKpiMeasurement(id: $id, version: $version, ${args}) { id } }`, { id, version }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('updates, bumps the version, and refuses a stale one with CONFLICT', async () => {
    const created = await measure(kpiId, '2026-04', 72);
    const UPDATE = 'mutation($id: ID!, $version: Int!, $period: String, $value: Float, $note: String) { updateKpiMeasurement(id: $id, version: $version, period: $period, value: $value, note: $note) { period value note version } }';
    const updated = await t.gql(UPDATE, { id: created.id, version: 1, period: '2026-05', value: 73.25, note: 'Corrected' });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateKpiMeasurement).toEqual({ period: '2026-05', value: 73.25, note: 'Corrected', version: 2 });
    const stale = onlyError(await t.gql(UPDATE, { id: created.id, version: 1, value: 1 }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.extensions.currentVersion).toBe(2);
    const cleared = await t.gql(UPDATE, { id: created.id, version: 2, note: null });
    expect(cleared.data!.updateKpiMeasurement).toMatchObject({ note: null, value: 73.25, version: 3 });

    const deleted = await t.gql('mutation($id: ID!) { deleteKpiMeasurement(id: $id) { id period kpi { id } } }', { id: created.id });
    expect(deleted.data!.deleteKpiMeasurement).toEqual({ id: created.id, period: '2026-05', kpi: { id: kpiId } });
    expect(onlyError(await t.gql('query($id: ID!) { KpiMeasurement(id: $id) { id } }', { id: created.id })).code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for unknown ids', async () => {
    expect(onlyError(await t.gql('{ KpiMeasurement(id: "999999") { id } }')).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql('mutation { updateKpiMeasurement(id: "999999", version: 1, value: 1) { id } }')).code).toBe('NOT_FOUND');
    expect(onlyError(await t.gql('mutation { deleteKpiMeasurement(id: "999999") { id } }')).code).toBe('NOT_FOUND');
  });
});

describe('periods compare as periods, months and quarters mixed', () => {
  let kpiId: string;
  const PERIODS = ['2026-09', '2026-Q3', '2026-10', '2026-11', '2026-Q4', '2026-12', '2027-01', '2027-Q1'];

  const list = (args: string, filter: Record<string, unknown>) =>
    t.gql(`query($filter: KpiMeasurementFilter) { allKpiMeasurements(${args}filter: $filter) { period periodStart periodEnd } _allKpiMeasurementsMeta(filter: $filter) { count } }`, { filter: { kpiId, ...filter } });
  const periodsOf = (result: { data?: any; errors?: unknown }) => {
    expect(result.errors).toBeUndefined();
    expect(result.data!._allKpiMeasurementsMeta.count).toBe(result.data!.allKpiMeasurements.length);
    return result.data!.allKpiMeasurements.map((m: { period: string }) => m.period);
  };

  beforeAll(async () => {
    kpiId = (await createKpi({ name: 'Mixed periods', unit: '%', direction: 'HIGHER_IS_BETTER', departmentId: t.actors.departments.home })).id;
    // Created in a scrambled order: nothing may depend on it.
    for (const [i, period] of [4, 0, 7, 2, 5, 1, 6, 3].map(i => [i, PERIODS[i]] as const)) await measure(kpiId, period, i);
  });

  afterAll(async () => {
    await t.gql('mutation($id: ID!) { deleteKpi(id: $id) { id } }', { id: kpiId });
  });

  it('keeps the first and last day of each period', async () => {
    const result = await list('sortField: "period", ', { period: '2026-Q4' });
    expect(result.data!.allKpiMeasurements).toEqual([{ period: '2026-Q4', periodStart: '2026-10-01', periodEnd: '2026-12-31' }]);
    // The answers of writes carry the days too, and follow a changed period (to a February of a leap year).
    const created = await t.gql('mutation($k: ID!) { createKpiMeasurement(kpiId: $k, period: "2028-Q1", value: 1) { id period periodStart periodEnd } }', { k: kpiId });
    expect(created.data!.createKpiMeasurement).toMatchObject({ period: '2028-Q1', periodStart: '2028-01-01', periodEnd: '2028-03-31' });
    const id = created.data!.createKpiMeasurement.id;
    const updated = await t.gql('mutation($id: ID!) { updateKpiMeasurement(id: $id, version: 1, period: "2028-02") { period periodStart periodEnd } }', { id });
    expect(updated.data!.updateKpiMeasurement).toEqual({ period: '2028-02', periodStart: '2028-02-01', periodEnd: '2028-02-29' });
    await t.gql('mutation($id: ID!) { deleteKpiMeasurement(id: $id) { id } }', { id });
  });

  it('sorts by first day, then by last day (a month before the quarter it starts), both ways', async () => {
    const expected = ['2026-Q3', '2026-09', '2026-10', '2026-Q4', '2026-11', '2026-12', '2027-01', '2027-Q1'];
    // 2026-Q3 starts on 07-01, before 2026-09; 2027-01 and 2027-Q1 start on one day, the month ends first.
    expect(periodsOf(await list('sortField: "period", sortOrder: "ASC", ', {}))).toEqual(expected);
    expect(periodsOf(await list('sortField: "period", sortOrder: "DESC", ', {}))).toEqual([...expected].reverse());
    const read = await t.gql('query($id: ID!) { Kpi(id: $id) { measurements { period } } }', { id: kpiId });
    expect(read.data!.Kpi.measurements.map((m: { period: string }) => m.period)).toEqual(expected);
    const pages = [];
    for (const page of [0, 1, 2]) pages.push(...(await list(`sortField: "period", page: ${page}, perPage: 3, `, {})).data!.allKpiMeasurements.map((m: { period: string }) => m.period));
    expect(pages).toEqual(expected);
  });

  it.each([
    // period_gte: starting on or after the first day of the given period.
    [{ period_gte: '2026-Q4' }, ['2026-10', '2026-Q4', '2026-11', '2026-12', '2027-01', '2027-Q1']],
    [{ period_gte: '2026-11' }, ['2026-11', '2026-12', '2027-01', '2027-Q1']],
    [{ period_gte: '2026-09' }, ['2026-09', '2026-10', '2026-Q4', '2026-11', '2026-12', '2027-01', '2027-Q1']],
    // period_lte: ending on or before the last day of the given period.
    [{ period_lte: '2026-11' }, ['2026-Q3', '2026-09', '2026-10', '2026-11']],
    [{ period_lte: '2026-Q4' }, ['2026-Q3', '2026-09', '2026-10', '2026-Q4', '2026-11', '2026-12']],
    [{ period_lte: '2026-12' }, ['2026-Q3', '2026-09', '2026-10', '2026-Q4', '2026-11', '2026-12']],
    // Both: the periods that lie within the range.
    [{ period_gte: '2026-Q4', period_lte: '2026-Q4' }, ['2026-10', '2026-Q4', '2026-11', '2026-12']],
    [{ period_gte: '2026-10', period_lte: '2026-11' }, ['2026-10', '2026-11']],
    [{ period_gte: '2027-Q2' }, []],
  ])('filters %j as periods, with a matching count', async (filter, expected) => {
    expect(periodsOf(await list('sortField: "period", ', filter))).toEqual(expected);
  });

  it.each([
    ['period_gte', { period_gte: '2026-13' }],
    ['period_gte', { period_gte: '2026-q4' }],
    ['period_lte', { period_lte: '2026' }],
    ['period_lte', { period_lte: '2026-11-30' }],
    ['period', { period: 'Q4' }],
    ['period_gte', { period_gte: '0000-Q1' }],
  ])('refuses a malformed %s filter, naming it', async (field, filter) => {
    expect(onlyError(await list('', filter))).toMatchObject({ code: 'BAD_USER_INPUT', field: `filter.${field}` });
  });
});

describe('who may read and write KPIs (DESIGN §5: the regie team any, a lead their own department)', () => {
  let kpiId: string;
  let measurementId: string;
  let awayKpiId: string;
  let awayMeasurementId: string;
  const home = () => t.actors.departments.home;
  const away = () => t.actors.departments.away;
  const state = async () =>
    (await t.gql('{ allKpis(sortField: "id") { id name version departmentId measurements { period value version } } }')).data!.allKpis;

  beforeAll(async () => {
    kpiId = (await createKpi({ name: 'Guarded', unit: '%', direction: 'HIGHER_IS_BETTER', departmentId: home() })).id;
    measurementId = (await measure(kpiId, '2026-01', 50)).id;
    awayKpiId = (await createKpi({ name: 'Guarded away', unit: '%', direction: 'HIGHER_IS_BETTER', departmentId: away() })).id;
    awayMeasurementId = (await measure(awayKpiId, '2026-01', 30)).id;
  });

  it('everyone reads', async () => {
    const { people } = t.actors;
    for (const person of [people.regie, people.lead, people.otherLead, people.viewer]) {
      const result = await t.gql(
        'query($id: ID!, $m: ID!) { Kpi(id: $id) { name } allKpis { id } _allKpisMeta { count } KpiMeasurement(id: $m) { value departmentId } allKpiMeasurements { id } _allKpiMeasurementsMeta { count } }',
        { id: kpiId, m: measurementId },
        person.token,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.Kpi.name).toBe('Guarded');
      expect(result.data!.KpiMeasurement.departmentId).toBe(home());
    }
  });

  /** Every write, aimed at the given KPI and measurement (of HOME or AWAY). */
  const writes = (target: { kpi: () => string; measurement: () => string; department: () => string }): [string, string, () => Record<string, unknown>][] => [
    ['createKpi', 'mutation($d: ID!) { createKpi(name: "Mine", unit: "%", direction: HIGHER_IS_BETTER, departmentId: $d) { id } }', () => ({ d: target.department() })],
    ['updateKpi', 'mutation($id: ID!) { updateKpi(id: $id, version: 1, name: "Mine") { id } }', () => ({ id: target.kpi() })],
    ['deleteKpi', 'mutation($id: ID!) { deleteKpi(id: $id) { id } }', () => ({ id: target.kpi() })],
    ['createKpiMeasurement', 'mutation($id: ID!) { createKpiMeasurement(kpiId: $id, period: "2026-02", value: 1) { id } }', () => ({ id: target.kpi() })],
    ['updateKpiMeasurement', 'mutation($id: ID!) { updateKpiMeasurement(id: $id, version: 1, value: 2) { id } }', () => ({ id: target.measurement() })],
    ['deleteKpiMeasurement', 'mutation($id: ID!) { deleteKpiMeasurement(id: $id) { id } }', () => ({ id: target.measurement() })],
  ];
  const homeTarget = { kpi: () => kpiId, measurement: () => measurementId, department: home };
  const awayTarget = { kpi: () => awayKpiId, measurement: () => awayMeasurementId, department: away };

  it.each([
    ['viewer', 'HOME'],
    ['viewer', 'AWAY'],
    ['otherLead', 'HOME'],
    ['lead', 'AWAY'],
  ] as const)('%s may not write KPIs of %s (FORBIDDEN), changing nothing', async (who, where) => {
    const token = t.actors.people[who].token;
    const before = await state();
    for (const [name, query, variables] of writes(where === 'HOME' ? homeTarget : awayTarget)) {
      expect([name, onlyError(await t.gql(query, variables(), token)).code]).toEqual([name, 'FORBIDDEN']);
    }
    expect(await state()).toEqual(before);
  });

  it("a lead may not move their department's KPI to another department", async () => {
    const before = await state();
    const moved = await t.gql('mutation($id: ID!, $d: ID!) { updateKpi(id: $id, version: 1, departmentId: $d) { id } }', { id: kpiId, d: away() }, t.actors.people.lead.token);
    expect(onlyError(moved).code).toBe('FORBIDDEN');
    expect(await state()).toEqual(before);
  });

  it("a lead writes their own department's KPIs and measurements, in the audit trail by name", async () => {
    const token = t.actors.people.lead.token;
    const created = await t.gql('mutation($d: ID!) { createKpi(name: "Lead made", unit: "%", direction: HIGHER_IS_BETTER, departmentId: $d) { id version } }', { d: home() }, token);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createKpi.id;
    const updated = await t.gql('mutation($id: ID!) { updateKpi(id: $id, version: 1, target: 80) { target version } }', { id }, token);
    expect(updated.data!.updateKpi).toEqual({ target: 80, version: 2 });
    const measured = await t.gql('mutation($id: ID!) { createKpiMeasurement(kpiId: $id, period: "2026-Q1", value: 70) { id departmentId } }', { id }, token);
    expect(measured.data!.createKpiMeasurement.departmentId).toBe(home());
    const m = measured.data!.createKpiMeasurement.id;
    expect((await t.gql('mutation($id: ID!) { updateKpiMeasurement(id: $id, version: 1, value: 71) { value } }', { id: m }, token)).data!.updateKpiMeasurement).toEqual({ value: 71 });
    expect((await t.gql('mutation($id: ID!) { deleteKpiMeasurement(id: $id) { id } }', { id: m }, token)).errors).toBeUndefined();
    expect((await t.gql('mutation($id: ID!) { deleteKpi(id: $id) { id } }', { id }, token)).errors).toBeUndefined();
    const trail = await t.gql('query($id: ID!) { allAuditEntries(filter: { entity: "Kpi", entityId: $id }, sortField: "id") { operation actorName actorEmail } }', { id });
    expect(trail.data!.allAuditEntries).toEqual([
      { operation: 'createKpi', actorName: 'Test lead', actorEmail: 'lead@test.regie' },
      { operation: 'updateKpi', actorName: 'Test lead', actorEmail: 'lead@test.regie' },
      { operation: 'deleteKpi', actorName: 'Test lead', actorEmail: 'lead@test.regie' },
    ]);
  });

  it('the regie team writes any department\'s KPIs', async () => {
    const result = await t.gql('mutation($id: ID!) { createKpiMeasurement(kpiId: $id, period: "2026-03", value: 31) { id } }', { id: awayKpiId });
    expect(result.errors).toBeUndefined();
    await t.gql('mutation($id: ID!) { deleteKpiMeasurement(id: $id) { id } }', { id: result.data!.createKpiMeasurement.id });
  });
});

describe('field resolvers are batched', () => {
  it('lists KPIs with department, stages and measurements in a constant number of queries', async () => {
    const statements: string[] = [];
    let counting = false;
    const server = await startTestServer({ onQuery: sql => counting && statements.push(sql) });
    try {
      const em = server.db.fork();
      const journey = em.create(Journey, { name: 'Batched' } as never);
      const stages = [1, 2, 3].map(position => em.create(JourneyStage, { journey, name: `Stage ${position}`, position, importance: 3, reach: 1 } as never));
      await em.flush();
      const run = (query: string, variables: Record<string, unknown>) => server.gql(query, variables);
      for (let i = 0; i < 8; i++) {
        const created = await run('mutation($d: ID!, $s: [ID!]) { createKpi(name: "K", unit: "%", direction: HIGHER_IS_BETTER, departmentId: $d, stageIds: $s) { id } }', {
          d: i % 2 ? server.actors.departments.home : server.actors.departments.away,
          s: [String(stages[i % 3].id), String(stages[(i + 1) % 3].id)],
        });
        await run('mutation($k: ID!) { createKpiMeasurement(kpiId: $k, period: "2026-01", value: 1) { id } }', { k: created.data!.createKpi.id });
      }
      counting = true;
      const result = await run('{ allKpis { id department { code } stages { name } stageIds measurements { period kpi { id } } } }', {});
      counting = false;
      expect(result.errors).toBeUndefined();
      expect(result.data!.allKpis).toHaveLength(8);
      const selects = statements.filter(sql => /\bselect\b/i.test(sql));
      // The session lookup, the page, and one query per relation: never one per KPI.
      expect(selects.length).toBeLessThanOrEqual(6);
    } finally {
      await server.close();
    }
  });
});
