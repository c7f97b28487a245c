import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { estimateNps } from '../src/modules/nps/nps.maths.js';
import { fingerprint, onlyError, startTestServer, type TestServer } from './harness.js';

let t: TestServer;
const ids = { journey: '', otherJourney: '', stageA: '', stageB: '', otherStage: '', web: '', phone: '', consumer: '' };

beforeAll(async () => {
  t = await startTestServer();
  const made = async (query: string, variables: Record<string, unknown>) => {
    const result = await t.gql(query, variables);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as { id: string };
  };
  ids.journey = (await made('mutation($n: String!) { createJourney(name: $n, targetNps: 30) { id } }', { n: 'Moving house' })).id;
  ids.otherJourney = (await made('mutation($n: String!) { createJourney(name: $n) { id } }', { n: 'Cancelling' })).id;
  const stage = (journeyId: string, name: string, position: number, targetNps: number | null) =>
    made('mutation($j: ID!, $n: String!, $p: Int!, $t: Int) { createJourneyStage(journeyId: $j, name: $n, position: $p, importance: 4, reach: 0.5, targetNps: $t) { id } }', {
      j: journeyId,
      n: name,
      p: position,
      t: targetNps,
    });
  ids.stageA = (await stage(ids.journey, 'Announcing the move', 1, 40)).id;
  ids.stageB = (await stage(ids.journey, 'Final bill', 2, null)).id;
  ids.otherStage = (await stage(ids.otherJourney, 'Contact', 1, null)).id;
  ids.web = (await made('mutation($n: String!) { createChannel(name: $n) { id } }', { n: 'Web' })).id;
  ids.phone = (await made('mutation($n: String!) { createChannel(name: $n) { id } }', { n: 'Phone' })).id;
  ids.consumer = (await made('mutation($n: String!) { createSegment(name: $n) { id } }', { n: 'Consumer' })).id;
});
afterAll(() => t.close());

const RECORD = 'mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { received created duplicates } }';
const SUMMARY = `query($groupBy: NpsGroupBy, $journeyId: ID, $stageId: ID, $from: String, $to: String, $compareFrom: String, $compareTo: String) {
  npsSummary(groupBy: $groupBy, journeyId: $journeyId, stageId: $stageId, from: $from, to: $to, compareFrom: $compareFrom, compareTo: $compareTo) {
    key label responses promoters passives detractors nps marginOfError intervalLow intervalHigh insufficient target gap previousNps change significantChange previousResponses
  }
}`;

/** `n` responses with the given scores in turn, about one stage, on one day. */
function responses(source: string, scores: number[], extra: Record<string, unknown> = {}) {
  return scores.map((score, i) => ({ source, externalId: `${source}-${i}`, score, journeyId: ids.journey, respondedAt: '2026-06-15T10:00:00Z', ...extra }));
}

const summary = async (variables: Record<string, unknown>) => {
  const result = await t.gql(SUMMARY, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.npsSummary as Record<string, any>[];
};

describe('recording survey responses', () => {
  it('stores a batch once, reports a resend as duplicates, and the summary follows DESIGN §3', async () => {
    // Stage A in June: 10 promoters, 5 passives, 5 detractors → NPS 25.
    const june = responses('june', [...Array(10).fill(9), ...Array(5).fill(7), ...Array(5).fill(3)], { stageId: ids.stageA, channelId: ids.web, segmentId: ids.consumer });
    expect((await t.gql(RECORD, { r: june })).data!.recordSurveyResponses).toEqual({ received: 20, created: 20, duplicates: 0 });
    const before = await fingerprint(t.db);
    expect((await t.gql(RECORD, { r: june })).data!.recordSurveyResponses).toEqual({ received: 20, created: 0, duplicates: 20 });
    expect(await fingerprint(t.db)).toBe(before.replace(/audit_entry:[0-9a-f]+/, (await fingerprint(t.db)).match(/audit_entry:[0-9a-f]+/)![0]));

    const rows = await summary({ groupBy: 'STAGE', journeyId: ids.journey });
    const expected = estimateNps({ responses: 20, promoters: 10, detractors: 5 });
    expect(rows.map(r => r.label)).toEqual(['Announcing the move', 'Final bill']);
    expect(rows[0]).toMatchObject({ key: ids.stageA, responses: 20, promoters: 10, passives: 5, detractors: 5, nps: 25, insufficient: true, target: 40, gap: 15 });
    expect(rows[0].marginOfError).toBeCloseTo(expected.marginOfError!, 6);
    // The stage without responses is listed, with nulls, under its journey's target.
    expect(rows[1]).toMatchObject({ key: ids.stageB, responses: 0, nps: null, marginOfError: null, insufficient: true, target: 30, gap: null });
  });
});
