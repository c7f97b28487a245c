import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { ACCOUNTS, pagePerTest, screenshot, startRegie, waitForNotification } from './harness.mjs';

// The scoring pages of DESIGN §2: the roadmap with its breakdowns and pins, the quarter plan, the
// silo detector, the live score of the initiative form, and the scoring model with its preview.
// Other files share the server (and add initiatives and survey responses while these run), so the
// pages are compared with the API on Billing's work and the stages of "Understanding my bill",
// which no other test touches. The scoring-model test runs last and puts the model back.

const TERM = 'stageId stageName journeyName level levelValue importance reach actualNps marginOfError responses target gapFactor gapReason stageWeight contribution';
const BREAKDOWN = `terms { ${TERM} } journeyImpact businessFactor commercialValue confidence effort priorityScore modelVersion`;
const ROADMAP = `query ($departmentId: ID, $quarter: String) {
  roadmap(departmentId: $departmentId, quarter: $quarter, limit: 500) {
    rank pinned priorityScore journeyImpact carriedOver initiative { id title status version pinnedRank department { code } scoreBreakdown { ${BREAKDOWN} } }
  }
}`;
const PLAN = `query ($quarter: String!) {
  planQuarter(quarter: $quarter) {
    department { code } capacity plannedEffort
    planned { rank cumulativeEffort carriedOver initiative { title } }
    deferred { rank reason initiative { title } }
  }
}`;
const SILO = `{
  overlaps { stage { name } departments { name code } initiatives { title } combinedEffort actualNps marginOfError target responses }
  uncoveredMoments { stage { name journey { name } } actualNps marginOfError target gap importance responses }
}`;
const SCORE_PREVIEW = `query ($impacts: [StageImpactInput!], $effort: Float!, $confidence: Float!, $commercialValue: Int) {
  scorePreview(impacts: $impacts, effort: $effort, confidence: $confidence, commercialValue: $commercialValue) { priorityScore journeyImpact modelVersion }
}`;
const ACTIVE_MODEL = '{ activeScoringModel { version gapWeight } }';
const PREVIEW_MODEL = 'query ($gapWeight: Float) { previewScoringModel(gapWeight: $gapWeight) { rankBefore rankAfter initiative { title } } }';

const MINUS = '\u2212';
/** Two decimals with a real minus sign, as the admin writes scores. */
const score = value => (Math.round(value * 100) / 100 || 0).toFixed(2).replace('-', MINUS);
/** One decimal, as NPS reads. */
const nps = value => (Math.round(value * 10) / 10 || 0).toFixed(1).replace('-', MINUS);
const weeks = value => String(Number(value.toFixed(2)));

/** This quarter and the next, as the browser (same machine) computes them. */
function quarters() {
  const now = new Date();
  const q = Math.floor(now.getMonth() / 3);
  const next = q === 3 ? `${now.getFullYear() + 1}-Q1` : `${now.getFullYear()}-Q${q + 2}`;
  return { current: `${now.getFullYear()}-Q${q + 1}`, next };
}

describe('scoring', { timeout: 240_000 }, () => {
  let regie;
  let billing;

  before(async () => {
    regie = await startRegie();
    const { allDepartments } = (await regie.graphql('{ allDepartments(perPage: 500) { id code name } }')).data;
    billing = allDepartments.find(d => d.code === 'BIL');
  });

  after(async () => {
    await regie?.stop();
  });

  const roadmap = async variables => (await regie.graphql(ROADMAP, variables)).data.roadmap;

  describe('as the regie team', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });

    test('the roadmap ranks the open initiatives with their scores, explains a score, and exports what it shows', async () => {
      const page = pages.current();
      const expected = await roadmap({ departmentId: billing.id });
      assert.ok(expected.length >= 3, 'Billing has open initiatives in the demo');
      assert.ok(expected.some(entry => entry.pinned), 'and a pinned one');

      await page.goto('/#/roadmap');
      await page.getByTestId('roadmap-row').first().waitFor();
      // Ranked 1, 2, 3 … across all departments.
      const allRanks = (await page.getByTestId('roadmap-rank').allTextContents()).map(Number);
      assert.deepEqual(allRanks, allRanks.map((_, i) => i + 1));

      await page.getByRole('combobox', { name: 'Department' }).click();
      await page.getByRole('option', { name: `${billing.name} (BIL)` }).click();
      await page.waitForURL(new RegExp(`department=${billing.id}`));
      const rows = page.getByTestId('roadmap-row');
      await page.waitForFunction(count => document.querySelectorAll('[data-testid=roadmap-row]').length === count, expected.length);
      for (const [index, entry] of expected.entries()) {
        const row = rows.nth(index);
        assert.equal(await row.getByTestId('roadmap-rank').textContent(), String(entry.rank));
        await row.getByRole('link', { name: entry.initiative.title, exact: true }).waitFor();
        assert.equal(await row.getByTestId('priority-score').textContent(), score(entry.priorityScore));
        assert.equal(await row.getByTestId('journey-impact').textContent(), score(entry.journeyImpact));
        // A pin says so in words, not only in colour.
        assert.equal(await row.getByTestId('pinned-badge').count(), entry.pinned ? 1 : 0, entry.initiative.title);
        if (entry.pinned) assert.equal(await row.getByTestId('pinned-badge').textContent(), 'Pinned');
      }

      // The first row's score in words and numbers: each stage term, then B, confidence, effort and the model.
      const first = expected[0];
      const breakdown = first.initiative.scoreBreakdown;
      await rows.first().getByRole('button', { name: /^Why/ }).click();
      const panel = page.getByTestId('roadmap-breakdown');
      const terms = panel.getByTestId('score-term');
      assert.equal(await terms.count(), breakdown.terms.length);
      for (const [index, term] of breakdown.terms.entries()) {
        const words = await terms.nth(index).getByTestId('score-term-words').textContent();
        assert.ok(words.startsWith(`${term.stageName}: importance ${term.importance}, reach ${Math.round(term.reach * 100)} %, `), words);
        if (term.gapReason) assert.ok(words.includes(`${term.gapReason} → ×1`), words);
        else assert.match(words, / points below target beyond the margin → ×\d/);
        assert.equal(await terms.nth(index).getByTestId('score-term-contribution').textContent(), score(term.contribution));
      }
      assert.match(await panel.getByTestId('score-formula').textContent(), new RegExp(`= ${score(breakdown.priorityScore)}$`));
      const factors = await panel.getByTestId('score-factors').textContent();
      assert.ok(factors.includes(`commercial value ${breakdown.commercialValue} of 5`), factors);
      assert.ok(factors.includes(`${Math.round(breakdown.confidence * 100)} %`), factors);
      assert.ok(factors.includes(`${weeks(breakdown.effort)} person-weeks`), factors);
      assert.ok(factors.includes(`version ${breakdown.modelVersion}`), factors);

      // The export holds the rows in view.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
      assert.equal(download.suggestedFilename(), 'roadmap-BIL.csv');
      const lines = (await readFile(await download.path(), 'utf8')).trim().split('\r\n');
      assert.match(lines[0], /^rank,pinned,pin reason,initiative,department,status/);
      assert.deepEqual(
        lines.slice(1).map(line => line.split(',')[0]),
        expected.map(entry => String(entry.rank)),
      );
    });

    test('pinning onto a held rank is refused, naming the holder; a pin and an unpin are logged with the score', async () => {
      const page = pages.current();
      const entries = await roadmap({ departmentId: billing.id });
      const holder = entries.find(entry => entry.pinned);
      const free = entries.find(entry => !entry.pinned && entry.initiative.department.code === 'BIL');
      const rank = 12;
      assert.ok(!entries.some(entry => entry.initiative.pinnedRank === rank), `rank ${rank} is free`);

      await page.goto(`/#/roadmap?department=${billing.id}`);
      const row = page.locator(`[data-testid=roadmap-row]`).filter({ has: page.getByRole('link', { name: free.initiative.title, exact: true }) });
      await row.getByRole('button', { name: 'Pin rank' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('spinbutton', { name: 'Rank' }).fill(String(holder.rank));
      await dialog.getByRole('textbox', { name: 'Reason' }).fill('The board asked for it first.');
      await dialog.getByRole('button', { name: 'Pin rank' }).click();
      await dialog.getByText(`held by initiative ${holder.initiative.id} "${holder.initiative.title}"`).waitFor();
      await screenshot(page, 'roadmap-pin-refused-on-a-held-rank');

      await dialog.getByRole('spinbutton', { name: 'Rank' }).fill(String(rank));
      await dialog.getByRole('button', { name: 'Pin rank' }).click();
      await waitForNotification(page, 'Rank pinned');
      const pinned = page.locator(`[data-testid=roadmap-row][data-rank="${rank}"]`);
      await pinned.getByRole('link', { name: free.initiative.title, exact: true }).waitFor();
      await pinned.getByTestId('pinned-badge').waitFor();

      await pinned.getByRole('button', { name: 'Unpin' }).click();
      await dialog.getByRole('textbox', { name: 'Reason' }).fill('Back to its place by score.');
      await dialog.getByRole('button', { name: 'Unpin' }).click();
      await waitForNotification(page, 'Rank unpinned');
      await row.getByTestId('pinned-badge').waitFor({ state: 'detached' });

      // Both decisions keep the score and the model version of their moment; the history shows them.
      const { Initiative } = (await regie.graphql('query ($id: ID!) { Initiative(id: $id) { decisions { action priorityScore modelVersion } } }', { id: free.initiative.id })).data;
      const [unpin, pin] = Initiative.decisions;
      assert.deepEqual([unpin.action, pin.action], ['UNPIN', 'PIN_RANK']);
      assert.equal(typeof unpin.priorityScore, 'number');
      assert.equal(typeof unpin.modelVersion, 'number');
      await page.goto(`/#/Initiative/${free.initiative.id}/show`);
      const newest = page.getByTestId('decision-history').locator('tbody tr').first();
      await newest.getByText('Rank unpinned').waitFor();
      assert.equal(await newest.getByTestId('decision-score').textContent(), score(unpin.priorityScore));
      assert.equal(await newest.getByTestId('decision-model-version').textContent(), `v${unpin.modelVersion}`);
      // And the page explains the score as it is now.
      await page.getByTestId('initiative-priority-score').filter({ hasText: /^\d+\.\d\d$/ }).waitFor();
      await page.getByTestId('score-breakdown').getByTestId('score-term').first().waitFor();
    });

    test("the quarter plan opens on the next quarter and shows each department's capacity, what is planned and what is deferred", async () => {
      const page = pages.current();
      const { current, next } = quarters();
      const check = async quarter => {
        const plan = (await regie.graphql(PLAN, { quarter })).data.planQuarter.find(p => p.department.code === 'BIL');
        const card = page.locator('[data-testid=department-plan][data-department=BIL]');
        const capacity = plan.capacity === null ? `No capacity set for ${quarter}` : `${weeks(plan.plannedEffort)} of ${weeks(plan.capacity)} person-weeks planned`;
        await card.getByTestId('capacity').filter({ hasText: capacity }).waitFor();
        const planned = card.getByTestId('planned-row');
        assert.equal(await planned.count(), plan.planned.length, `planned in ${quarter}`);
        for (const [index, item] of plan.planned.entries()) {
          await planned.nth(index).getByRole('link', { name: item.initiative.title, exact: true }).waitFor();
          assert.equal(await planned.nth(index).getByTestId('cumulative-effort').textContent(), weeks(item.cumulativeEffort));
          assert.equal(await planned.nth(index).getByTestId('carried-over').count(), item.carriedOver ? 1 : 0);
        }
        const deferred = card.getByTestId('deferred-row');
        assert.equal(await deferred.count(), plan.deferred.length, `deferred in ${quarter}`);
        for (const [index, item] of plan.deferred.entries()) assert.equal(await deferred.nth(index).getByTestId('deferred-reason').textContent(), item.reason);
      };

      await page.goto('/#/plan');
      await page.getByRole('heading', { name: `Plan for ${next}` }).waitFor();
      await check(next);
      assert.ok((await page.getByTestId('department-plan').count()) >= 6, 'a card per department');

      await page.getByRole('combobox', { name: 'Quarter' }).click();
      await page.getByRole('option', { name: current, exact: true }).click();
      await page.waitForURL(new RegExp(`quarter=${current}`));
      await page.getByRole('heading', { name: `Plan for ${current}` }).waitFor();
      await check(current);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
      assert.equal(download.suggestedFilename(), `plan-${current}.csv`);
    });

    test('the silo detector lists the overlaps by stage and the uncovered moments', async () => {
      const page = pages.current();
      const { overlaps, uncoveredMoments } = (await regie.graphql(SILO)).data;
      const overlap = overlaps.find(o => o.stage.name === 'Annual settlement');
      const moment = uncoveredMoments.find(m => m.stage.name === 'Payment arrangement');
      assert.ok(overlap && moment, 'the demo has both');

      await page.goto('/#/silos');
      const group = page.locator('[data-testid=overlap][data-stage="Annual settlement"]');
      await group.getByRole('link', { name: 'Annual settlement', exact: true }).waitFor();
      await group.getByRole('link', { name: 'Understanding my bill', exact: true }).waitFor();
      assert.deepEqual(await group.getByTestId('overlap-department').allTextContents(), overlap.departments.map(d => `${d.name} (${d.code})`));
      assert.equal(await group.getByTestId('combined-effort').textContent(), `· ${weeks(overlap.combinedEffort)} person-weeks together`);
      assert.match(await group.getByTestId('stage-figures').textContent(), new RegExp(`^NPS ${nps(overlap.actualNps)} ±${nps(overlap.marginOfError)} against target ${overlap.target}`));
      for (const initiative of overlap.initiatives) await page.getByTestId('overlap-initiative').getByRole('link', { name: initiative.title, exact: true }).first().waitFor();

      const row = page.locator('[data-testid=uncovered-moment][data-stage="Payment arrangement"]');
      await row.getByRole('link', { name: 'Payment arrangement', exact: true }).waitFor();
      assert.equal((await row.getByTestId('uncovered-nps').textContent()).trim(), `${nps(moment.actualNps)} ±${nps(moment.marginOfError)}`);
      assert.equal(await row.getByTestId('uncovered-target').textContent(), String(moment.target));
      assert.equal(await row.getByTestId('uncovered-gap').textContent(), `${nps(moment.gap)} below target`);
      // Clicking a stage opens its page.
      await row.getByRole('link', { name: 'Payment arrangement', exact: true }).click();
      await page.waitForURL(/#\/JourneyStage\/\d+\/show$/);
    });
  });

  describe('as the lead of Customer Service', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.leadCs });

    test('the initiative form shows the score live as the lead fills it in; the roadmap offers the lead no pins, the scoring model no new version', async () => {
      const page = pages.current();
      const { allJourneyStages } = (await regie.graphql('{ allJourneyStages(filter: { q: "Annual settlement" }) { id name } }')).data;
      const stage = allJourneyStages.find(s => s.name === 'Annual settlement');
      const preview = async effort =>
        (await regie.graphql(SCORE_PREVIEW, { impacts: [{ stageId: stage.id, level: 'HIGH' }], effort, confidence: 0.5, commercialValue: 3 }, { as: ACCOUNTS.leadCs })).data.scorePreview;

      await page.goto('/#/Initiative/create');
      const live = page.getByTestId('live-score');
      await live.getByText('Fill in the effort to see the score.').waitFor();
      await page.getByLabel('Effort (person-weeks)').fill('6');
      await page.getByRole('button', { name: 'Add a stage impact' }).click();
      await page.locator('input[name="impacts.0.stageId"]').fill('Annual settlement');
      await page.getByRole('option', { name: 'Annual settlement', exact: true }).click();
      await page.getByRole('combobox', { name: 'Impact' }).click();
      await page.getByRole('option', { name: 'High · 2', exact: true }).click();
      const six = await preview(6);
      await live.getByTestId('live-priority-score').filter({ hasText: score(six.priorityScore) }).waitFor();
      await live.getByTestId('score-term-words').filter({ hasText: /^Annual settlement: importance 5, / }).waitFor();
      await live.getByText(`version ${six.modelVersion}`).first().waitFor();

      // Twice the effort, half the score.
      await page.getByLabel('Effort (person-weeks)').fill('12');
      const twelve = await preview(12);
      await live.getByTestId('live-priority-score').filter({ hasText: score(twelve.priorityScore) }).waitFor();
      await screenshot(page, 'initiative-form-live-score');

      await page.goto('/#/roadmap');
      await page.getByTestId('roadmap-row').first().waitFor();
      assert.equal(await page.getByRole('button', { name: /^(Pin rank|Change rank|Unpin)$/ }).count(), 0);
      // The scoring model is the regie team's to change; a lead reads its versions.
      await page.goto('/#/ScoringModel');
      await page.getByTestId('active-version').waitFor();
      assert.equal(await page.getByRole('link', { name: 'New version' }).count(), 0);
    });
  });

  describe('the scoring model', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });

    test('a new version shows how the ranks would move before it is saved, and becomes the active one', async () => {
      const page = pages.current();
      const { activeScoringModel: before } = (await regie.graphql(ACTIVE_MODEL)).data;
      const gapWeight = before.gapWeight + 2;
      try {
        await page.goto('/#/ScoringModel');
        await page.getByTestId('active-version').waitFor();
        await page.getByRole('link', { name: 'New version' }).click();
        const save = page.getByRole('button', { name: `Save as version ${before.version + 1}` });
        await save.waitFor();
        assert.equal(await save.isDisabled(), true, 'nothing to save yet');
        await page.getByTestId('model-preview').getByText('Change a value above').waitFor();

        await page.getByLabel('Gap weight').fill(String(gapWeight));
        const moves = (await regie.graphql(PREVIEW_MODEL, { gapWeight })).data.previewScoringModel;
        const moved = moves.filter(row => row.rankAfter !== row.rankBefore).length;
        assert.ok(moved > 0, 'weighing gaps more moves some initiatives');
        await page.getByTestId('preview-summary').filter({ hasText: `change rank` }).waitFor();
        await screenshot(page, 'scoring-model-preview-before-saving');
        assert.equal(await page.getByTestId('preview-row').count(), moves.length);
        assert.ok((await page.locator('[data-testid=rank-move][data-direction=up]').count()) > 0, 'some move up');
        assert.ok((await page.locator('[data-testid=rank-move][data-direction=down]').count()) > 0, 'some move down');

        await page.getByLabel('Why this change').fill('Gaps beyond the margin should weigh more (e2e).');
        await save.click();
        await waitForNotification(page, `Scoring model version ${before.version + 1} is active`);
        await page.waitForURL(/#\/ScoringModel$/);
        // Newest first, the only one marked active.
        await page.locator('tbody tr').first().filter({ hasText: new RegExp(`^${before.version + 1}Active`) }).waitFor();
        await page.waitForFunction(() => document.querySelectorAll('[data-testid=active-version]').length === 1);
        const { activeScoringModel: now } = (await regie.graphql(ACTIVE_MODEL)).data;
        assert.deepEqual(now, { version: before.version + 1, gapWeight });
      } finally {
        // The other tests' scores assume the model as it was.
        await regie.graphql('mutation ($gapWeight: Float) { updateScoringModel(gapWeight: $gapWeight, reason: "e2e: back to the model before the test") { version } }', {
          gapWeight: before.gapWeight,
        });
      }
    });
  });
});
