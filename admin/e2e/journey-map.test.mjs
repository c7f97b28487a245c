import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { ACCOUNTS, pagePerTest, screenshot, startRegie } from './harness.mjs';

// The journey map (issue 9): a journey's stages left to right, each with its importance, reach and
// NPS against its target, and the open initiatives working on it per department; reached from the
// journey's page, the journey list and the home dashboard.

const MINUS = '\u2212';

// Charts follow a new width a moment later (they watch their size), so this waits a little for it.
const fitsWidth = page =>
  page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth + 1, null, { timeout: 5_000 }).then(
    () => true,
    () => false,
  );
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

const CLOSED = ['DONE', 'REJECTED', 'PARKED'];
const MAP_TIMEOUT_MS = 30_000;

const JOURNEY = `query ($name: String!) { allJourneys(filter: { q: $name }) { id name } }`;
const MAP_DATA = `query ($journeyId: ID!, $from: String, $to: String) {
  allJourneyStages(filter: { journeyId: $journeyId }, sortField: "position", sortOrder: "ASC") { id name position importance reach }
  npsSummary(groupBy: STAGE, journeyId: $journeyId, from: $from, to: $to) { key responses nps marginOfError gap insufficient }
  allInitiatives(filter: { journeyId: $journeyId }, perPage: 500) { id title status department { code } impacts { stageId } }
}`;

describe('Journey map', { timeout: 300_000 }, () => {
  let regie;

  before(async () => {
    regie = await startRegie();
  });

  after(async () => {
    await regie?.stop();
  });

  async function journeyNamed(name) {
    const { allJourneys } = (await regie.graphql(JOURNEY, { name })).data;
    const journey = allJourneys.find(j => j.name === name);
    assert.ok(journey, `the demo has the journey ${name}`);
    return journey;
  }

  describe('as the regie team', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });
    beforeEach(() => pages.current().setDefaultTimeout(MAP_TIMEOUT_MS));

    test("from the journey's page, the map shows every stage in order with its NPS against target, and the open initiatives on it per department", async () => {
      const page = pages.current();
      const journey = await journeyNamed('Moving house');
      const { data } = await regie.graphql(MAP_DATA, { journeyId: journey.id, ...lastDays(90) });

      await page.goto(`/#/Journey/${journey.id}/show`);
      await page.getByTestId('journey-map-button').click();
      await page.waitForURL(new RegExp(`#/journeys/${journey.id}/map$`));

      const stages = page.getByTestId('map-stage');
      await stages.first().waitFor();
      await page.getByTestId('map-stage-nps-value').first().waitFor();
      await page.getByTestId('map-stage-work').getByTestId('map-department').first().waitFor();
      assert.deepEqual(
        await stages.evaluateAll(cards => cards.map(card => card.dataset.stage)),
        data.allJourneyStages.map(stage => stage.name),
        'the stages left to right in their order',
      );

      for (const stage of data.allJourneyStages) {
        const card = stages.and(page.locator(`[data-stage="${stage.name}"]`));
        const nps = data.npsSummary.find(row => row.key === stage.id);
        // Importance and NPS as the server has them.
        assert.equal(await card.getByTestId('map-stage-importance').getAttribute('data-importance'), String(stage.importance));
        const value = await card.getByTestId('map-stage-nps-value').textContent();
        assert.ok(value.startsWith(`NPS ${oneDecimal(nps.nps)} ±${oneDecimal(nps.marginOfError)}`), `${stage.name}: ${value}`);
        // Coloured by the gap, and the same said in words.
        const status = await card.getByTestId('nps-status').textContent();
        const kind = await card.getAttribute('data-status');
        if (!nps.insufficient && nps.gap > nps.marginOfError) {
          assert.equal(kind, 'below', stage.name);
          assert.equal(status, `${oneDecimal(nps.gap)} below target`);
        } else if (!nps.insufficient && nps.gap !== null && nps.gap <= 0) {
          assert.equal(kind, 'meets', stage.name);
        }
        // The open initiatives touching it, grouped by department.
        const open = data.allInitiatives.filter(i => !CLOSED.includes(i.status) && i.impacts.some(impact => impact.stageId === stage.id));
        const expected = [...new Set(open.map(i => i.department.code))].sort();
        const shown = (await card.getByTestId('map-department').evaluateAll(groups => groups.map(group => group.dataset.department))).sort();
        assert.deepEqual(shown, expected, `departments on ${stage.name}`);
        assert.equal(await card.getByTestId('map-initiative').count(), open.length, `initiatives on ${stage.name}`);
        assert.equal(await card.getByTestId('map-stage-overlap').count(), expected.length > 1 ? 1 : 0, `overlap on ${stage.name}`);
      }

      await screenshot(page, 'journey-map');

      // Done, rejected and parked initiatives on request.
      // (An initiative may touch stages of other journeys too: only this journey's count.)
      const onJourney = new Set(data.allJourneyStages.map(stage => stage.id));
      const closedOnJourney = data.allInitiatives
        .filter(i => CLOSED.includes(i.status))
        .reduce((n, i) => n + new Set(i.impacts.map(x => x.stageId).filter(id => onJourney.has(id))).size, 0);
      assert.ok(closedOnJourney > 0, 'the demo has closed initiatives on this journey');
      const openCount = await page.getByTestId('map-initiative').count();
      await page.getByLabel('Also done, rejected and parked initiatives').check();
      await page.waitForFunction(count => document.querySelectorAll('[data-testid=map-initiative]').length === count, openCount + closedOnJourney);

    });

    test('on a phone the stages scroll sideways inside the page', async () => {
      const page = pages.current();
      const journey = await journeyNamed('Moving house');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/#/journeys/${journey.id}/map`);
      await page.getByTestId('map-stage-nps-value').first().waitFor();
      await page.getByTestId('map-initiative').first().waitFor();
      const row = page.getByTestId('map-stages');
      const { scrollWidth, clientWidth } = await row.evaluate(el => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      assert.ok(scrollWidth > clientWidth, 'the row of stages is wider than the screen and scrolls');
      assert.ok(await fitsWidth(page), 'the page itself does not scroll sideways');
      await screenshot(page, 'journey-map-phone');
    });

    test('the journey list has a map for every journey, and the dashboard opens it from each journey', async () => {
      const page = pages.current();
      const journey = await journeyNamed('Reporting an outage');
      await page.goto('/#/Journey');
      const buttons = page.getByTestId('journey-map-button');
      await buttons.first().waitFor();
      const { _allJourneysMeta } = (await regie.graphql('{ _allJourneysMeta { count } }')).data;
      assert.equal(await buttons.count(), Math.min(25, _allJourneysMeta.count));
      await page.getByRole('row').filter({ hasText: journey.name }).getByTestId('journey-map-button').click();
      await page.waitForURL(new RegExp(`#/journeys/${journey.id}/map$`));
      await page.getByTestId('map-stage').first().waitFor();

      await page.goto('/');
      await page.getByTestId('dashboard-nps-row').and(page.locator(`[data-journey="${journey.name}"]`)).getByTestId('dashboard-nps-journey').click();
      await page.waitForURL(new RegExp(`#/journeys/${journey.id}/map$`));
      await page.getByTestId('map-stage').first().waitFor();
      assert.equal(await page.getByTestId('map-journey-picker').locator('input').inputValue(), journey.id);
    });
  });
});
