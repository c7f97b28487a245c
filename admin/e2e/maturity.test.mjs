import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { ACCOUNTS, pagePerTest, screenshot, startRegie, waitForNotification } from './harness.mjs';

// CX maturity (issue 9): a lead's self-assessment through the questionnaire (from the keyboard),
// shown on the radar of their department over the previous one; the comparison across
// departments; and on the roadmap the open initiatives per pillar beside the weakest pillars.

const PILLARS = ['JOURNEY_INSIGHT', 'OMNICHANNEL', 'VISION_AND_WAYS_OF_WORKING', 'GOVERNANCE_AND_KPIS'];
const PILLAR_NAMES = ['Journey insight', 'Omnichannel', 'Vision and ways of working', 'Governance and KPIs'];
/** The self-assessment the lead enters: three scores per pillar, in the questionnaire's order. */
const SCORES = { JOURNEY_INSIGHT: [5, 5, 4], OMNICHANNEL: [4, 4, 4], VISION_AND_WAYS_OF_WORKING: [3, 4, 5], GOVERNANCE_AND_KPIS: [2, 3, 3] };
const SCALE = ['Not at all', 'Hardly', 'Partly', 'Largely', 'Fully'];
/** Two decimals as the admin shows them in English: 4.67, 4, 2.67. */
const twoDecimals = value => (Math.round(value * 100) / 100).toLocaleString('en-GB', { maximumFractionDigits: 2 });
const mean = scores => scores.reduce((a, b) => a + b, 0) / scores.length;

const ASSESSMENTS = `query ($departmentId: ID) {
  allMaturityAssessments(filter: { departmentId: $departmentId }, sortField: "assessedAt", sortOrder: "DESC") {
    id departmentId assessedAt createdAt assessedByName scores { pillar score } department { code }
  }
}`;
const DELETE = 'mutation ($id: ID!) { deleteMaturityAssessment(id: $id) { id } }';

const MATURITY_TIMEOUT_MS = 30_000;

// Charts follow a new width a moment later (they watch their size), so this waits a little for it.
const fitsWidth = page =>
  page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth + 1, null, { timeout: 5_000 }).then(
    () => true,
    () => false,
  );

describe('CX maturity', { timeout: 300_000 }, () => {
  let regie;
  const created = [];

  before(async () => {
    regie = await startRegie();
  });

  after(async () => {
    // Other test files on a shared server see the demo's assessments as they were.
    for (const id of created) await regie.graphql(DELETE, { id }, { allowErrors: true });
    await regie?.stop();
  });

  describe('as a department lead', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.leadCs });
    beforeEach(() => pages.current().setDefaultTimeout(MATURITY_TIMEOUT_MS));

    test("a lead's self-assessment, scored from the keyboard, shows on the radar of their department over the previous one", async () => {
      const page = pages.current();
      const { person } = await regie.signIn(ACCOUNTS.leadCs);
      const before = (await regie.graphql(ASSESSMENTS, { departmentId: person.departmentId })).data.allMaturityAssessments;
      assert.ok(before.length > 0, 'the demo has assessed Customer Service');

      await page.goto('/#/maturity');
      await page.getByTestId('maturity-new').click();
      await page.waitForURL(/#\/MaturityAssessment\/create$/);
      // The department is the lead's own, and stays so.
      const department = page.getByRole('combobox', { name: 'Department' });
      await department.filter({ hasText: 'Customer Service' }).waitFor();
      await department.click({ force: true });
      assert.equal(await page.getByRole('option').count(), 0, 'no other department to choose');

      const statements = page.getByTestId('maturity-form-statement');
      await statements.first().waitFor();
      assert.equal(await statements.count(), 12, 'three statements per pillar');
      let index = 0;
      for (const pillar of PILLARS) {
        for (const score of SCORES[pillar]) {
          const statement = statements.nth(index);
          if (index === 0) {
            // From the keyboard: focus the first choice, then arrow to the score.
            await statement.getByRole('radio', { name: `1 · ${SCALE[0]}` }).focus();
            await page.keyboard.press('Space');
            for (let n = 1; n < score; n += 1) await page.keyboard.press('ArrowRight');
            assert.ok(await statement.getByRole('radio', { name: `${score} · ${SCALE[score - 1]}` }).isChecked(), 'arrow keys choose the score');
          } else {
            await statement.getByRole('radio', { name: `${score} · ${SCALE[score - 1]}` }).check();
          }
          index += 1;
        }
      }
      // Each pillar's score shows as soon as its statements are scored.
      for (const pillar of PILLARS) {
        assert.equal(await page.locator(`[data-testid=maturity-form-pillar-score][data-pillar=${pillar}]`).textContent(), `Pillar score ${twoDecimals(mean(SCORES[pillar]))}`);
      }
      await screenshot(page, 'maturity-form');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(/#\/MaturityAssessment\/\d+\/show$/);
      const id = page.url().match(/MaturityAssessment\/(\d+)\/show/)[1];
      created.push(id);

      // Stored as entered, by the lead, for their department.
      const after = (await regie.graphql(ASSESSMENTS, { departmentId: person.departmentId })).data.allMaturityAssessments;
      const mine = after.find(a => a.id === id);
      assert.ok(mine, 'the new assessment is stored');
      assert.equal(mine.assessedByName, person.name);
      assert.deepEqual(
        mine.scores.map(s => [s.pillar, s.score]),
        PILLARS.map(pillar => [pillar, Math.round(mean(SCORES[pillar]) * 100) / 100]),
      );

      // The radar of Customer Service: the new assessment over the one before it.
      await page.goto('/#/maturity');
      const radar = page.getByTestId('maturity-radar');
      await radar.and(page.locator(`[data-department=${mine.department.code}]`)).waitFor();
      await radar.locator('.recharts-radar-polygon').first().waitFor();
      assert.equal(await radar.locator('.recharts-radar').count(), 2, 'the latest assessment and the previous one');
      const rows = await page.getByTestId('maturity-pillar-score').evaluateAll(trs => trs.map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent)));
      const previous = before[0];
      assert.deepEqual(
        rows.map(([name, latest, earlier]) => [name, latest, earlier]),
        PILLARS.map((pillar, i) => [PILLAR_NAMES[i], twoDecimals(mean(SCORES[pillar])), twoDecimals(previous.scores.find(s => s.pillar === pillar).score)]),
      );
      assert.match(await radar.getAttribute('aria-label'), /^The four pillars of Customer Service: Journey insight 4\.67, Omnichannel 4, /);
      await screenshot(page, 'maturity-radar');

      // The comparison across departments shows every department's latest assessment, this one for CS.
      const comparison = page.getByTestId('maturity-comparison-row');
      const departments = new Set((await regie.graphql(ASSESSMENTS, {})).data.allMaturityAssessments.map(a => a.department.code));
      assert.equal(await comparison.count(), departments.size);
      const csRow = await comparison.and(page.locator(`[data-department=${mine.department.code}]`)).locator('td').allTextContents();
      assert.deepEqual(csRow.slice(1, 5), PILLARS.map(pillar => twoDecimals(mean(SCORES[pillar]))));

      await page.setViewportSize({ width: 390, height: 844 });
      await radar.locator('.recharts-radar-polygon').first().waitFor();
      assert.ok(await fitsWidth(page), 'fits a 390-pixel phone');
      await screenshot(page, 'maturity-phone');
    });
  });

  describe('as the regie team', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });
    beforeEach(() => pages.current().setDefaultTimeout(MATURITY_TIMEOUT_MS));

    test("the roadmap counts the open initiatives per pillar beside the organisation's weakest pillars", async () => {
      const page = pages.current();
      const { data } = await regie.graphql(`{
        roadmap(limit: 500) { initiative { pillar } }
        allMaturityAssessments(sortField: "assessedAt", sortOrder: "DESC") { id departmentId assessedAt createdAt scores { pillar score } }
      }`);
      // Each department's latest assessment, then each pillar's mean over them, lowest first.
      const latest = new Map();
      for (const a of [...data.allMaturityAssessments].sort((x, y) => y.assessedAt.localeCompare(x.assessedAt) || y.createdAt.localeCompare(x.createdAt))) {
        if (!latest.has(a.departmentId)) latest.set(a.departmentId, a);
      }
      const means = PILLARS.map(pillar => {
        const scores = [...latest.values()].map(a => a.scores.find(s => s.pillar === pillar).score);
        return { pillar, mean: scores.reduce((x, y) => x + y, 0) / scores.length };
      }).sort((x, y) => x.mean - y.mean || PILLARS.indexOf(x.pillar) - PILLARS.indexOf(y.pillar));

      await page.goto('/#/roadmap');
      const rows = page.getByTestId('roadmap-pillar');
      await rows.first().waitFor();
      const shown = await rows.evaluateAll(trs =>
        trs.map(tr => [tr.dataset.pillar, tr.querySelector('[data-testid=roadmap-pillar-maturity]').textContent, Number(tr.querySelector('[data-testid=roadmap-pillar-initiatives]').textContent), tr.dataset.weakest]),
      );
      assert.deepEqual(
        shown,
        means.map(({ pillar, mean: m }, i) => [pillar, `${twoDecimals(m)} of 5`, data.roadmap.filter(entry => entry.initiative.pillar === pillar).length, String(i < 2)]),
      );
      await screenshot(page, 'roadmap-pillars');
    });

    test('a viewer-free check: the regie team may assess any department, a viewer may not', async () => {
      const page = pages.current();
      await page.goto('/#/MaturityAssessment/create');
      const department = page.getByRole('combobox', { name: 'Department' });
      await department.click();
      assert.ok((await page.getByRole('option').count()) >= 6, 'every department to choose from');
      await page.keyboard.press('Escape');

      const viewer = await pages.replace({ as: ACCOUNTS.viewer });
      viewer.setDefaultTimeout(MATURITY_TIMEOUT_MS);
      await viewer.goto('/#/maturity');
      await viewer.getByTestId('maturity-radar').first().waitFor();
      assert.equal(await viewer.getByTestId('maturity-new').count(), 0, 'no new assessment for a viewer');
    });
  });
});
