import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ACCOUNTS, pagePerTest, startRegie } from './harness.mjs';

/** The periods in the KPI page's measurement table, top to bottom. */
const periodsOnPage = page => page.locator('[data-testid=kpi-measurements] tbody td.column-period').allTextContents();

async function waitForPeriods(page, periods) {
  await page
    .waitForFunction(
      expected => [...document.querySelectorAll('[data-testid=kpi-measurements] tbody td.column-period')].map(td => td.textContent).join(',') === expected,
      periods.join(','),
    )
    .catch(async error => {
      throw new Error(`Expected the periods ${periods.join(',')}, saw ${(await periodsOnPage(page)).join(',')}: ${error.message}`);
    });
}

describe('KPIs', { timeout: 120_000 }, () => {
  let regie;

  before(async () => {
    regie = await startRegie();
  });

  after(async () => {
    await regie?.stop();
  });

  const kpiByName = async name =>
    (await regie.graphql('query ($q: String!) { allKpis(filter: { q: $q }) { id name unit target stageIds measurements { id period value } } }', { q: name })).data.allKpis.find(
      kpi => kpi.name === name,
    );

  describe('as a viewer', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.viewer });

    test('a KPI page shows its measurements by period, its chart and the stages it serves', async () => {
      const page = pages.current();
      const kpi = await kpiByName('First-contact resolution');
      assert.equal(kpi.measurements.length, 12, 'twelve months of demo measurements');
      await page.goto('/#/Kpi');
      const row = page.locator('tbody tr', { hasText: 'First-contact resolution' });
      // The list shows the latest value with its unit and period.
      const latest = kpi.measurements.at(-1);
      await row.getByText(`${latest.value}%`).waitFor();
      await row.locator('td.column-name').click();
      await page.waitForURL(new RegExp(`#/Kpi/${kpi.id}/show$`));

      await waitForPeriods(page, kpi.measurements.map(m => m.period));
      const first = kpi.measurements[0];
      await page.locator('[data-testid=kpi-measurements] tbody tr', { hasText: first.period }).getByText(`${first.value}%`).waitFor();
      await page.getByTestId('measurement-chart').waitFor();
      // Stages are named with their journey: stage names repeat across journeys.
      await page.getByRole('link', { name: 'Moving house › Announcing the move' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Add measurement' }).count(), 0, 'a viewer adds nothing');
      assert.equal(await page.getByRole('link', { name: 'Edit' }).count(), 0);
    });
  });

  describe('as the regie team', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });

    test('the regie team creates a KPI for a stage and records its first measurements', async () => {
      const page = pages.current();
      await page.goto('/#/Kpi/create');
      await page.getByRole('textbox', { name: 'Name' }).fill('Move confirmations sent');
      await page.getByRole('combobox', { name: 'Department' }).fill('Customer');
      await page.getByRole('option', { name: 'Customer Service (CS)' }).click();
      await page.getByRole('textbox', { name: 'Unit' }).fill('%');
      await page.locator('input[name="target"]').fill('98');
      await page.getByRole('combobox', { name: 'Journey stages' }).fill('Announcing');
      await page.getByRole('option', { name: 'Moving house › Announcing the move' }).click();
      await page.getByRole('button', { name: 'Save' }).click();

      await page.waitForURL(/#\/Kpi\/\d+\/show$/);
      const kpi = await kpiByName('Move confirmations sent');
      const journey = (await regie.graphql('{ allJourneys(filter: { q: "Moving house" }) { name stages { id name } } }')).data.allJourneys.find(j => j.name === 'Moving house');
      assert.deepEqual(kpi.stageIds, [journey.stages.find(s => s.name === 'Announcing the move').id]);
      await page.getByRole('link', { name: 'Moving house › Announcing the move' }).waitFor();
      await page.getByText('No measurements yet.').waitFor();

      // From the KPI's page, with the KPI filled in; a malformed period is refused before sending.
      for (const [period, value] of [
        ['2026-Q5', '91'],
        ['2026-10', '91.5'],
      ]) {
        await page.getByRole('link', { name: 'Add measurement' }).click();
        await page.waitForURL(/#\/KpiMeasurement\/create$/);
        await page.getByRole('combobox', { name: 'KPI' }).and(page.locator('[value="Move confirmations sent"]')).waitFor();
        await page.getByRole('textbox', { name: 'Period' }).fill(period);
        await page.locator('input[name="value"]').fill(value);
        await page.getByRole('button', { name: 'Save' }).click();
        if (period === '2026-Q5') {
          await page.locator('.ra-input-period .Mui-error', { hasText: 'A month such as 2026-11 or a quarter such as 2026-Q4' }).first().waitFor();
          await page.getByRole('textbox', { name: 'Period' }).fill('2026-09');
          await page.getByRole('button', { name: 'Save' }).click();
        }
        await page.waitForURL(new RegExp(`#/Kpi/${kpi.id}/show$`));
      }
      await waitForPeriods(page, ['2026-09', '2026-10']);
      await page.locator('[data-testid=kpi-measurements] tbody tr', { hasText: '2026-10' }).getByText('91.5%').waitFor();
      await page.getByTestId('measurement-chart').waitFor();
      const saved = await kpiByName('Move confirmations sent');
      assert.deepEqual(
        saved.measurements.map(m => [m.period, m.value]),
        [
          ['2026-09', 91],
          ['2026-10', 91.5],
        ],
      );
    });
  });
});
