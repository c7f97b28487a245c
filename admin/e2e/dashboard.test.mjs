import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { ACCOUNTS, pagePerTest, screenshot, startRegie } from './harness.mjs';

// The home page per role (issue 9): the regie team's cockpit, a lead's own work, a reader's
// overview. Each card's figures are the server's, read through the same API.

const MINUS = '\u2212';
/** One decimal with a real minus sign, as the admin writes NPS. */
const oneDecimal = value => {
  const rounded = Math.round(value * 10) / 10 || 0;
  return `${rounded < 0 ? MINUS : ''}${Math.abs(rounded).toFixed(1)}`;
};

/** The last `days` calendar days up to today, as the browser (same machine, same time zone) computes them. */
function lastDays(days) {
  const day = date => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const now = new Date();
  const noon = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12);
  return { from: day(new Date(noon.getTime() - (days - 1) * 86_400_000)), to: day(noon) };
}

const quarterNow = () => `${new Date().getFullYear()}-Q${Math.floor(new Date().getMonth() / 3) + 1}`;

/** Months and quarters in time order (a month before the quarter it starts), as the admin orders them. */
const periodKey = period => {
  const [year, rest] = period.split('-');
  const start = rest.startsWith('Q') ? (Number(rest[1]) - 1) * 3 : Number(rest) - 1;
  return Number(year) * 12 + start + (rest.startsWith('Q') ? 0.5 : 0);
};

// A dashboard asks for several summaries at once; on a busy machine they can take longer than 10 s.
const DASHBOARD_TIMEOUT_MS = 30_000;

/** The page has no horizontal scroll bar: everything fits the width (a 390-pixel phone). */
// Charts follow a new width a moment later (they watch their size), so this waits a little for it.
const fitsWidth = page =>
  page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth + 1, null, { timeout: 5_000 }).then(
    () => true,
    () => false,
  );

describe('Home dashboards', { timeout: 300_000 }, () => {
  let regie;

  before(async () => {
    regie = await startRegie();
  });

  after(async () => {
    await regie?.stop();
  });

  describe('as the regie team', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });
    beforeEach(() => pages.current().setDefaultTimeout(DASHBOARD_TIMEOUT_MS));

    test('the cockpit shows NPS per journey against target, the top of the roadmap, the silo counts, what waits for review and the latest decisions', async () => {
      const page = pages.current();
      const period = lastDays(365);
      const { data } = await regie.graphql(
        `query ($from: String, $to: String) {
          npsSummary(groupBy: JOURNEY, from: $from, to: $to) { key label responses nps marginOfError gap insufficient }
          roadmap(limit: 8) { rank initiative { title } }
          overlaps { stage { id } }
          uncoveredMoments { stage { id } }
          _allInitiativesMeta(filter: { status: UNDER_REVIEW }) { count }
          allDecisions(sortField: "at", sortOrder: "DESC", perPage: 8) { actorName initiative { title } }
        }`,
        period,
      );
      await page.goto('/');
      const dashboard = page.getByTestId('dashboard');
      await dashboard.and(page.locator('[data-role=REGIE]')).waitFor();

      // NPS per journey: every journey with the server's NPS, its margin and its status in words.
      const rows = page.getByTestId('dashboard-nps-row');
      await rows.first().waitFor();
      assert.equal(await rows.count(), data.npsSummary.length);
      for (const journey of data.npsSummary) {
        const row = rows.and(page.locator(`[data-journey="${journey.label}"]`));
        const value = await row.getByTestId('dashboard-nps-value').textContent();
        assert.ok(value.startsWith(`${oneDecimal(journey.nps)} ±${oneDecimal(journey.marginOfError)}`), `${journey.label}: ${value}`);
        const status = await row.getByTestId('nps-status').textContent();
        if (journey.gap > journey.marginOfError && !journey.insufficient) assert.equal(status, `${oneDecimal(journey.gap)} below target`);
      }

      // The top of the roadmap, in the roadmap's order.
      const ranked = page.getByTestId('dashboard-roadmap-row');
      await ranked.first().waitFor();
      assert.deepEqual(
        await ranked.evaluateAll(trs => trs.map(tr => [Number(tr.dataset.rank), tr.querySelector('a').textContent])),
        data.roadmap.map(entry => [entry.rank, entry.initiative.title]),
      );

      // The silo detector's counts, and what waits for review.
      await page.getByTestId('dashboard-overlaps-count').waitFor();
      assert.equal(await page.getByTestId('dashboard-overlaps-count').textContent(), String(data.overlaps.length));
      assert.equal(await page.getByTestId('dashboard-uncovered-count').textContent(), String(data.uncoveredMoments.length));
      const reviewCount = data._allInitiativesMeta.count;
      await page.getByTestId('dashboard-review-count').filter({ hasText: `${reviewCount} initiative` }).waitFor();
      assert.equal(await page.getByTestId('dashboard-review-row').count(), Math.min(6, reviewCount));

      // The latest decisions, each with the person's name (never an email).
      const decisions = page.getByTestId('dashboard-decision');
      await decisions.first().waitFor();
      assert.equal(await decisions.count(), data.allDecisions.length);
      const who = await page.getByTestId('dashboard-decision-who').allTextContents();
      data.allDecisions.forEach((decision, index) => assert.ok(who[index].startsWith(`${decision.actorName} · `), who[index]));
      assert.ok(who.every(text => !text.includes('@')), 'names, not emails');

      await screenshot(page, 'dashboard-regie');
      await page.setViewportSize({ width: 390, height: 844 });
      await rows.first().waitFor();
      assert.ok(await fitsWidth(page), 'fits a 390-pixel phone');
      await screenshot(page, 'dashboard-regie-phone');
      await page.setViewportSize({ width: 1280, height: 800 });

      // Each card leads to its full page.
      await page.getByTestId('dashboard-review-link').click();
      await page.waitForURL(/#\/Initiative\?filter=/);
      await page.getByTestId('dashboard').waitFor({ state: 'detached' });
      await page.locator('tbody tr [data-status]').first().waitFor();
      const statuses = await page.locator('tbody tr [data-status]').evaluateAll(chips => chips.map(chip => chip.dataset.status));
      assert.ok(statuses.length > 0 && statuses.every(status => status === 'UNDER_REVIEW'), `the list filtered to what is under review: ${statuses}`);
      await page.goto('/');
      await page.getByTestId('dashboard-overlaps').click();
      await page.waitForURL(/#\/silos$/);
      await page.goto('/');
      await page.getByTestId('dashboard-roadmap-link').click();
      await page.waitForURL(/#\/roadmap$/);
    });
  });

  describe('as a department lead', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.leadCs });
    beforeEach(() => pages.current().setDefaultTimeout(DASHBOARD_TIMEOUT_MS));

    test("a lead sees their department's initiatives with rank and score, their KPIs against target and their capacity this quarter", async () => {
      const page = pages.current();
      const { person } = await regie.signIn(ACCOUNTS.leadCs);
      const departmentId = person.departmentId;
      const quarter = quarterNow();
      const { data } = await regie.graphql(
        `query ($departmentId: ID!, $quarter: String!) {
          allInitiatives(filter: { departmentId: $departmentId }, perPage: 500) { id title status priorityScore }
          roadmap(departmentId: $departmentId, limit: 500) { rank initiative { id } }
          allKpis(filter: { departmentId: $departmentId }, sortField: "name", sortOrder: "ASC") { name target direction unit measurements { period value } }
          planQuarter(quarter: $quarter) { department { id } capacity plannedEffort planned { rank } deferred { rank } }
        }`,
        { departmentId, quarter },
      );
      await page.goto('/');
      await page.getByTestId('dashboard').and(page.locator('[data-role=DEPARTMENT_LEAD]')).waitFor();

      // Every initiative of the department, with its rank across departments when it is open.
      const initiatives = page.getByTestId('dashboard-initiative');
      await initiatives.first().waitFor();
      assert.equal(await initiatives.count(), data.allInitiatives.length);
      const rankOf = new Map(data.roadmap.map(entry => [entry.initiative.id, entry.rank]));
      const shown = await initiatives.evaluateAll(trs =>
        trs.map(tr => ({ title: tr.querySelector('a').textContent, rank: tr.querySelector('[data-testid=dashboard-initiative-rank]').textContent, score: tr.querySelector('[data-testid=dashboard-initiative-score]').textContent })),
      );
      for (const initiative of data.allInitiatives) {
        const row = shown.find(r => r.title === initiative.title);
        assert.ok(row, initiative.title);
        assert.equal(row.rank, rankOf.has(initiative.id) ? String(rankOf.get(initiative.id)) : 'not ranked', initiative.title);
        assert.equal(row.score, (Math.round(initiative.priorityScore * 100) / 100).toFixed(2));
      }
      const statusCounts = await page.getByTestId('dashboard-status-count').evaluateAll(boxes => boxes.map(box => [box.dataset.status, Number(box.textContent.match(/\d+$/)[0])]));
      for (const [status, count] of statusCounts) assert.equal(count, data.allInitiatives.filter(i => i.status === status).length, status);

      // Each KPI's latest measurement (latest by period) against its target, in words.
      const kpis = page.getByTestId('dashboard-kpi');
      await kpis.first().waitFor();
      assert.equal(await kpis.count(), data.allKpis.length);
      for (const kpi of data.allKpis) {
        const latest = [...kpi.measurements].sort((a, b) => periodKey(a.period) - periodKey(b.period)).at(-1);
        const row = kpis.and(page.locator(`[data-kpi="${kpi.name}"]`));
        const verdict = row.getByTestId('dashboard-kpi-verdict');
        const meets = kpi.direction === 'HIGHER_IS_BETTER' ? latest.value >= kpi.target : latest.value <= kpi.target;
        assert.equal(await verdict.getAttribute('data-on-target'), String(meets), kpi.name);
        assert.match(await verdict.textContent(), meets ? /on target/ : /off target by/);
        assert.ok((await row.getByTestId('dashboard-kpi-latest').textContent()).startsWith(latest.value.toLocaleString('en-GB', { maximumFractionDigits: 2 })), kpi.name);
      }

      // Capacity used this quarter, from the quarter plan.
      const plan = data.planQuarter.find(part => part.department.id === departmentId);
      const capacity = page.getByTestId('dashboard-capacity').getByTestId('capacity-text');
      await capacity.waitFor();
      assert.match(await capacity.textContent(), new RegExp(`^${plan.plannedEffort}\\D.*${plan.capacity}`));
      assert.match(await page.getByTestId('dashboard-capacity-counts').textContent(), new RegExp(`^${plan.planned.length} initiatives? planned`));

      // No cards of the regie team's.
      for (const card of ['dashboard-silo', 'dashboard-review', 'dashboard-decisions']) assert.equal(await page.getByTestId(card).count(), 0, card);

      await screenshot(page, 'dashboard-lead');
      await page.setViewportSize({ width: 390, height: 844 });
      await kpis.first().waitFor();
      assert.ok(await fitsWidth(page), 'fits a 390-pixel phone');
      await screenshot(page, 'dashboard-lead-phone');
    });
  });

  describe('as a viewer', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.viewer });
    beforeEach(() => pages.current().setDefaultTimeout(DASHBOARD_TIMEOUT_MS));

    test('a viewer sees the journey NPS overview and the top of the roadmap, and each journey opens its map', async () => {
      const page = pages.current();
      const { data } = await regie.graphql(`query ($from: String, $to: String) { npsSummary(groupBy: JOURNEY, from: $from, to: $to) { key label } }`, lastDays(365));
      await page.goto('/');
      await page.getByTestId('dashboard').and(page.locator('[data-role=VIEWER]')).waitFor();
      await page.getByTestId('dashboard-nps-row').first().waitFor();
      await page.getByTestId('dashboard-roadmap-row').first().waitFor();
      assert.equal(await page.getByTestId('dashboard-nps-row').count(), data.npsSummary.length);
      for (const card of ['dashboard-silo', 'dashboard-review', 'dashboard-decisions', 'dashboard-initiatives', 'dashboard-kpis', 'dashboard-capacity']) {
        assert.equal(await page.getByTestId(card).count(), 0, card);
      }
      const [first] = data.npsSummary;
      await page.getByTestId('dashboard-nps-row').and(page.locator(`[data-journey="${first.label}"]`)).getByTestId('dashboard-nps-journey').click();
      await page.waitForURL(new RegExp(`#/journeys/${first.key}/map$`));
      await page.getByTestId('map-stage').first().waitFor();
    });
  });
});
