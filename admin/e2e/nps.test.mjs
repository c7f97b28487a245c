import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import path from 'node:path';
import { ACCOUNTS, menuEntries, pagePerTest, screenshotDir, startRegie, waitForNotification } from './harness.mjs';

const SUMMARY = `query ($groupBy: NpsGroupBy!, $journeyId: ID, $segmentId: ID, $from: String, $to: String) {
  npsSummary(groupBy: $groupBy, journeyId: $journeyId, segmentId: $segmentId, from: $from, to: $to) {
    key label responses nps marginOfError insufficient target gap
  }
}`;
const RECORD = `mutation ($responses: [SurveyResponseInput!]!) { recordSurveyResponses(responses: $responses) { received created duplicates } }`;
const RESPONSES_FROM = `query ($source: String!) { allSurveyResponses(filter: { source: $source }, sortField: "externalId", sortOrder: "ASC") { id externalId score stageId comment } }`;

/** NPS as the admin shows it: one decimal, with a real minus sign. */
function oneDecimal(value) {
  const rounded = Math.round(value * 10) / 10 || 0;
  return `${rounded < 0 ? '\u2212' : ''}${Math.abs(rounded).toFixed(1)}`;
}

/** What the status next to an NPS says (the colour only repeats it). */
function statusText(row) {
  if (row.responses === 0) return /^no responses$/;
  if (row.insufficient) return new RegExp(`^insufficient \\(${row.responses}\\)$`);
  if (row.gap === null) return /^no target$/;
  const gap = Math.round(row.gap * 10) / 10 || 0;
  if (gap > 0) return new RegExp(`^${oneDecimal(gap)} below target`);
  return gap === 0 ? /^on target$/ : new RegExp(`^${oneDecimal(-gap)} above target$`);
}

/** Today and 89 days before, as the browser (same machine, same time zone) computes them. */
function last90Days() {
  const day = date => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const now = new Date();
  const noon = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12);
  return { from: day(new Date(noon.getTime() - 89 * 86_400_000)), to: day(noon) };
}

/** A CSV file for the import page's file input. */
const csvFile = (name, lines) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`) });
const CSV_HEADER = 'source,externalId,score,journey,stage,channel,segment,respondedAt,comment';

/** A unique source per run, so that re-running against the same server never finds duplicates. */
const RUN = `${process.pid}-${Date.now().toString(36)}`;

/**
 * An NPS page asks for five summaries at once, behind the admin's first requests; with the whole
 * suite running in parallel on a small machine it can take longer than the harness's 10 s to show.
 */
const NPS_PAGE_TIMEOUT_MS = 30_000;
const anHourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

describe('NPS', { timeout: 240_000 }, () => {
  let regie;

  before(async () => {
    regie = await startRegie();
  });

  after(async () => {
    await regie?.stop();
  });

  const summary = async variables => (await regie.graphql(SUMMARY, variables)).data.npsSummary;
  const journeyByName = async name =>
    (await regie.graphql('query ($q: String!) { allJourneys(filter: { q: $q }) { id name targetNps } }', { q: name })).data.allJourneys.find(journey => journey.name === name);
  const responsesFrom = async source => (await regie.graphql(RESPONSES_FROM, { source })).data.allSurveyResponses;

  describe('as the regie team', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });
    beforeEach(() => pages.current().setDefaultTimeout(NPS_PAGE_TIMEOUT_MS));

    test("a journey's NPS page, opened from the overview, shows the monthly trend against the target, the stages, channels and segments", async () => {
      const page = pages.current();
      const journey = await journeyByName('Moving house');
      const [months, stages, channels, segments] = await Promise.all(['MONTH', 'STAGE', 'CHANNEL', 'SEGMENT'].map(groupBy => summary({ groupBy, journeyId: journey.id })));
      const monthsWithResponses = months.filter(month => month.nps !== null);
      assert.ok(monthsWithResponses.length >= 6, 'the demo organisation has months of responses for the journey');

      await page.goto('/#/nps');
      await page.getByTestId('nps-journeys').getByRole('link', { name: 'Moving house' }).click();
      await page.waitForURL(new RegExp(`#/nps/${journey.id}$`));

      // The trend: a point per month with responses, the margin of error as a band, the target as a line.
      const trend = page.getByTestId('nps-trend');
      const points = trend.getByTestId('nps-point');
      await points.first().waitFor();
      assert.equal(await points.count(), monthsWithResponses.length);
      const last = monthsWithResponses.at(-1);
      assert.match(await points.last().locator('title').textContent(), new RegExp(`NPS ${oneDecimal(last.nps)} ±${oneDecimal(last.marginOfError)}, ${last.responses.toLocaleString('en-US')} responses`));
      assert.equal(await trend.locator('.recharts-area-area').count(), 1, 'the margin-of-error band');
      await trend.locator('svg').getByText(`Target ${journey.targetNps}`, { exact: true }).waitFor();

      // The stages in order, each with its NPS, its target and, in words, where it stands.
      const rows = page.getByTestId('stage-nps-row');
      await rows.first().waitFor();
      assert.equal(await rows.count(), stages.length);
      for (const [index, stage] of stages.entries()) {
        const row = rows.nth(index);
        await row.getByRole('link', { name: stage.label, exact: true }).waitFor();
        assert.equal((await row.getByTestId('stage-nps-value').textContent()).trim(), stage.nps === null ? '—' : `${oneDecimal(stage.nps)} ±${oneDecimal(stage.marginOfError)}`, stage.label);
        assert.equal(await row.getByTestId('stage-nps-target').textContent(), String(stage.target));
        assert.match(await row.getByTestId('nps-status').textContent(), statusText(stage), stage.label);
      }
      assert.ok(stages.some(stage => stage.gap > 0), 'the demo has a stage below target');
      assert.ok((await page.locator('[data-testid=stage-nps-row][data-status=below]').count()) > 0, 'a stage below target is marked so');

      // Channels and segments: a bar per group with responses, and the numbers.
      for (const [by, groups] of [
        ['channel', channels],
        ['segment', segments],
      ]) {
        const table = page.getByTestId(`nps-by-${by}`);
        assert.deepEqual(await table.locator('tbody tr td:first-child').allTextContents(), groups.map(group => group.label));
        assert.equal(await page.getByTestId(`nps-by-${by}-chart`).locator('.recharts-bar-rectangle').count(), groups.length);
      }
    });

    test('a segment and a date range narrow every summary of the page, and stay in its address', async () => {
      const page = pages.current();
      const journey = await journeyByName('Moving house');
      const months = (await summary({ groupBy: 'MONTH', journeyId: journey.id })).filter(month => month.nps !== null);
      const from = `${months.at(-3).key}-01`;
      await page.goto(`/#/nps/${journey.id}`);
      await page.getByTestId('nps-point').first().waitFor();

      // A slow machine: the date comes in before the router has shown the segment in the address; both must stay.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
      await page.getByRole('combobox', { name: 'Segment' }).click();
      await page.getByRole('option', { name: 'SME', exact: true }).click();
      await page.getByLabel('From').fill(from);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      // The filters replace the address's query (history.replaceState), which is no navigation to wait for.
      await page.waitForFunction(expected => /segment=\d+/.test(location.hash) && location.hash.includes(expected), `from=${from}`);

      const sme = (await regie.graphql('{ allSegments { id name } }')).data.allSegments.find(segment => segment.name === 'SME');
      const [smeMonths, smeStages] = await Promise.all(['MONTH', 'STAGE'].map(groupBy => summary({ groupBy, journeyId: journey.id, segmentId: sme.id, from })));
      assert.equal(smeMonths.length, 3, 'three months from the first of the third-last');
      await page.waitForFunction(count => document.querySelectorAll('[data-testid=nps-point]').length === count, smeMonths.filter(month => month.nps !== null).length);
      await page.getByTestId('nps-by-segment').locator('tbody tr').filter({ hasText: 'SME' }).waitFor();
      assert.equal(await page.getByTestId('nps-by-segment').locator('tbody tr').count(), 1, 'only SME');
      // The stages follow the filters too: fewer responses each, some now too few to judge.
      const firstStage = page.getByTestId('stage-nps-row').first();
      await firstStage.getByTestId('nps-status').filter({ hasText: statusText(smeStages[0]) }).waitFor();

      // The address holds the view: a reload shows the same.
      await page.reload();
      await page.waitForFunction(count => document.querySelectorAll('[data-testid=nps-point]').length === count, smeMonths.filter(month => month.nps !== null).length);
      assert.equal(await page.getByLabel('From').inputValue(), from);
    });

    test("the journey page shows each stage's NPS of the last 90 days against its target, and leads to the NPS page", async () => {
      const page = pages.current();
      const journey = await journeyByName('Reporting an outage');
      const stages = await summary({ groupBy: 'STAGE', journeyId: journey.id, ...last90Days() });
      await page.goto(`/#/Journey/${journey.id}/show`);
      await page.getByRole('columnheader', { name: 'NPS, last 90 days' }).waitFor();
      const rows = page.getByTestId('journey-stage');
      await rows.first().getByTestId('stage-nps-value').waitFor();
      assert.equal(await rows.count(), stages.length);
      for (const [index, stage] of stages.entries()) {
        const row = rows.nth(index);
        assert.equal(await row.getByTestId('stage-name').textContent(), stage.label);
        assert.equal(await row.getByTestId('stage-nps-value').textContent(), stage.nps === null ? '—' : `${oneDecimal(stage.nps)} ±${oneDecimal(stage.marginOfError)}`);
        assert.match(await row.getByTestId('stage-target').textContent(), new RegExp(`^target ${stage.target}\\b`));
        assert.match(await row.getByTestId('nps-status').textContent(), statusText(stage), stage.label);
      }

      await page.getByRole('link', { name: 'NPS', exact: true }).click();
      await page.waitForURL(new RegExp(`#/nps/${journey.id}$`));
      await page.getByTestId('stage-nps-row').first().waitFor();
    });

    test('the survey responses list shows the newest first and filters by journey', async () => {
      const page = pages.current();
      await page.goto('/#/SurveyResponse');
      const rows = page.locator('tbody tr');
      await rows.first().locator('[data-testid=score]').waitFor();
      assert.equal(await rows.count(), 25);
      await page.getByRole('button', { name: 'Import CSV' }).or(page.getByRole('link', { name: 'Import CSV' })).waitFor();

      await page.getByRole('combobox', { name: 'Journey' }).click();
      await page.getByRole('option', { name: 'Reporting an outage', exact: true }).click();
      await page.waitForURL(/journeyId/);
      await page.waitForFunction(() => {
        const journeys = [...document.querySelectorAll('tbody tr td.column-journeyId')].map(cell => cell.textContent);
        return journeys.length > 0 && journeys.every(name => name === 'Reporting an outage');
      });
      // Scores say what they count as.
      assert.match(await rows.first().getByTestId('score').textContent(), /^\d{1,2} · (promoter|passive|detractor)$/);
    });

    test('a CSV of two good rows is imported, and sending it again only finds duplicates', async () => {
      const page = pages.current();
      const source = `e2e-import-${RUN}`;
      const at = anHourAgo();
      const file = csvFile('two-responses.csv', [
        CSV_HEADER,
        `${source},r-1,9,Moving house,Settling in,App,SME,${at},Quick and easy`,
        `${source},r-2,4,moving house,,Phone,Consumer,${at},"Waited, and waited"`,
      ]);
      await page.goto('/#/import');
      await page.getByTestId('import-file').setInputFiles(file);
      await page.getByTestId('import-file-name').filter({ hasText: 'two-responses.csv' }).waitFor();
      await page.getByRole('button', { name: 'Upload' }).click();

      await page.getByTestId('import-stored').waitFor();
      assert.equal(await page.getByTestId('import-received').textContent(), '2');
      assert.equal(await page.getByTestId('import-created').textContent(), '2');
      assert.equal(await page.getByTestId('import-duplicates').textContent(), '0');
      assert.equal(await page.getByTestId('import-progress').count(), 0, 'the progress bar is gone');
      const stored = await responsesFrom(source);
      assert.deepEqual(
        stored.map(({ externalId, score, comment }) => ({ externalId, score, comment })),
        [
          { externalId: 'r-1', score: 9, comment: 'Quick and easy' },
          { externalId: 'r-2', score: 4, comment: 'Waited, and waited' },
        ],
      );
      assert.notEqual(stored[0].stageId, null, 'the stage, by name');
      assert.equal(stored[1].stageId, null, 'no stage: the journey as a whole');

      await page.getByTestId('import-file').setInputFiles(file);
      await page.getByRole('button', { name: 'Upload' }).click();
      await page.getByTestId('import-duplicates').filter({ hasText: /^2$/ }).waitFor();
      assert.equal(await page.getByTestId('import-created').textContent(), '0');
      assert.equal((await responsesFrom(source)).length, 2);
    });

    test('a larger file shows how much of it is sent, then that the server is at work', async () => {
      const page = pages.current();
      const source = `e2e-large-import-${RUN}`;
      const at = anHourAgo();
      const rows = Array.from({ length: 6000 }, (_, n) => `${source},l-${n},${n % 11},Cancelling,,Web,Consumer,${at},Row ${n} of a file large enough to take a few seconds`);
      await page.goto('/#/import');
      await page.getByTestId('import-file').setInputFiles(csvFile('large.csv', [CSV_HEADER, ...rows]));
      // Slow the upload down (about 500 kB at 150 kB/s), so that its progress can be seen.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 150 * 1024 });
      // The server stores the file while it streams in, so the "at work" phase after the last byte
      // can be shorter than a poll: note every moment it shows, from before the upload starts.
      await page.evaluate(() => {
        window.__sawProcessing = false;
        const seen = () => {
          if (document.body.textContent?.includes('Uploaded; the server is checking and storing the responses…')) window.__sawProcessing = true;
        };
        new MutationObserver(seen).observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      await page.getByRole('button', { name: 'Upload' }).click();

      const progress = page.getByRole('progressbar', { name: 'Upload progress' });
      await page.waitForFunction(() => {
        const value = Number(document.querySelector('[data-testid=import-progress]')?.getAttribute('aria-valuenow'));
        return value > 0 && value < 100;
      });
      await page.getByText(/^Uploading… \d+%$/).waitFor();
      assert.equal(await progress.count(), 1, 'a determinate bar while sending');
      await page.getByTestId('import-stored').waitFor({ timeout: 60_000 });
      assert.equal(await page.evaluate(() => window.__sawProcessing), true, 'the server-at-work phase was shown after the upload');
      assert.equal(await page.getByTestId('import-created').textContent(), (6000).toLocaleString('en-US'));
      const { count } = (await regie.graphql('query ($source: String!) { _allSurveyResponsesMeta(filter: { source: $source }) { count } }', { source })).data._allSurveyResponsesMeta;
      assert.equal(count, 6000);
    });

    test('a CSV with a bad score stores nothing and lists the row to fix', async () => {
      const page = pages.current();
      const source = `e2e-bad-import-${RUN}`;
      const at = anHourAgo();
      await page.goto('/#/import');
      await page.getByTestId('import-file').setInputFiles(
        csvFile('bad-score.csv', [CSV_HEADER, `${source},b-1,8,Moving house,,Web,Consumer,${at},`, `${source},b-2,11,Moving house,,Web,Consumer,${at},`]),
      );
      await page.getByRole('button', { name: 'Upload' }).click();

      const errors = page.getByTestId('import-error');
      await errors.first().waitFor();
      assert.equal(await errors.count(), 1);
      const [line, column, message] = await errors.first().locator('td').allTextContents();
      assert.equal(line, '3');
      assert.equal(column, 'score');
      assert.match(message, /0 to 10/);
      await page.getByTestId('import-rejected').getByText('nothing was stored', { exact: false }).waitFor();
      assert.deepEqual(await responsesFrom(source), [], 'not even the good row');
    });

    test('the regie team erases a response on request, and the summaries follow', async () => {
      const page = pages.current();
      const source = `e2e-erase-${RUN}`;
      const journey = await journeyByName('Cancelling');
      await regie.graphql(RECORD, {
        responses: [{ source, externalId: 'to-erase', score: 0, journeyId: journey.id, respondedAt: anHourAgo(), comment: 'My name is Jan Jansen, call me on 06-12345678' }],
      });
      const [response] = await responsesFrom(source);
      const countOf = async () => (await summary({ groupBy: 'JOURNEY', journeyId: journey.id })).find(row => row.key === journey.id).responses;
      const before = await countOf();

      await page.goto(`/#/SurveyResponse/${response.id}/show`);
      await page.getByText('My name is Jan Jansen, call me on 06-12345678').waitFor();
      await page.getByTestId('score').filter({ hasText: '0 · detractor' }).waitFor();
      await page.getByRole('button', { name: 'Erase' }).click();
      await page.getByRole('dialog').getByText('deleted for good', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Confirm' }).click();
      await waitForNotification(page, 'The survey response has been erased');
      await page.waitForURL(/#\/SurveyResponse$/);

      assert.deepEqual(await responsesFrom(source), []);
      assert.equal(await countOf(), before - 1, 'the summary counts one response fewer');
    });
  });

  describe('as a viewer', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.viewer });

    test("a done initiative's page shows each touched stage's NPS before and after its completion, with the verdict in words", async () => {
      const { allInitiatives } = (await regie.graphql('{ allInitiatives(filter: { status: DONE }, perPage: 1, sortField: "id", sortOrder: "ASC") { id title } }')).data;
      assert.ok(allInitiatives.length > 0, 'the demo has a DONE initiative');
      const [done] = allInitiatives;
      const { realisedImpact } = (
        await regie.graphql(`query ($id: ID!) { realisedImpact(initiativeId: $id) { stageId stage { name } before { from responses nps marginOfError } after { from responses nps } difference significant } }`, { id: done.id })
      ).data;
      assert.ok(realisedImpact.length > 0, 'it touched stages');

      const page = pages.current();
      await page.goto(`/#/Initiative/${done.id}/show`);
      const section = page.getByTestId('realised-impact');
      await section.getByRole('heading', { name: 'Realised impact' }).waitFor();
      await section.getByTestId('realised-stage').first().waitFor({ timeout: NPS_PAGE_TIMEOUT_MS });
      await section.scrollIntoViewIfNeeded();
      await section.screenshot({ path: path.join(screenshotDir, 'realised-impact-section.png') });

      const method = await section.getByTestId('realised-impact-method').textContent();
      assert.match(method, /window before the completion day .* against the window after it/);
      assert.match(method, /two-period test/);
      const rows = await section.getByTestId('realised-stage').evaluateAll(trs =>
        trs.map(tr => [tr.dataset.stageId, ...['realised-before', 'realised-after', 'realised-difference', 'realised-verdict'].map(id => tr.querySelector(`[data-testid=${id}]`).textContent)]),
      );
      assert.deepEqual(rows.map(([stageId]) => stageId).sort(), realisedImpact.map(r => r.stageId).sort(), 'a row per touched stage');
      for (const [, before, after, difference, verdict] of rows) {
        assert.match(before, /^(—|−?\d+\.\d ±\d+\.\d)\d+ responses?$/);
        assert.match(after, /^(—|−?\d+\.\d ±\d+\.\d)\d+ responses?$/);
        assert.match(difference, /^(—|[+−]?\d+\.\d)$/);
        assert.match(verdict, /^(Significant rise|Significant fall|No significant change|Too few responses)$/);
      }
      // The figures are the server's: each window's NPS with its margin, the responses it rests on, the difference.
      const withNps = realisedImpact.find(r => r.before.nps !== null && r.after.nps !== null);
      assert.ok(withNps, 'the demo has responses on both sides of a completion');
      const [, before, after, difference] = rows.find(([stageId]) => stageId === withNps.stageId);
      assert.ok(before.startsWith(`${oneDecimal(withNps.before.nps)} ±`) && before.endsWith(`${withNps.before.responses} responses`), `before: ${before}`);
      assert.ok(after.startsWith(`${oneDecimal(withNps.after.nps)} ±`) && after.endsWith(`${withNps.after.responses} responses`), `after: ${after}`);
      assert.equal(difference.replace('+', ''), oneDecimal(withNps.difference));

      // An initiative that is not done has no such section (and asks nothing of the server).
      const { allInitiatives: open } = (await regie.graphql('{ allInitiatives(filter: { status: APPROVED }, perPage: 1) { id } }')).data;
      if (open.length > 0) {
        await page.goto(`/#/Initiative/${open[0].id}/show`);
        await page.getByTestId('stage-impacts').or(page.getByText('No stage impacts yet')).first().waitFor();
        assert.equal(await page.getByTestId('realised-impact').count(), 0);
      }
    });
    beforeEach(() => pages.current().setDefaultTimeout(NPS_PAGE_TIMEOUT_MS));

    test('a viewer reads NPS and survey responses, but neither imports nor erases', async () => {
      const page = pages.current();
      const source = `e2e-viewer-${RUN}`;
      const journey = await journeyByName('Moving house');
      await regie.graphql(RECORD, { responses: [{ source, externalId: 'v-1', score: 8, journeyId: journey.id, respondedAt: anHourAgo() }] });
      const [response] = await responsesFrom(source);

      await page.goto(`/#/nps/${journey.id}`);
      await page.getByTestId('nps-point').first().waitFor();
      await page.getByTestId('stage-nps-row').first().waitFor();
      const menu = await menuEntries(page);
      assert.ok(menu.includes('NPS') && menu.includes('Survey responses'), 'reads NPS and responses');
      assert.ok(!menu.includes('Import responses'), 'no import');

      await page.goto('/#/SurveyResponse');
      await page.locator('tbody tr [data-testid=score]').first().waitFor();
      assert.equal(await page.getByText('Import CSV').count(), 0);
      assert.equal(await page.locator('tbody input[type=checkbox]').count(), 0, 'no bulk erasure');

      await page.goto(`/#/SurveyResponse/${response.id}/show`);
      await page.getByTestId('score').filter({ hasText: '8 · passive' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Erase' }).count(), 0);

      await page.goto('/#/import');
      await page.getByText('Only the regie team (and survey tools with an API token) record survey responses.').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Upload' }).count(), 0);
    });
  });
});
