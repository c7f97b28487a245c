import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ACCOUNTS, pagePerTest, screenshot, startRegie, waitForNotification } from './harness.mjs';

// The whole way of one initiative through Regie (issue 9), as the people who use it go: the lead
// of Customer Service registers it with its stage impacts and sees its score while filling in the
// form, then submits it; the regie team approves it, pins it at the top, and finds it first on
// the roadmap and in the quarter plan of Customer Service. The tests run in order.

const TITLE = 'Outage text message with the expected repair time';
const PLAN = `query ($quarter: String!) {
  planQuarter(quarter: $quarter) { department { code } planned { initiative { id } } deferred { initiative { id } } }
}`;
const SCORE_PREVIEW = `query ($impacts: [StageImpactInput!], $effort: Float!, $confidence: Float!, $commercialValue: Int) {
  scorePreview(impacts: $impacts, effort: $effort, confidence: $confidence, commercialValue: $commercialValue) { priorityScore }
}`;
const MINUS = '\u2212';
/** Two decimals with a real minus sign, as the admin writes scores. */
const score = value => (Math.round(value * 100) / 100 || 0).toFixed(2).replace('-', MINUS);

/** The next quarter, as the browser (same machine) computes it. */
function nextQuarter() {
  const now = new Date();
  const q = Math.floor(now.getMonth() / 3);
  return q === 3 ? `${now.getFullYear() + 1}-Q1` : `${now.getFullYear()}-Q${q + 2}`;
}

async function choose(page, label, option) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('one initiative from proposal to roadmap', { timeout: 240_000 }, () => {
  let regie;
  let initiativeId;
  const quarter = nextQuarter();

  before(async () => {
    regie = await startRegie();
  });

  after(async () => {
    await regie?.stop();
  });

  describe('the lead of Customer Service', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.leadCs });

    test('registers it with stage impacts, sees its live score, and submits it', async () => {
      const page = pages.current();
      const { allJourneyStages } = (await regie.graphql('{ allJourneyStages(filter: { q: "Status updates" }) { id name } }')).data;
      const stage = allJourneyStages.find(s => s.name === 'Status updates');
      assert.ok(stage, 'the demo has the stage "Status updates"');

      await page.goto('/#/Initiative/create');
      await page.getByLabel('Title').fill(TITLE);
      await page.getByLabel('Description').fill('A text message when an outage is confirmed, and again when the repair time is known.');
      await choose(page, 'Pillar', 'Omnichannel');
      await page.getByLabel('Effort (person-weeks)').fill('3');
      await choose(page, 'Target quarter', quarter);
      await page.getByRole('button', { name: 'Add a stage impact' }).click();
      await page.locator('input[name="impacts.0.stageId"]').fill('Status updates');
      await page.getByRole('option', { name: 'Status updates', exact: true }).click();
      await page.getByRole('combobox', { name: 'Impact' }).click();
      await page.getByRole('option', { name: 'Massive · 3', exact: true }).click();
      await page.locator('input[name="impacts.0.rationale"]').fill('Customers stop calling to ask when the power comes back.');

      // The score the form shows is the server's score for what is filled in (confidence and commercial value at their defaults).
      const { scorePreview } = (
        await regie.graphql(SCORE_PREVIEW, { impacts: [{ stageId: stage.id, level: 'MASSIVE' }], effort: 3, confidence: 0.5, commercialValue: 3 }, { as: ACCOUNTS.leadCs })
      ).data;
      await page.getByTestId('live-score').getByTestId('live-priority-score').filter({ hasText: score(scorePreview.priorityScore) }).waitFor();
      await screenshot(page, 'flow-1-lead-registers-with-live-score');

      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(/#\/Initiative\/\d+\/show$/);
      initiativeId = page.url().match(/Initiative\/(\d+)\/show/)[1];
      await page.getByRole('button', { name: 'Submit for review' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Submit for review' }).click();
      await waitForNotification(page, 'Initiative submitted for review');
      await page.locator('h1 ~ div [data-status=UNDER_REVIEW]').waitFor();
      await screenshot(page, 'flow-2-lead-submitted');
    });
  });

  describe('the regie team', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });

    test('approves it and pins it at rank 1', async () => {
      assert.ok(initiativeId, 'the lead registered it');
      const page = pages.current();
      await page.goto(`/#/Initiative/${initiativeId}/show`);
      await page.getByTestId('transition-buttons').getByRole('button', { name: 'Approve' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Reason (optional)').fill('Fewest calls for the least effort this winter.');
      await dialog.getByRole('button', { name: 'Approve' }).click();
      await waitForNotification(page, 'Initiative approved');
      await page.locator('h1 ~ div [data-status=APPROVED]').waitFor();

      // Rank 1 may be held by a demo pin: it is moved out of the way first, as the regie team would.
      const { roadmap } = (await regie.graphql('{ roadmap(limit: 500) { rank pinned initiative { id version } } }')).data;
      const holder = roadmap.find(entry => entry.pinned && entry.rank === 1);
      if (holder) {
        await regie.graphql('mutation ($id: ID!, $version: Int!) { unpinRank(id: $id, version: $version, reason: "Making room") { id } }', holder.initiative);
      }
      await page.getByRole('button', { name: 'Pin rank' }).click();
      await dialog.getByRole('spinbutton', { name: 'Rank' }).fill('1');
      await dialog.getByRole('textbox', { name: 'Reason' }).fill('The board wants it before the winter storms.');
      await dialog.getByRole('button', { name: 'Pin rank' }).click();
      await waitForNotification(page, 'Rank pinned');
      await page.getByTestId('pinned-rank').filter({ hasText: 'Pinned at rank 1' }).waitFor();
    });

    test('finds it first on the roadmap and in the quarter plan of Customer Service', async () => {
      assert.ok(initiativeId, 'the lead registered it');
      const page = pages.current();
      await page.goto('/#/roadmap');
      const first = page.locator('[data-testid=roadmap-row][data-rank="1"]');
      await first.getByRole('link', { name: TITLE, exact: true }).waitFor();
      await first.getByTestId('pinned-badge').waitFor();
      await screenshot(page, 'flow-3-roadmap-rank-1');

      await page.goto(`/#/plan?quarter=${quarter}`);
      await page.getByRole('heading', { name: `Plan for ${quarter}` }).waitFor();
      const card = page.locator('[data-testid=department-plan][data-department=CS]');
      await card.getByRole('link', { name: TITLE, exact: true }).waitFor();
      // Where the server planned it (or deferred it, with the reason), the page shows it.
      const cs = (await regie.graphql(PLAN, { quarter })).data.planQuarter.find(p => p.department.code === 'CS');
      const planned = cs.planned.some(p => p.initiative.id === initiativeId);
      assert.ok(planned || cs.deferred.some(p => p.initiative.id === initiativeId), 'in the plan of CS');
      await card.getByTestId(planned ? 'planned-row' : 'deferred-row').filter({ has: page.getByRole('link', { name: TITLE, exact: true }) }).waitFor();
      await screenshot(page, 'flow-4-quarter-plan');
    });
  });
});
