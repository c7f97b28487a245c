import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fingerprint, onlyError, startTestServer, type TestServer } from './harness.js';
import { transition } from './initiative-fixtures.js';
import { dataOf, expectClose, initiative, journey, ok, respond, stage, today, type Made } from './scoring-fixtures.js';

/**
 * The journey impact score of DESIGN §2 through the GraphQL API, on a hand-built organisation.
 * Every expected number below is worked out by hand in the comments (DESIGN §2 and §3), never by
 * calling the server's maths.
 *
 * NPS and its margin (DESIGN §3): NPS = 100 (P − D) / N; N' = N + 3, p' = (P + 0.75) / N',
 * d' = (D + 0.75) / N', SE = 100 √((p' + d' − (p' − d')²) / N'), MoE = 1.96 SE.
 *
 * The responses of each stage (recorded yesterday, inside the default 90-day window):
 *   S1 "Quote"    3 P, 3 passives, 6 D: N 12, NPS 100(3 − 6)/12 = −25;
 *                 p' = 3.75/15 = 0.25, d' = 6.75/15 = 0.45, 0.70 − 0.04 = 0.66, /15 = 0.044,
 *                 SE = 20.976177, MoE = 41.113307.
 *   S2 "Notice"   20 P, 10 passives, 10 D: N 40, NPS 25;
 *                 p' = 20.75/43 = 0.482558, d' = 10.75/43 = 0.25, 0.732558 − 0.054083 = 0.678475,
 *                 /43 = 0.015778, SE = 12.561244, MoE = 24.620038.
 *   S3 "Meters"   15 P, 10 passives, 5 D: N 30, NPS 100 × 10/30 = 33.333333;
 *                 p' = 15.75/33 = 0.477273, d' = 5.75/33 = 0.174242, 0.651515 − 0.091827 = 0.559688,
 *                 /33 = 0.016960, SE = 13.023147, MoE = 25.525368.
 *   S4 "Keys"     16 P, 12 passives, 12 D: N 40, NPS 10;
 *                 p' = 16.75/43 = 0.389535, d' = 12.75/43 = 0.296512, 0.686047 − 0.008653 = 0.677393,
 *                 /43 = 0.015753, SE = 12.551227, MoE = 24.600405.
 *   S5 "Bill"     10 P, 10 passives, 30 D: N 50, NPS 100(10 − 30)/50 = −40;
 *                 p' = 10.75/53 = 0.202830, d' = 30.75/53 = 0.580189, 0.783019 − 0.142399 = 0.640619,
 *                 /53 = 0.012087, SE = 10.994162, MoE = 21.548557.
 *   S6 "Old"      5 P, 5 passives, 20 D, but 100 days ago: N 30, NPS 100(5 − 20)/30 = −50;
 *                 p' = 5.75/33 = 0.174242, d' = 20.75/33 = 0.628788, 0.803030 − 0.206612 = 0.596419,
 *                 /33 = 0.018073, SE = 13.443696, MoE = 26.349643.
 */

let t: TestServer;
const ids = { moving: '', cancelling: '', s1: '', s2: '', s3: '', s4: '', s5: '', s6: '' };
/** M: the main initiative, its impacts S1 HIGH, S2 MEDIUM, S3 LOW, S4 MASSIVE, S5 MEDIUM; effort 4, confidence 0.8, commercial value 5. */
let main: Made;
/** W: one MEDIUM impact on S6 (only old responses); effort 1, confidence 1, commercial value 3. */
let aged: Made;
/** The ids of the S5 detractors added in test 2, erased in test 3. */
let extra: { source: string; externalIds: string[] };
/** K1..K4 of test 7. */
const scored: Record<string, string> = {};

const BREAKDOWN = `terms { stageId level levelValue importance reach actualNps marginOfError responses target gapFactor gapReason stageWeight contribution }
  journeyImpact businessFactor commercialValue confidence effort priorityScore modelVersion`;
const READ = `query($id: ID!) { Initiative(id: $id) { id journeyImpact priorityScore scoreBreakdown { ${BREAKDOWN} } } }`;
const MODEL = 'id version active gapWeight minResponses windowDays commercialWeight reason levels { level value }';
const UPDATE_MODEL = `mutation($levels: [LevelValueInput!], $gapWeight: Float, $minResponses: Int, $windowDays: Int, $commercialWeight: Float, $reason: String!) {
  updateScoringModel(levels: $levels, gapWeight: $gapWeight, minResponses: $minResponses, windowDays: $windowDays, commercialWeight: $commercialWeight, reason: $reason) { ${MODEL} } }`;

const read = (id: string) => ok(t, READ, { id });
const activeVersion = async (): Promise<number> => (await ok(t, '{ activeScoringModel { version } }')).version;
const updateModel = (variables: Record<string, unknown>, token?: string) => t.gql(UPDATE_MODEL, { reason: 'test', ...variables }, token);

/** Asserts P and J of the initiative, through the top-level fields and the breakdown alike. */
async function expectScore(id: string, journeyImpact: number, priorityScore: number) {
  const got = await read(id);
  expectClose(got, { journeyImpact, priorityScore, scoreBreakdown: { journeyImpact, priorityScore } });
  return got;
}

/** M's terms under the default model with the responses of beforeAll (A and MoE: see the header). */
const baselineTerms = () => [
  // S1: n = 12 < 30 → G = 1; W = 5 × 0.8 × 1 = 4; HIGH 2 × 4 = 8.
  { stageId: ids.s1, level: 'HIGH', levelValue: 2, importance: 5, reach: 0.8, actualNps: -25, marginOfError: 41.113307, responses: 12, target: 40, gapFactor: 1, gapReason: 'fewer than 30 responses (12)', stageWeight: 4, contribution: 8 },
  // S2: no target (neither the stage's nor its journey's) → G = 1; W = 3 × 0.5 = 1.5; MEDIUM 1 × 1.5 = 1.5.
  { stageId: ids.s2, level: 'MEDIUM', levelValue: 1, importance: 3, reach: 0.5, actualNps: 25, marginOfError: 24.620038, responses: 40, target: null, gapFactor: 1, gapReason: 'no target', stageWeight: 1.5, contribution: 1.5 },
  // S3: the journey's target 20; A 33.33 ≥ 20 → no bonus, G = 1 (n = 30 is enough); W = 4 × 1 = 4; LOW 0.5 × 4 = 2.
  { stageId: ids.s3, level: 'LOW', levelValue: 0.5, importance: 4, reach: 1, actualNps: 33.333333, marginOfError: 25.525368, responses: 30, target: 20, gapFactor: 1, gapReason: 'meets its target', stageWeight: 4, contribution: 2 },
  // S4: target 30, A 10: shortfall 20 < MoE 24.600405 → max(0, 30 − 10 − 24.600405) = 0, G = 1; W = 2 × 0.5 = 1; MASSIVE 3 × 1 = 3.
  { stageId: ids.s4, level: 'MASSIVE', levelValue: 3, importance: 2, reach: 0.5, actualNps: 10, marginOfError: 24.600405, responses: 40, target: 30, gapFactor: 1, stageWeight: 1, contribution: 3 },
  // S5: target 50, A −40: 50 + 40 − 21.548557 = 68.451443 beyond the margin → G = 1 + 1 × 68.451443/100 = 1.684514;
  //     W = 5 × 0.6 × 1.684514 = 5.053543; MEDIUM 1 × 5.053543.
  { stageId: ids.s5, level: 'MEDIUM', levelValue: 1, importance: 5, reach: 0.6, actualNps: -40, marginOfError: 21.548557, responses: 50, target: 50, gapFactor: 1.684514, gapReason: null, stageWeight: 5.053543, contribution: 5.053543 },
];
// J = 8 + 1.5 + 2 + 3 + 5.053543 = 19.553543; B = 1 + 0.5 × (5 − 3)/2 = 1.5;
// P = 19.553543 × 0.8 × 1.5 / 4 = 19.553543 × 0.3 = 5.866063.
const J0 = 19.553543;
const P0 = 5.866063;

beforeAll(async () => {
  t = await startTestServer();
  ids.moving = await journey(t, 'Moving house', 20);
  ids.cancelling = await journey(t, 'Cancelling', null);
  ids.s1 = await stage(t, ids.moving, 'Quote', 5, 0.8, 40);
  ids.s2 = await stage(t, ids.cancelling, 'Notice', 3, 0.5, null);
  ids.s3 = await stage(t, ids.moving, 'Meters', 4, 1, null);
  ids.s4 = await stage(t, ids.moving, 'Keys', 2, 0.5, 30);
  ids.s5 = await stage(t, ids.moving, 'Bill', 5, 0.6, 50);
  ids.s6 = await stage(t, ids.moving, 'Old', 4, 1, 30);
  await respond(t, { journeyId: ids.moving, stageId: ids.s1 }, { promoters: 3, passives: 3, detractors: 6 });
  await respond(t, { journeyId: ids.cancelling, stageId: ids.s2 }, { promoters: 20, passives: 10, detractors: 10 });
  await respond(t, { journeyId: ids.moving, stageId: ids.s3 }, { promoters: 15, passives: 10, detractors: 5 });
  await respond(t, { journeyId: ids.moving, stageId: ids.s4 }, { promoters: 16, passives: 12, detractors: 12 });
  await respond(t, { journeyId: ids.moving, stageId: ids.s5 }, { promoters: 10, passives: 10, detractors: 30 });
  await respond(t, { journeyId: ids.moving, stageId: ids.s6 }, { promoters: 5, passives: 5, detractors: 20 }, 100);
  main = await initiative(t, 'PROPOSED', {
    title: 'Moving made simple',
    departmentId: t.actors.departments.home,
    effort: 4,
    confidence: 0.8,
    commercialValue: 5,
    impacts: [
      { stageId: ids.s1, level: 'HIGH' },
      { stageId: ids.s2, level: 'MEDIUM' },
      { stageId: ids.s3, level: 'LOW' },
      { stageId: ids.s4, level: 'MASSIVE' },
      { stageId: ids.s5, level: 'MEDIUM' },
    ],
  });
  aged = await initiative(t, 'PROPOSED', { title: 'Old news', departmentId: t.actors.departments.away, effort: 1, commercialValue: 3, impacts: [{ stageId: ids.s6, level: 'MEDIUM' }] });
});
afterAll(() => t.close());

describe('the journey impact score', () => {
  it('(1) equals DESIGN §2 by hand, in every number of the breakdown', async () => {
    const got = await read(main.id);
    expectClose(got, {
      journeyImpact: J0,
      priorityScore: P0,
      scoreBreakdown: { terms: baselineTerms(), journeyImpact: J0, businessFactor: 1.5, commercialValue: 5, confidence: 0.8, effort: 4, priorityScore: P0, modelVersion: 1 },
    });
    // The shortfall within the margin says so (the exact wording is the server's).
    expect(got.scoreBreakdown.terms[3].gapReason).toMatch(/margin/);
  });

  it('(2) rises when a touched stage gets new detractors', async () => {
    extra = await respond(t, { journeyId: ids.moving, stageId: ids.s5 }, { promoters: 0, passives: 0, detractors: 10 }, 1, 'late');
    // S5 now 10 P, 10 passives, 40 D: N 60, NPS 100(10 − 40)/60 = −50;
    // p' = 10.75/63 = 0.170635, d' = 40.75/63 = 0.646825, 0.817460 − 0.226757 = 0.590703, /63 = 0.009376,
    // SE = 9.683097, MoE = 18.978871; beyond: 50 + 50 − 18.978871 = 81.021129 → G = 1.810211;
    // W = 3 × 1.810211 = 5.430634; J = 14.5 + 5.430634 = 19.930634; P = 0.3 J = 5.979190 (> 5.866063).
    const got = await expectScore(main.id, 19.930634, 5.97919);
    expectClose(got.scoreBreakdown.terms[4], { responses: 60, actualNps: -50, marginOfError: 18.978871, gapFactor: 1.810211, stageWeight: 5.430634 });
    expect(got.priorityScore).toBeGreaterThan(P0);
  });

  it('(3) follows an erasure of responses', async () => {
    for (const externalId of extra.externalIds.slice(0, 5)) {
      await ok(t, 'mutation($s: String!, $e: String!) { deleteSurveyResponse(source: $s, externalId: $e) { id } }', { s: extra.source, e: externalId });
    }
    // S5 now 10 P, 10 passives, 35 D: N 55, NPS 100(10 − 35)/55 = −45.454545;
    // p' = 10.75/58 = 0.185345, d' = 35.75/58 = 0.616379, 0.801724 − 0.185791 = 0.615933, /58 = 0.010620,
    // SE = 10.305116, MoE = 20.198027; beyond: 50 + 45.454545 − 20.198027 = 75.256518 → G = 1.752565;
    // W = 3 × 1.752565 = 5.257696; J = 14.5 + 5.257696 = 19.757696; P = 0.3 J = 5.927309.
    const got = await expectScore(main.id, 19.757696, 5.927309);
    expectClose(got.scoreBreakdown.terms[4], { responses: 55, actualNps: -45.454545, marginOfError: 20.198027, gapFactor: 1.752565 });
    // Erasing the other five (one by its id) brings back the score of test 1.
    const [first] = await ok(t, 'query($s: String!) { allSurveyResponses(filter: { source: $s }, sortField: "id", sortOrder: "ASC") { id } }', { s: extra.source });
    await ok(t, 'mutation($id: ID!) { deleteSurveyResponse(id: $id) { id } }', { id: first.id });
    for (const externalId of extra.externalIds.slice(6)) {
      await ok(t, 'mutation($s: String!, $e: String!) { deleteSurveyResponse(source: $s, externalId: $e) { id } }', { s: extra.source, e: externalId });
    }
    expectClose(await read(main.id), { priorityScore: P0, scoreBreakdown: { terms: baselineTerms() } });
  });

  it('(4) follows a change of stage importance', async () => {
    const stageVersion = async () => (await ok(t, 'query($id: ID!) { JourneyStage(id: $id) { version } }', { id: ids.s3 })).version;
    await ok(t, 'mutation($id: ID!, $v: Int!) { updateJourneyStage(id: $id, version: $v, importance: 2) { id } }', { id: ids.s3, v: await stageVersion() });
    // S3: W = 2 × 1 × 1 = 2, LOW 0.5 × 2 = 1 (was 2): J = 19.553543 − 1 = 18.553543; P = 0.3 J = 5.566063.
    const got = await expectScore(main.id, 18.553543, 5.566063);
    expectClose(got.scoreBreakdown.terms[2], { stageId: ids.s3, importance: 2, stageWeight: 2, contribution: 1 });
    await ok(t, 'mutation($id: ID!, $v: Int!) { updateJourneyStage(id: $id, version: $v, importance: 4) { id } }', { id: ids.s3, v: await stageVersion() });
    await expectScore(main.id, J0, P0);

    // S3 has no target of its own: its journey's target rises from 20 to 60.
    const journeyVersion = async () => (await ok(t, 'query($id: ID!) { Journey(id: $id) { version } }', { id: ids.moving })).version;
    await ok(t, 'mutation($id: ID!, $v: Int!) { updateJourney(id: $id, version: $v, targetNps: 60) { id } }', { id: ids.moving, v: await journeyVersion() });
    // S3: 60 − 33.333333 − 25.525368 = 1.141298 beyond the margin → G = 1.011413, W = 4 × 1.011413 = 4.045652,
    // LOW 0.5 × 4.045652 = 2.022826 (was 2); S1, S4, S5 keep their own targets.
    // J = 19.553543 − 2 + 2.022826 = 19.576369; P = 0.3 J = 5.872911.
    const raised = await expectScore(main.id, 19.576369, 5.872911);
    expectClose(raised.scoreBreakdown.terms[2], { target: 60, gapFactor: 1.011413, gapReason: null, stageWeight: 4.045652, contribution: 2.022826 });
    expectClose(raised.scoreBreakdown.terms.map((term: { target: number | null }) => term.target), [40, null, 60, 30, 50]);
    await ok(t, 'mutation($id: ID!, $v: Int!) { updateJourney(id: $id, version: $v, targetNps: 20) { id } }', { id: ids.moving, v: await journeyVersion() });
    await expectScore(main.id, J0, P0);
  });

  it('(5) follows a new scoring-model version; the earlier versions stay readable', async () => {
    const before = await activeVersion();
    expect(before).toBe(1);
    const v2 = dataOf(await updateModel({ gapWeight: 2, levels: [{ level: 'HIGH', value: 2.5 }], reason: 'Shortfalls count double' }));
    expect(v2).toMatchObject({ version: 2, active: true, gapWeight: 2, minResponses: 30, windowDays: 90, commercialWeight: 0.5, reason: 'Shortfalls count double' });
    expect(v2.levels).toEqual([
      { level: 'MINIMAL', value: 0.25 },
      { level: 'LOW', value: 0.5 },
      { level: 'MEDIUM', value: 1 },
      { level: 'HIGH', value: 2.5 },
      { level: 'MASSIVE', value: 3 },
    ]);
    // S1: HIGH 2.5 × W 4 = 10. S5: G = 1 + 2 × 68.451443/100 = 2.369029, W = 3 × 2.369029 = 7.107087.
    // J = 10 + 1.5 + 2 + 3 + 7.107087 = 23.607087; P = 0.3 J = 7.082126.
    const got = await expectScore(main.id, 23.607087, 7.082126);
    expect(got.scoreBreakdown.modelVersion).toBe(2);
    expectClose(got.scoreBreakdown.terms[0], { levelValue: 2.5, contribution: 10 });
    expectClose(got.scoreBreakdown.terms[4], { gapFactor: 2.369029, stageWeight: 7.107087, contribution: 7.107087 });

    const models = await ok(t, `{ allScoringModels { ${MODEL} } }`);
    expect(models.map((m: { version: number; active: boolean }) => [m.version, m.active])).toEqual([[2, true], [1, false]]);
    expect(models[1]).toMatchObject({ gapWeight: 1, minResponses: 30, windowDays: 90, commercialWeight: 0.5 });
    expect(models[1].levels).toEqual([
      { level: 'MINIMAL', value: 0.25 },
      { level: 'LOW', value: 0.5 },
      { level: 'MEDIUM', value: 1 },
      { level: 'HIGH', value: 2 },
      { level: 'MASSIVE', value: 3 },
    ]);
    expect(await ok(t, `query($id: ID!) { ScoringModel(id: $id) { version active gapWeight } }`, { id: models[1].id })).toEqual({ version: 1, active: false, gapWeight: 1 });
    expect((await ok(t, '{ _allScoringModelsMeta { count } }')).count).toBe(2);

    // Back to the defaults, as version 3: the score of test 1 again, now explained by version 3.
    dataOf(await updateModel({ gapWeight: 1, levels: [{ level: 'HIGH', value: 2 }], reason: 'Back to the defaults' }));
    const back = await expectScore(main.id, J0, P0);
    expect(back.scoreBreakdown.modelVersion).toBe(3);
  });

  it('(6) counts only the responses of the model’s window: 100 days ago is out at 90 days, in at 120', async () => {
    // Under 90 days S6 has no responses: A and MoE empty, G = 1 ("fewer than 30 responses (0)");
    // W = 4 × 1 × 1 = 4; J = MEDIUM 1 × 4 = 4; B = 1; P = 4 × 1 × 1 / 1 = 4.
    let got = await expectScore(aged.id, 4, 4);
    expectClose(got.scoreBreakdown.terms, [{ stageId: ids.s6, responses: 0, actualNps: null, marginOfError: null, target: 30, gapFactor: 1, gapReason: 'fewer than 30 responses (0)', stageWeight: 4 }]);

    const v4 = dataOf(await updateModel({ windowDays: 120, reason: 'A longer memory' }));
    expect(v4).toMatchObject({ version: 4, windowDays: 120, gapWeight: 1 });
    // Under 120 days: N 30, A −50, MoE 26.349643; beyond: 30 + 50 − 26.349643 = 53.650357 → G = 1.536504;
    // W = 4 × 1.536504 = 6.146014 = J = P.
    got = await expectScore(aged.id, 6.146014, 6.146014);
    expectClose(got.scoreBreakdown.terms, [{ responses: 30, actualNps: -50, marginOfError: 26.349643, gapFactor: 1.536504, gapReason: null, stageWeight: 6.146014 }]);
    expect(got.scoreBreakdown.modelVersion).toBe(4);
    // Yesterday's responses are in either window: M is unchanged.
    await expectScore(main.id, J0, P0);

    dataOf(await updateModel({ windowDays: 90, reason: 'Back to 90 days' }));
    await expectScore(aged.id, 4, 4);
  });

  describe('(7) lists sorted and filtered by score', () => {

    beforeAll(async () => {
      const home = t.actors.departments.home;
      // On S2 (no target, so G = 1 whatever the responses; W = 1.5):
      // K1 MASSIVE: J = 3 × 1.5 = 4.5; effort 1, confidence 1, value 5 (B 1.5) → P = 4.5 × 1.5 = 6.75.
      scored.k1 = (await initiative(t, 'PROPOSED', { title: 'K1', departmentId: home, effort: 1, commercialValue: 5, impacts: [{ stageId: ids.s2, level: 'MASSIVE' }] })).id;
      // K2 MEDIUM: J = 1.5; effort 1, confidence 1 → P = 1.5.
      scored.k2 = (await initiative(t, 'PROPOSED', { title: 'K2', departmentId: home, effort: 1, impacts: [{ stageId: ids.s2, level: 'MEDIUM' }] })).id;
      // K3 HIGH: J = 3; effort 2, confidence 0.5 → P = 3 × 0.5 / 2 = 0.75.
      scored.k3 = (await initiative(t, 'PROPOSED', { title: 'K3', departmentId: home, effort: 2, confidence: 0.5, impacts: [{ stageId: ids.s2, level: 'HIGH' }] })).id;
      // K4 without impacts: J = 0, P = 0.
      scored.k4 = (await initiative(t, 'PROPOSED', { title: 'K4', departmentId: home, effort: 1 })).id;
    });

    const list = async (variables: Record<string, unknown>) => {
      const query = `query($sortField: String, $sortOrder: String, $page: Int, $perPage: Int, $filter: InitiativeFilter) {
        allInitiatives(sortField: $sortField, sortOrder: $sortOrder, page: $page, perPage: $perPage, filter: $filter) { id priorityScore journeyImpact scoreBreakdown { ${BREAKDOWN} } }
        _allInitiativesMeta(sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { count } }`;
      const result = await t.gql(query, variables);
      expect(result.errors).toBeUndefined();
      return { rows: result.data!.allInitiatives as Record<string, any>[], count: result.data!._allInitiativesMeta.count as number };
    };
    const all = () => [main.id, aged.id, scored.k1, scored.k2, scored.k3, scored.k4];

    it('sorts by priority score, both ways, paged', async () => {
      // K1 6.75 > M 5.866063 > W 4 > K2 1.5 > K3 0.75 > K4 0.
      const desc = [scored.k1, main.id, aged.id, scored.k2, scored.k3, scored.k4];
      const down = await list({ sortField: 'priorityScore', sortOrder: 'DESC', filter: { ids: all() } });
      expect(down.rows.map(r => r.id)).toEqual(desc);
      expectClose(down.rows.map(r => r.priorityScore), [6.75, P0, 4, 1.5, 0.75, 0]);
      expect(down.count).toBe(6);
      const up = await list({ sortField: 'priorityScore', sortOrder: 'ASC', filter: { ids: all() } });
      expect(up.rows.map(r => r.id)).toEqual([...desc].reverse());
      const page = await list({ sortField: 'priorityScore', sortOrder: 'DESC', page: 1, perPage: 2, filter: { ids: all() } });
      expect(page.rows.map(r => r.id)).toEqual([aged.id, scored.k2]);
      expect(page.count).toBe(6);
    });

    it('sorts by journey impact too', async () => {
      // J: M 19.553543 > K1 4.5 > W 4 > K3 3 > K2 1.5 > K4 0.
      const down = await list({ sortField: 'journeyImpact', sortOrder: 'DESC', filter: { ids: all() } });
      expect(down.rows.map(r => r.id)).toEqual([main.id, scored.k1, aged.id, scored.k3, scored.k2, scored.k4]);
      expectClose(down.rows.map(r => r.journeyImpact), [J0, 4.5, 4, 3, 1.5, 0]);
    });

    it('filters by priorityScore_gte / _lte (bounds included), with the right count', async () => {
      const between = await list({ sortField: 'priorityScore', sortOrder: 'DESC', filter: { ids: all(), priorityScore_gte: 1, priorityScore_lte: 6 } });
      expect(between.rows.map(r => r.id)).toEqual([main.id, aged.id, scored.k2]);
      expect(between.count).toBe(3);
      // K3 is exactly 0.75 (3 × 0.5 / 2): the bound includes it.
      const atLeast = await list({ filter: { ids: all(), priorityScore_gte: 0.75 } });
      expect(new Set(atLeast.rows.map(r => r.id))).toEqual(new Set([main.id, aged.id, scored.k1, scored.k2, scored.k3]));
      expect(atLeast.count).toBe(5);
      const atMost = await list({ filter: { ids: all(), priorityScore_lte: 0.75 } });
      expect(new Set(atMost.rows.map(r => r.id))).toEqual(new Set([scored.k3, scored.k4]));
      expect(atMost.count).toBe(2);
      const none = await list({ filter: { ids: all(), priorityScore_gte: 7 } });
      expect(none).toEqual({ rows: [], count: 0 });
    });

    it('shows the same scores through Initiative(id) and through allInitiatives, sorted or not', async () => {
      const sorted = await list({ sortField: 'priorityScore', sortOrder: 'DESC', filter: { ids: all() } });
      const plain = await list({ filter: { ids: all() } });
      for (const id of all()) {
        const one = await read(id);
        const fromSorted = sorted.rows.find(r => r.id === id)!;
        const fromPlain = plain.rows.find(r => r.id === id)!;
        expectClose(fromSorted, { priorityScore: one.priorityScore, journeyImpact: one.journeyImpact, scoreBreakdown: one.scoreBreakdown });
        expectClose(fromPlain, { priorityScore: one.priorityScore, journeyImpact: one.journeyImpact, scoreBreakdown: one.scoreBreakdown });
      }
      expectClose(plain.rows.find(r => r.id === main.id), { priorityScore: P0, scoreBreakdown: { terms: baselineTerms(), modelVersion: 5 } });
    });
  });

  describe('(8) scorePreview', () => {
    const PREVIEW = `query($impacts: [StageImpactInput!], $effort: Float!, $confidence: Float!, $commercialValue: Int) {
      scorePreview(impacts: $impacts, effort: $effort, confidence: $confidence, commercialValue: $commercialValue) { ${BREAKDOWN} } }`;
    const impacts = () => [
      { stageId: ids.s1, level: 'HIGH' },
      { stageId: ids.s2, level: 'MEDIUM' },
      { stageId: ids.s3, level: 'LOW' },
      { stageId: ids.s4, level: 'MASSIVE' },
      { stageId: ids.s5, level: 'MEDIUM' },
    ];

    it('equals the score of the same saved initiative and saves nothing', async () => {
      const before = await fingerprint(t.db);
      const preview = await ok(t, PREVIEW, { impacts: impacts(), effort: 4, confidence: 0.8, commercialValue: 5 }, t.actors.people.lead.token);
      expectClose(preview, { terms: baselineTerms(), journeyImpact: J0, businessFactor: 1.5, commercialValue: 5, confidence: 0.8, effort: 4, priorityScore: P0, modelVersion: 5 });
      expectClose(preview, (await read(main.id)).scoreBreakdown);
      // Without a commercial value: 3, B = 1; P = 19.553543 × 0.8 / 4 = 3.910709.
      expectClose(await ok(t, PREVIEW, { impacts: impacts(), effort: 4, confidence: 0.8 }), { businessFactor: 1, commercialValue: 3, priorityScore: 3.910709 });
      // Commercial value 1: B = 1 + 0.5 × (1 − 3)/2 = 0.5; P = 19.553543 × 0.8 × 0.5 / 4 = 1.955354.
      expectClose(await ok(t, PREVIEW, { impacts: impacts(), effort: 4, confidence: 0.8, commercialValue: 1 }), { businessFactor: 0.5, priorityScore: 1.955354 });
      // Without impacts: J = 0, P = 0.
      expectClose(await ok(t, PREVIEW, { effort: 1, confidence: 1 }), { terms: [], journeyImpact: 0, priorityScore: 0 });
      expect(await fingerprint(t.db)).toBe(before);
    });

    it.each([
      ['impacts.1.stageId', { impacts: [{ stageId: 'S1', level: 'HIGH' }, { stageId: '999999', level: 'LOW' }] }],
      ['effort', { effort: 0 }],
      ['effort', { effort: -2 }],
      ['confidence', { confidence: 2 }],
      ['confidence', { confidence: -0.1 }],
      ['commercialValue', { commercialValue: 6 }],
    ])('refuses a bad %s with BAD_USER_INPUT naming it (case %#)', async (field, change) => {
      const variables: Record<string, unknown> = { impacts: impacts(), effort: 4, confidence: 0.8, commercialValue: 5, ...change };
      if (Array.isArray(variables.impacts)) variables.impacts = (variables.impacts as { stageId: string }[]).map(i => (i.stageId === 'S1' ? { ...i, stageId: ids.s1 } : i));
      const before = await fingerprint(t.db);
      expect(onlyError(await t.gql(PREVIEW, variables))).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await fingerprint(t.db)).toBe(before);
    });
  });

  describe('(9) and (10) the model preview and the governance log', () => {
    const PREVIEW_MODEL = `query($gapWeight: Float, $levels: [LevelValueInput!]) { previewScoringModel(gapWeight: $gapWeight, levels: $levels) {
      initiative { id } rankBefore rankAfter scoreBefore scoreAfter } }`;
    const decisions = async (id: string) => (await ok(t, 'query($id: ID!) { Initiative(id: $id) { decisions { action toValue priorityScore modelVersion } } }', { id })).decisions;
    let k1: string;
    let mainVersion: number;

    beforeAll(async () => {
      // The open candidates of this server become M (P 5.866063) and K1 (P 6.75): submitted now.
      k1 = scored.k1;
      const kv = (await ok(t, 'query($id: ID!) { Initiative(id: $id) { version } }', { id: k1 })).version;
      expect((await transition(t, { id: k1, to: 'UNDER_REVIEW', version: kv })).errors).toBeUndefined();
      const submitted = await transition(t, { id: main.id, to: 'UNDER_REVIEW', version: main.version }, t.actors.people.lead.token);
      expect(submitted.errors).toBeUndefined();
      mainVersion = submitted.data!.transitionInitiative.version;
    });

    it('(9) shows how every open initiative’s rank would move, and saves nothing', async () => {
      const before = await fingerprint(t.db);
      // Now: K1 6.75 (rank 1), M 5.866063 (rank 2).
      // gapWeight 3: S5 G = 1 + 3 × 0.684514 = 3.053543, W = 3 × 3.053543 = 9.160630;
      // M: J = 14.5 + 9.160630 = 23.660630, P = 0.3 J = 7.098189 > 6.75 → M rank 1, K1 rank 2 (K1's stage has no target: 6.75 still).
      const rows = await ok(t, PREVIEW_MODEL, { gapWeight: 3 });
      expect(rows).toHaveLength(2);
      expectClose(rows.find((r: any) => r.initiative.id === main.id), { rankBefore: 2, rankAfter: 1, scoreBefore: P0, scoreAfter: 7.098189 });
      expectClose(rows.find((r: any) => r.initiative.id === k1), { rankBefore: 1, rankAfter: 2, scoreBefore: 6.75, scoreAfter: 6.75 });
      // MASSIVE 2 instead of 3 (and MEDIUM stays 1 ≤ 2): K1 J = 2 × 1.5 = 3, P = 3 × 1.5 = 4.5;
      // M: S4 MASSIVE 2 × 1 = 2 instead of 3 → J = 18.553543, P = 5.566063 → M rank 1.
      const levels = await ok(t, PREVIEW_MODEL, { levels: [{ level: 'MASSIVE', value: 2 }] });
      expectClose(levels.find((r: any) => r.initiative.id === main.id), { rankBefore: 2, rankAfter: 1, scoreAfter: 5.566063 });
      expectClose(levels.find((r: any) => r.initiative.id === k1), { rankBefore: 1, rankAfter: 2, scoreAfter: 4.5 });
      // A 1-day window holds only today: yesterday's responses drop out, every n = 0 → every G = 1:
      // M: J = 2 × 4 + 1 × 1.5 + 0.5 × 4 + 3 × 1 + 1 × 3 = 17.5, P = 0.3 J = 5.25 < 6.75: the order stays.
      const short = await ok(t, 'query { previewScoringModel(windowDays: 1) { initiative { id } rankBefore rankAfter scoreBefore scoreAfter } }');
      expectClose(short.find((r: any) => r.initiative.id === main.id), { rankBefore: 2, rankAfter: 2, scoreBefore: P0, scoreAfter: 5.25 });
      expectClose(short.find((r: any) => r.initiative.id === k1), { rankBefore: 1, rankAfter: 1, scoreAfter: 6.75 });
      expect(await fingerprint(t.db)).toBe(before);
      expect(await activeVersion()).toBe(5);
      await expectScore(main.id, J0, P0);
    });

    it('(9) lets only the regie team change the model, and refuses bad values naming the field', async () => {
      const before = await fingerprint(t.db);
      for (const token of [t.actors.people.lead.token, t.actors.people.viewer.token]) {
        expect(onlyError(await updateModel({ gapWeight: 2 }, token)).code).toBe('FORBIDDEN');
      }
      const bad: [string, Record<string, unknown>][] = [
        ['gapWeight', { gapWeight: -1 }],
        ['gapWeight', { gapWeight: 11 }],
        ['minResponses', { minResponses: 0 }],
        ['windowDays', { windowDays: 0 }],
        ['windowDays', { windowDays: 731 }],
        ['commercialWeight', { commercialWeight: 1.5 }],
        ['levels.0.value', { levels: [{ level: 'LOW', value: -1 }] }],
        ['reason', { reason: '   ', gapWeight: 2 }],
      ];
      for (const [field, variables] of bad) {
        const error = onlyError(await updateModel(variables));
        expect({ field, code: error.code, got: error.field }).toEqual({ field, code: 'BAD_USER_INPUT', got: field });
      }
      expect(onlyError(await t.gql('{ previewScoringModel(gapWeight: -1) { rankAfter } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gapWeight' });
      expect(await fingerprint(t.db)).toBe(before);
      expect(await activeVersion()).toBe(5);
    });

    it('(10) a decision keeps the priority score and the model version of its moment', async () => {
      // Both SUBMITs were made under version 5: M at 5.866063, K1 at 6.75.
      expectClose(await decisions(main.id), [{ action: 'SUBMIT', toValue: 'UNDER_REVIEW', priorityScore: P0, modelVersion: 5 }]);
      expectClose(await decisions(k1), [{ action: 'SUBMIT', priorityScore: 6.75, modelVersion: 5 }]);
      // Version 6 doubles the weight of a shortfall: M's P is 6.482126 (see test 5: J = 14.5 + 7.107087 = 21.607087, P = 0.3 J).
      dataOf(await updateModel({ gapWeight: 2, reason: 'Shortfalls count double' }));
      await expectScore(main.id, 21.607087, 6.482126);
      const approved = await transition(t, { id: main.id, to: 'APPROVED', version: mainVersion, reason: 'Fits' });
      expect(approved.errors).toBeUndefined();
      // Newest first: the approval at 6.482126 under version 6; the submission still as it was.
      expectClose(await decisions(main.id), [
        { action: 'APPROVE', toValue: 'APPROVED', priorityScore: 6.482126, modelVersion: 6 },
        { action: 'SUBMIT', toValue: 'UNDER_REVIEW', priorityScore: P0, modelVersion: 5 },
      ]);
      const log = await ok(t, 'query($id: ID!) { allDecisions(filter: { initiativeId: $id }, sortField: "id", sortOrder: "ASC") { action priorityScore modelVersion } }', { id: main.id });
      expectClose(log, [
        { action: 'SUBMIT', priorityScore: P0, modelVersion: 5 },
        { action: 'APPROVE', priorityScore: 6.482126, modelVersion: 6 },
      ]);
    });
  });
});

describe('(6b) the edges of the window, on the organisation’s calendar; (5b) minResponses', () => {
  /** The calendar date `days` before today in Amsterdam. */
  const dayBefore = (days: number) => {
    const [y, m, d] = today().split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d) - days * 86_400_000).toISOString().slice(0, 10);
  };
  let edge: Made;
  let s7: string;

  beforeAll(async () => {
    s7 = await stage(t, ids.cancelling, 'Edges', 3, 1, null);
    edge = await initiative(t, 'PROPOSED', { title: 'Edges', departmentId: t.actors.departments.home, effort: 1, impacts: [{ stageId: s7, level: 'MEDIUM' }] });
    // One response on each of these days before today, at noon +01:00 (12:00 or 13:00 in Amsterdam: that very day):
    // a promoter (9) up to 30 days ago, a detractor (3) from 31 days ago.
    const days = [1, 6, 7, 29, 30, 31, 44, 45, 59, 60, 89, 90, 91, 119, 120, 150];
    const responses = days.map(d => ({ source: 'edges', externalId: `d${d}`, score: d <= 30 ? 9 : 3, journeyId: ids.cancelling, stageId: s7, respondedAt: `${dayBefore(d)}T12:00:00+01:00` }));
    expect((await ok(t, 'mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { created } }', { r: responses })).created).toBe(16);
  });

  // A window of w days is [today − (w − 1), today]: a response of d days ago counts when d ≤ w − 1.
  it.each([
    // w, n, NPS
    [7, 2, 100], //       days 1, 6: 2 P → 100
    [30, 4, 100], //      1, 6, 7, 29: 4 P → 100 (30 days ago is out)
    [45, 7, 42.857143], // + 30 (P), 31, 44 (D): 5 P, 2 D → 100 × 3/7
    [60, 9, 11.111111], // + 45, 59: 5 P, 4 D → 100 × 1/9
    [90, 11, -9.090909], // + 60, 89: 5 P, 6 D → −100/11 (90 days ago is out)
    [120, 14, -28.571429], // + 90, 91, 119: 5 P, 9 D → −400/14
    [365, 16, -37.5], //   + 120, 150: 5 P, 11 D → −600/16
    [1, 0, null], //       only today: none
  ])('a window of %i days counts %i responses (NPS %s)', async (windowDays, responses, nps) => {
    dataOf(await updateModel({ windowDays, reason: `window of ${windowDays} days` }));
    const got = await read(edge.id);
    expectClose(got.scoreBreakdown.terms[0], { stageId: s7, responses, actualNps: nps });
  });

  it('gives the same counts from the kept window counts, and they follow new responses and erasures', async () => {
    dataOf(await updateModel({ windowDays: 90, reason: 'Back to 90 days' }));
    const expectEdge = async (responses: number, nps: number) => expectClose((await read(edge.id)).scoreBreakdown.terms[0], { responses, actualNps: nps });
    await expectEdge(11, -9.090909);
    // Force the kept counts for today and this window (the server otherwise builds them within a minute).
    const { refreshWindowCounts } = await import('../src/modules/scoring/window-counts.js');
    await refreshWindowCounts(t.db.fork(), today());
    await expectEdge(11, -9.090909);
    // M under version 6 of test 10 (gapWeight 2), as computed there: J = 21.607087, P = 6.482126.
    await expectScore(main.id, 21.607087, 6.482126);
    // A promoter 89 days ago counts, one 90 days ago does not: 6 P, 6 D of 12 → NPS 0.
    await ok(t, 'mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { created } }', {
      r: [89, 90].map(d => ({ source: 'edges', externalId: `late${d}`, score: 10, journeyId: ids.cancelling, stageId: s7, respondedAt: `${dayBefore(d)}T12:00:00+01:00` })),
    });
    await expectEdge(12, 0);
    await ok(t, 'mutation { deleteSurveyResponse(source: "edges", externalId: "late89") { id } }');
    await ok(t, 'mutation { deleteSurveyResponse(source: "edges", externalId: "late90") { id } }');
    await expectEdge(11, -9.090909);
    await ok(t, 'mutation { deleteSurveyResponse(source: "edges", externalId: "d1") { id } }');
    // Without the promoter of yesterday: 4 P, 6 D of 10 → −20.
    await expectEdge(10, -20);
    // Responses about the journey as a whole (no stage) count for no stage.
    await ok(t, 'mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { created } }', {
      r: Array.from({ length: 40 }, (_, n) => ({ source: 'edges', externalId: `whole${n}`, score: 0, journeyId: ids.cancelling, respondedAt: `${dayBefore(2)}T12:00:00+01:00` })),
    });
    await expectEdge(10, -20);
  });

  it('takes the days of the window on the organisation’s clock, not UTC', async () => {
    // 23:30 UTC is 00:30 (winter) or 01:30 (summer) of the NEXT day in Amsterdam:
    // 90 days before today at 23:30Z is day −89 in Amsterdam → in the 90-day window;
    // 91 days before today at 23:30Z is day −90 in Amsterdam → out.
    await ok(t, 'mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { created } }', {
      r: [90, 91].map(d => ({ source: 'edges', externalId: `utc${d}`, score: 10, journeyId: ids.cancelling, stageId: s7, respondedAt: `${dayBefore(d)}T23:30:00Z` })),
    });
    // In the window now: P of days 6, 7, 29, 30 and utc90; D of days 31, 44, 45, 59, 60, 89 → 11: 5 P, 6 D → −100/11.
    expectClose((await read(edge.id)).scoreBreakdown.terms[0], { responses: 11, actualNps: -9.090909 });
    // A 91-day window (d ≤ 90) adds day 90 (D) and utc91 (P, day −90 in Amsterdam): 13: 6 P, 7 D → −100/13 = −7.692308.
    dataOf(await updateModel({ windowDays: 91, reason: 'one more day' }));
    expectClose((await read(edge.id)).scoreBreakdown.terms[0], { responses: 13, actualNps: -7.692308 });
    dataOf(await updateModel({ windowDays: 90, reason: 'Back to 90 days' }));
  });

  it('(5b) follows minResponses: a stage of 12 responses counts once the minimum is 10', async () => {
    dataOf(await updateModel({ minResponses: 10, gapWeight: 1, reason: 'Small samples count' }));
    // S1 (n 12 ≥ 10): target 40, A −25, MoE 41.113307 → 40 + 25 − 41.113307 = 23.886693 beyond → G = 1.238867;
    // W = 5 × 0.8 × 1.238867 = 4.955468; HIGH 2 × 4.955468 = 9.910935.
    // S5 back to gapWeight 1: 5.053543. J = 9.910935 + 1.5 + 2 + 3 + 5.053543 = 21.464478; P = 0.3 J = 6.439344.
    const got = await expectScore(main.id, 21.464478, 6.439344);
    expectClose(got.scoreBreakdown.terms[0], { responses: 12, gapFactor: 1.238867, gapReason: null, stageWeight: 4.955468, contribution: 9.910935 });
    // The edges stage (11 responses, enough now) has no target: still "no target".
    expectClose((await read(edge.id)).scoreBreakdown.terms[0], { gapFactor: 1, gapReason: 'no target' });
  });
});
