import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ACCOUNTS, pagePerTest, screenshot, startRegie } from './harness.mjs';

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

  describe('as the lead of Customer Service', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.leadCs });
    const NAME = 'Callbacks offered in the queue';

    test('a lead creates a KPI for their own department and records a measurement on it', async () => {
      const cs = (await regie.graphql('{ allDepartments(filter: { q: "Customer Service" }) { id name } }')).data.allDepartments[0];
      const page = pages.current();
      await page.goto('/#/Kpi/create');
      // Their own department, fixed.
      const department = page.getByRole('combobox', { name: 'Department' });
      await department.and(page.locator('[value="Customer Service (CS)"]')).waitFor();
      assert.equal(await department.isEditable(), false);
      await page.getByText('Your own department').waitFor();
      await page.getByRole('textbox', { name: 'Name' }).fill(NAME);
      await page.getByRole('textbox', { name: 'Unit' }).fill('%');
      await page.locator('input[name="target"]').fill('60');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(/#\/Kpi\/\d+\/show$/);
      const kpi = await kpiByName(NAME);
      assert.equal((await regie.graphql('query ($id: ID!) { Kpi(id: $id) { departmentId } }', { id: kpi.id })).data.Kpi.departmentId, cs.id);
      await page.getByRole('link', { name: 'Edit' }).waitFor();

      await page.getByRole('link', { name: 'Add measurement' }).click();
      await page.waitForURL(/#\/KpiMeasurement\/create$/);
      await page.getByRole('combobox', { name: 'KPI' }).and(page.locator(`[value="${NAME}"]`)).waitFor();
      await page.getByRole('textbox', { name: 'Period' }).fill('2026-Q4');
      await page.locator('input[name="value"]').fill('52');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(new RegExp(`#/Kpi/${kpi.id}/show$`));
      await waitForPeriods(page, ['2026-Q4']);
      // Their own KPI's measurements have their edit button.
      await page.locator('[data-testid=kpi-measurements] tbody tr', { hasText: '2026-Q4' }).getByRole('link', { name: 'Edit' }).waitFor();
      assert.deepEqual((await kpiByName(NAME)).measurements.map(m => [m.period, m.value]), [['2026-Q4', 52]]);
    });

    test("a lead reads another department's KPI without edit or add buttons, and is told why at its edit address", async () => {
      const page = pages.current();
      const other = await kpiByName('Online conversion rate');
      await page.goto(`/#/Kpi/${other.id}/show`);
      await waitForPeriods(page, other.measurements.map(m => m.period));
      assert.equal(await page.getByRole('link', { name: 'Edit' }).count(), 0, 'no edit of the KPI nor of its measurements');
      assert.equal(await page.getByRole('link', { name: 'Add measurement' }).count(), 0);

      await page.goto(`/#/Kpi/${other.id}`);
      await page.getByTestId('edit-refused').filter({ hasText: 'This one belongs to Marketing.' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Save' }).count(), 0);
      await page.goto(`/#/KpiMeasurement/${other.measurements[0].id}`);
      await page.getByTestId('edit-refused').filter({ hasText: 'This one belongs to Marketing.' }).waitFor();
      // Behind the page, the server refuses the same change.
      const refused = await regie.graphql('mutation ($kpiId: ID!) { createKpiMeasurement(kpiId: $kpiId, period: "2026-11", value: 5) { id } }', { kpiId: other.id }, { as: ACCOUNTS.leadCs, allowErrors: true });
      assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN');

      // Their own department's demo KPI: an edit button on every measurement.
      const own = await kpiByName('First-contact resolution');
      await page.goto(`/#/Kpi/${own.id}/show`);
      await waitForPeriods(page, own.measurements.map(m => m.period));
      assert.equal(await page.getByTestId('kpi-measurements').getByRole('link', { name: 'Edit' }).count(), own.measurements.length);
    });

    test('the measurements list filters and sorts periods as periods: a quarter after the month that starts it', async () => {
      const kpi = await kpiByName(NAME);
      assert.ok(kpi, 'the lead created the KPI');
      for (const [period, value] of [
        ['2026-09', 48],
        ['2026-10', 50],
        ['2026-11', 53],
        ['2026-12', 55],
        ['2027-Q1', 57],
      ]) {
        await regie.graphql('mutation ($kpiId: ID!, $period: String!, $value: Float!) { createKpiMeasurement(kpiId: $kpiId, period: $period, value: $value) { id } }', { kpiId: kpi.id, period, value }, { as: ACCOUNTS.leadCs });
      }
      const page = pages.current();
      const listed = () => page.locator('tbody td.column-period').allTextContents();
      const waitForListed = async periods => {
        await page
          .waitForFunction(expected => [...document.querySelectorAll('tbody td.column-period')].map(td => td.textContent).join(',') === expected, periods.join(','))
          .catch(async error => {
            throw new Error(`Expected ${periods.join(',')}, saw ${(await listed()).join(',')}: ${error.message}`);
          });
      };
      const filter = encodeURIComponent(JSON.stringify({ kpiId: kpi.id }));
      await page.goto(`/#/KpiMeasurement?filter=${filter}&sort=period&order=ASC`);
      // As text, 2026-Q4 would sort after 2026-12; as a period it follows the month that starts it.
      await waitForListed(['2026-09', '2026-10', '2026-Q4', '2026-11', '2026-12', '2027-Q1']);
      assert.equal(await page.locator('tbody input[type=checkbox]').count(), 0, "no bulk delete across departments for a lead");

      // A bound that is not a period yet is not sent; a quarter keeps the periods from its first month on.
      const from = page.getByRole('textbox', { name: 'From period' });
      await from.fill('2026-Q');
      await page.locator('.ra-input-period_gte .Mui-error').first().waitFor();
      await new Promise(resolve => setTimeout(resolve, 800)); // past the filter form's debounce
      assert.doesNotMatch(decodeURIComponent(page.url()), /period_gte/);
      await from.fill('2026-q4');
      await waitForListed(['2026-10', '2026-Q4', '2026-11', '2026-12', '2027-Q1']);
      assert.match(decodeURIComponent(page.url()), /"period_gte":"2026-Q4"/);
      // Until November: the fourth quarter ends after it.
      await page.getByRole('textbox', { name: 'Until period' }).fill('2026-11');
      await waitForListed(['2026-10', '2026-11']);
      await page.getByRole('textbox', { name: 'Until period' }).fill('');
      await waitForListed(['2026-10', '2026-Q4', '2026-11', '2026-12', '2027-Q1']);
      // Newest first, still as periods.
      await page.locator('thead th.column-period').getByText('Period', { exact: true }).click();
      await waitForListed(['2027-Q1', '2026-12', '2026-11', '2026-Q4', '2026-10']);
      await screenshot(page, 'kpi-measurements-from-a-quarter');

      // The KPI's page and its chart order them the same way.
      await page.goto(`/#/Kpi/${kpi.id}/show`);
      await waitForPeriods(page, ['2026-09', '2026-10', '2026-Q4', '2026-11', '2026-12', '2027-Q1']);
      const points = await page.getByTestId('measurement-point').evaluateAll(circles => circles.map(circle => circle.dataset.period));
      assert.deepEqual(points, ['2026-09', '2026-10', '2026-Q4', '2026-11', '2026-12', '2027-Q1']);
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
