import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { sqlLiteral } from '../src/modules/survey-response/ingest.js';
import { fingerprint, onlyError, startTestServer, type TestServer } from './harness.js';

/** The CSV upload of survey responses (issue 7): POST /import/survey-responses. */

let t: TestServer;
const ids = { journey: '', otherJourney: '', stageA: '', stageB: '', otherStage: '', web: '', phone: '', consumer: '' };
const tokens = { write: '', read: '' };

beforeAll(async () => {
  t = await startTestServer();
  const made = async (query: string, variables: Record<string, unknown>) => {
    const result = await t.gql(query, variables);
    expect(result.errors).toBeUndefined();
    return Object.values(result.data!)[0] as { id: string };
  };
  ids.journey = (await made('mutation($n: String!) { createJourney(name: $n, targetNps: 30) { id } }', { n: 'Moving house' })).id;
  ids.otherJourney = (await made('mutation($n: String!) { createJourney(name: $n) { id } }', { n: 'Cancelling' })).id;
  const stage = (journeyId: string, name: string, position: number) =>
    made('mutation($j: ID!, $n: String!, $p: Int!) { createJourneyStage(journeyId: $j, name: $n, position: $p, importance: 4, reach: 0.5) { id } }', { j: journeyId, n: name, p: position });
  ids.stageA = (await stage(ids.journey, 'Announcing the move', 1)).id;
  ids.stageB = (await stage(ids.journey, 'Final bill', 2)).id;
  ids.otherStage = (await stage(ids.otherJourney, 'Contact', 1)).id;
  ids.web = (await made('mutation($n: String!) { createChannel(name: $n) { id } }', { n: 'Web' })).id;
  ids.phone = (await made('mutation($n: String!) { createChannel(name: $n) { id } }', { n: 'Phone' })).id;
  ids.consumer = (await made('mutation($n: String!) { createSegment(name: $n) { id } }', { n: 'Consumer' })).id;
  const issue = async (scopes: string[]) =>
    (await t.gql('mutation($s: [String!]!) { issueApiToken(name: "survey tool", scopes: $s) { secret } }', { s: scopes })).data!.issueApiToken.secret as string;
  tokens.write = await issue(['responses:write']);
  tokens.read = await issue(['read']);
});
afterAll(() => t.close());

interface Answer {
  status: number;
  body: Record<string, any>;
}

/** Sends a body to the import as the server's regie person, unless told otherwise. */
async function upload(
  body: string | ReadableStream<Uint8Array>,
  { server = t, token = server.actors.people.regie.token, type = 'text/csv' }: { server?: TestServer; token?: string | null; type?: string } = {},
): Promise<Answer> {
  const response = await fetch(`${server.url}/import/survey-responses`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const HEADER = 'source,externalId,score,journey,stage,channel,segment,respondedAt,comment,respondentKey';

/** `n` good rows of one source, about the journey as a whole, by name. */
const goodRows = (source: string, n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `${source},${from + i},${(from + i) % 11},Moving house,,,,2026-05-0${1 + (i % 9)}T08:00:00Z,,`);

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

const summary = async (variables: Record<string, unknown>) => {
  const result = await t.gql('query($g: NpsGroupBy, $j: ID) { npsSummary(groupBy: $g, journeyId: $j) { key responses promoters passives detractors } }', variables);
  expect(result.errors).toBeUndefined();
  return result.data!.npsSummary as Record<string, any>[];
};
const responsesOf = async (source: string) => {
  const result = await t.gql(
    'query($s: String) { allSurveyResponses(filter: { source: $s }, sortField: "externalId", sortOrder: "ASC") { externalId score journeyId stageId channelId segmentId respondedAt comment respondentKey } }',
    { s: source },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.allSurveyResponses as Record<string, any>[];
};

describe('importing a CSV file of survey responses', () => {
  it('stores rows that name journeys, stages, channels and segments by id or by name, case-insensitively', async () => {
    const file =
      '\uFEFF' +
      [
        'Source,EXTERNALID,score,journey,stage,channel,segment,respondedAt,comment,respondentkey',
        `good,1,9,moving HOUSE,announcing THE move,web,CONSUMER,2026-06-15T10:00:00Z,"Fine, thanks",r-1`,
        `good,2,3,${ids.journey},${ids.stageB},${ids.phone},,2026-06-15T11:00:00Z,,`,
        '',
        `good,3,10,Cancelling,contact,,,2026-06-16 09:00,"said ""great""\r\non two lines",`,
      ].join('\r\n');
    expect(await upload(file)).toEqual({ status: 200, body: { received: 3, created: 3, duplicates: 0, errors: [] } });

    expect(await responsesOf('good')).toEqual([
      { externalId: '1', score: 9, journeyId: ids.journey, stageId: ids.stageA, channelId: ids.web, segmentId: ids.consumer, respondedAt: '2026-06-15T10:00:00.000Z', comment: 'Fine, thanks', respondentKey: 'r-1' },
      { externalId: '2', score: 3, journeyId: ids.journey, stageId: ids.stageB, channelId: ids.phone, segmentId: null, respondedAt: '2026-06-15T11:00:00.000Z', comment: null, respondentKey: null },
      // Without an offset a time is on the organisation's clock (Europe/Amsterdam, summer time).
      { externalId: '3', score: 10, journeyId: ids.otherJourney, stageId: ids.otherStage, channelId: null, segmentId: null, respondedAt: '2026-06-16T07:00:00.000Z', comment: 'said "great"\r\non two lines', respondentKey: null },
    ]);
    const stages = await summary({ g: 'STAGE', j: ids.journey });
    expect(stages).toEqual([
      { key: ids.stageA, responses: 1, promoters: 1, passives: 0, detractors: 0 },
      { key: ids.stageB, responses: 1, promoters: 0, passives: 0, detractors: 1 },
    ]);
    const audit = await t.gql('{ allAuditEntries(filter: { entity: "SurveyResponse" }) { operation actorName actorEmail entityId changes { field after } } }');
    expect(audit.data!.allAuditEntries).toEqual([
      {
        operation: 'importSurveyResponses',
        actorName: 'Test regie',
        actorEmail: t.actors.people.regie.email,
        entityId: 'batch',
        changes: [
          { field: 'received', after: 3 },
          { field: 'created', after: 3 },
          { field: 'duplicates', after: 0 },
        ],
      },
    ]);
  });

  it('counts a file sent again as duplicates and changes nothing', async () => {
    const file = csv(HEADER, ...goodRows('again', 5));
    expect((await upload(file)).body).toEqual({ received: 5, created: 5, duplicates: 0, errors: [] });
    const before = await fingerprint(t.db);
    expect(await upload(file)).toEqual({ status: 200, body: { received: 5, created: 0, duplicates: 5, errors: [] } });
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('refuses a file with a bad row, names its line and column, and stores nothing', async () => {
    const before = await fingerprint(t.db);
    const file = csv(HEADER, ...goodRows('bad-score', 2), 'bad-score,x,11,Moving house,,,,2026-05-01T08:00:00Z,,', ...goodRows('bad-score', 2, 10));
    const { status, body } = await upload(file);
    expect(status).toBe(400);
    expect(body).toEqual({
      received: 5,
      created: 0,
      duplicates: 0,
      errorCount: 1,
      errors: [{ line: 4, column: 'score', message: 'score must be a whole number from 0 to 10 (got "11")' }],
    });
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('rolls back the rows already staged when a bad row comes late in a big file', async () => {
    const before = await fingerprint(t.db);
    const file = csv(HEADER, ...goodRows('late', 12_000), 'late,bad,9,Nowhere,,,,2026-05-01T08:00:00Z,,');
    const { status, body } = await upload(file);
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ line: 12_002, column: 'journey', message: 'journey must be the id or name of an existing journey (got "Nowhere")' }]);
    expect(await fingerprint(t.db)).toBe(before);
  });

  it('lists every problem of a row, with the column each one is in', async () => {
    const { status, body } = await upload(
      csv(
        HEADER,
        'many,1,9,Moving house,Contact,Fax,Martians,2026-13-01,,',
        `many,2,9,${ids.journey},${ids.otherStage},,,2026-05-01T08:00:00Z,,`,
        `,3,,${ids.journey},,,,,,`,
      ),
    );
    expect(status).toBe(400);
    expect(body.errors.map((e: Record<string, unknown>) => [e.line, e.column])).toEqual([
      [2, 'stage'],
      [2, 'channel'],
      [2, 'segment'],
      [2, 'respondedAt'],
      [3, 'stage'],
      [4, 'source'],
      [4, 'score'],
      [4, 'respondedAt'],
    ]);
    // A stage of another journey, by name and by id.
    expect(body.errors[0].message).toBe('stage must be the id or name of a stage of that journey (got "Contact")');
    expect(body.errors[4].message).toBe(`stage: stage ${ids.otherStage} belongs to another journey`);
  });

  it('names unknown, repeated and missing columns on line 1', async () => {
    const { status, body } = await upload(csv('source,externalId,Colour,score,journey,score', 'h,1,red,9,Moving house,9'));
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { line: 1, column: 'Colour', message: expect.stringContaining('Unknown column "Colour"') },
      { line: 1, column: 'score', message: 'Column score appears more than once' },
      { line: 1, column: 'respondedAt', message: expect.stringContaining('Column respondedAt is missing') },
    ]);
    expect(body.received).toBe(1);
  });

  it('refuses an empty file, and takes a file with a header only', async () => {
    expect(await upload('')).toMatchObject({ status: 400, body: { received: 0, errors: [{ line: 1, column: null, message: expect.stringContaining('empty') }] } });
    expect(await upload(`${HEADER}\n`)).toEqual({ status: 200, body: { received: 0, created: 0, duplicates: 0, errors: [] } });
  });

  it('reports broken CSV with its line, stores nothing and keeps serving', async () => {
    const before = await fingerprint(t.db);
    // A row with one value too many is skipped and the rows after it are still checked.
    const widths = await upload(csv(HEADER, ...goodRows('csv', 1), 'csv,1,9,Moving house,,,,2026-05-01T08:00:00Z,,,extra', 'csv,2,99,Moving house,,,,2026-05-01T08:00:00Z,,'));
    expect(widths.status).toBe(400);
    expect(widths.body.errors).toEqual([
      { line: 3, column: null, message: 'This row has 11 values, the header names 10 columns' },
      { line: 4, column: 'score', message: expect.stringContaining('score must be') },
    ]);
    // A quote that never closes swallows the rest of the file: one error, at the line it opens.
    const unclosed = await upload(csv(HEADER, ...goodRows('csv', 2), 'csv,9,9,Moving house,,,,2026-05-01T08:00:00Z,"never closed,', ...goodRows('csv', 3, 20)));
    expect(unclosed.status).toBe(400);
    expect(unclosed.body.errors).toEqual([{ line: 4, column: null, message: expect.stringContaining('never closed') }]);
    const stray = await upload(csv(HEADER, 'csv,1,9,Moving house,,,,2026-05-01T08:00:00Z,"a"b,'));
    expect(stray.status).toBe(400);
    expect(stray.body.errors).toEqual([{ line: 2, column: null, message: expect.stringContaining('closing quote') }]);
    expect(await fingerprint(t.db)).toBe(before);
    expect((await upload(csv(HEADER, ...goodRows('csv-after', 1)))).status).toBe(200);
  });

  it('refuses text that PostgreSQL cannot store, here and through GraphQL', async () => {
    const { status, body } = await upload(csv(HEADER, 'nul,1,9,Moving house,,,,2026-05-01T08:00:00Z,a\u0000b,'));
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ line: 2, column: 'comment', message: expect.stringContaining('cannot be stored') }]);
    const record = await t.gql('mutation($r: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $r) { created } }', {
      r: [{ source: 'nul', externalId: '1', score: 9, journeyId: ids.journey, respondedAt: '2026-05-01T08:00:00Z', comment: 'half a pair \ud800' }],
    });
    expect(onlyError(record)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'responses.0.comment' });
  });

  it('lists the first 100 problems of a file with more, and says how many there are', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => `many-bad,${i},ten,Moving house,,,,2026-05-01T08:00:00Z,,`);
    const { status, body } = await upload(csv(HEADER, ...rows));
    expect(status).toBe(400);
    expect(body.received).toBe(150);
    expect(body.errorCount).toBe(150);
    expect(body.errors).toHaveLength(100);
    expect(body.errors.map((e: { line: number }) => e.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
  });

  it('imports 20,000 rows', async () => {
    const before = (await summary({ g: 'JOURNEY' })).find(r => r.key === ids.journey)!.responses;
    const { status, body } = await upload(csv(HEADER, ...goodRows('bulk', 20_000)));
    expect({ status, body }).toEqual({ status: 200, body: { received: 20_000, created: 20_000, duplicates: 0, errors: [] } });
    const after = await summary({ g: 'JOURNEY' });
    expect(after.find(r => r.key === ids.journey)!.responses).toBe(before + 20_000);
    const count = await t.gql('{ _allSurveyResponsesMeta(filter: { source: "bulk" }) { count } }');
    expect(count.data!._allSurveyResponsesMeta.count).toBe(20_000);
  });
});

describe('any input', () => {
  it('is answered with counts or with the problems, never with a crash', async () => {
    // CSV made of the pieces that break parsers: quotes, separators, line ends, a BOM, NUL,
    // header names, values that are nearly right.
    const piece = fc.constantFrom('"', '""', ',', '\n', '\r\n', '\r', '\uFEFF', '\u0000', ' ', 'source', 'externalId', 'score', 'journey', 'respondedAt', 'x', '9', '11', 'Moving house', '2026-05-01T08:00:00Z', '2026-02-30', '$t0$', "'", '\\');
    const files = fc.oneof(
      fc.array(piece, { maxLength: 60 }).map(pieces => pieces.join('')),
      fc.array(piece, { maxLength: 40 }).map(pieces => `${HEADER}\n${pieces.join('')}`),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(files, async file => {
        const { status, body } = await upload(file);
        expect([200, 400]).toContain(status);
        if (status === 400) {
          expect(body.errors.length).toBeGreaterThan(0);
          for (const error of body.errors) expect(error.line).toBeGreaterThanOrEqual(1);
        } else expect(body.created + body.duplicates).toBe(body.received);
      }),
      { numRuns: 60 },
    );
  });

  it('goes on serving when a client gives up halfway, and stores nothing of it', async () => {
    const counted = async () => (await summary({ g: 'JOURNEY' })).find(r => r.key === ids.journey)!.responses as number;
    const before = await counted();
    const abort = new AbortController();
    const bytes = new TextEncoder().encode(csv(HEADER, ...goodRows('gone', 12_000)));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent > bytes.length / 2) {
          // Wait until the server has staged a batch or two, then hang up.
          await new Promise(resolve => setTimeout(resolve, 300));
          abort.abort();
          return;
        }
        controller.enqueue(bytes.subarray(sent, sent + 32 * 1024));
        sent += 32 * 1024;
      },
    });
    await expect(
      fetch(`${t.url}/import/survey-responses`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${t.actors.people.regie.token}` },
        body: stream,
        duplex: 'half',
        signal: abort.signal,
      } as RequestInit),
    ).rejects.toThrow();
    // The server rolls back when it notices; the next import waits for nothing.
    expect((await upload(csv(HEADER, ...goodRows('after-gone', 2)))).body).toMatchObject({ created: 2 });
    expect(await counted()).toBe(before + 2);
    const gone = await t.gql('{ _allSurveyResponsesMeta(filter: { source: "gone" }) { count } }');
    expect(gone.data!._allSurveyResponsesMeta.count).toBe(0);
  });
});

describe('the SQL literal a batch travels in', () => {
  it('reads back as exactly the text, whatever the text', async () => {
    const connection = t.db.orm.em.getConnection();
    const tricky = fc.array(fc.constantFrom('$', 't', '0', '1', '$t0$', '$t', 't0$', "'", '\\', '"', '?', 'x', '\n'), { maxLength: 30 }).map(parts => parts.join(''));
    await fc.assert(
      fc.asyncProperty(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 40 })), async text => {
        const [row] = await connection.execute<{ value: string }[]>(`select ${sqlLiteral(text)}::text as value`);
        expect(row.value).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('who may import, and what', () => {
  const one = () => csv(HEADER, ...goodRows(`who-${Math.random()}`, 1));

  it('takes text/csv only', async () => {
    const refused = await upload(one(), { type: 'application/json' });
    expect(refused).toMatchObject({ status: 415, body: { errors: [{ extensions: { code: 'BAD_REQUEST' } }] } });
    expect((await upload(one(), { type: 'text/csv; charset=latin1' })).status).toBe(415);
    expect((await upload(one(), { type: 'text/csv; charset=utf-8' })).status).toBe(200);
  });

  it('asks for a credential, and refuses a bad one', async () => {
    const anonymous = await upload(one(), { token: null });
    expect(anonymous).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
    expect(await upload(one(), { token: 'not-a-token' })).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
  });

  it('refuses people and tokens without responses:write, and takes a token with it', async () => {
    const before = await fingerprint(t.db);
    for (const token of [t.actors.people.viewer.token, t.actors.people.lead.token, tokens.read]) {
      expect(await upload(one(), { token })).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
    }
    expect(await fingerprint(t.db)).toBe(before);
    expect(await upload(one(), { token: tokens.write })).toEqual({ status: 200, body: { received: 1, created: 1, duplicates: 0, errors: [] } });
  });
});

describe('a file over REGIE_IMPORT_LIMIT', () => {
  let small: TestServer;
  beforeAll(async () => {
    small = await startTestServer({ env: { REGIE_IMPORT_LIMIT: '600kb' } });
    const journey = await small.gql('mutation { createJourney(name: "Moving house") { id } }');
    expect(journey.errors).toBeUndefined();
  });
  afterAll(() => small.close());

  // 15,000 rows of about 50 bytes: thousands are staged before the limit is reached.
  const big = () => csv(HEADER, ...goodRows('big', 15_000));

  it('is refused by its Content-Length', async () => {
    const before = await fingerprint(small.db);
    expect(await upload(big(), { server: small })).toMatchObject({ status: 413, body: { errors: [{ message: expect.stringContaining('REGIE_IMPORT_LIMIT') }] } });
    expect(await fingerprint(small.db)).toBe(before);
  });

  it('is refused while it streams, and what was staged is rolled back', async () => {
    const before = await fingerprint(small.db);
    const bytes = new TextEncoder().encode(big());
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(offset, offset + 64 * 1024));
        offset += 64 * 1024;
      },
    });
    expect(await upload(stream, { server: small })).toMatchObject({ status: 413, body: { errors: [{ extensions: { code: 'BAD_REQUEST' } }] } });
    expect(await fingerprint(small.db)).toBe(before);
    // The server goes on taking files within the limit.
    expect((await upload(csv(HEADER, ...goodRows('small', 3)), { server: small })).body).toMatchObject({ created: 3 });
  });
});
