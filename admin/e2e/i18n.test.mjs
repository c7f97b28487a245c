import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ACCOUNTS, menuEntries, pagePerTest, screenshot, signInThroughForm, startRegie } from './harness.mjs';

/** A translation key shown as it is ("regie.nps.title", "resources.Kpi.fields.unit", "ra.action.save"): a translation missing. */
const RAW_KEY = /\b(?:regie|resources|ra)\.[a-z_]+\.[A-Za-z_.]+/;

/** The app bar's language menu: react-admin's LocalesMenuButton, showing the current language. */
async function switchTo(page, from, to) {
  await page.locator('header').getByRole('button', { name: from }).click();
  await page.getByRole('menuitem', { name: to }).click();
  await page.locator('header').getByRole('button', { name: to }).waitFor();
}

/** Fails on a raw key anywhere in the page's text. */
async function assertNoRawKeys(page, where) {
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, RAW_KEY, `a translation key shows on ${where}`);
}

const DUTCH_STATUSES = ['Voorgesteld', 'Ter beoordeling', 'Goedgekeurd', 'In uitvoering', 'Afgerond', 'Afgewezen', 'Geparkeerd'];

describe('languages', { timeout: 300_000 }, () => {
  let regie;

  before(async () => {
    regie = await startRegie();
  });

  after(async () => {
    await regie?.stop();
  });

  const pages = pagePerTest(() => regie);

  test('switching to Dutch in the app bar translates the menu and the pages, survives a reload, and switches back', async () => {
    const page = pages.current();
    await signInThroughForm(page, ACCOUNTS.regie);
    await page.waitForURL(/#\/$/);
    await page.goto('/#/Initiative');
    await page.getByRole('columnheader', { name: 'Title' }).waitFor();
    assert.ok((await menuEntries(page)).includes('Initiatives'), 'English first');

    await switchTo(page, 'English', 'Nederlands');
    await page.getByRole('columnheader', { name: 'Titel' }).waitFor();
    const menu = await menuEntries(page);
    for (const entry of ['Initiatieven', 'Roadmap', 'Kwartaalplanning', 'Silodetector', 'Klantreizen', 'Afdelingen', 'Besluitenlog']) {
      assert.ok(menu.includes(entry), `the menu has ${entry}: ${menu.join(', ')}`);
    }
    const statuses = await page.locator('tbody [data-status]').allTextContents();
    assert.ok(statuses.length > 0 && statuses.every(status => DUTCH_STATUSES.includes(status)), `status chips in Dutch: ${statuses.join(', ')}`);
    await page.getByText(/\d+[–-]\d+ van \d+/).first().waitFor(); // react-admin's own pagination, from ra-language-dutch
    await assertNoRawKeys(page, 'the initiatives list');
    await screenshot(page, 'i18n-initiatives-nl');

    await page.reload();
    await page.getByRole('columnheader', { name: 'Titel' }).waitFor();
    assert.ok((await menuEntries(page)).includes('Initiatieven'), 'still Dutch after a reload');
    assert.equal(await page.evaluate(() => localStorage.getItem('RaStore.locale')), '"nl"', 'remembered in the browser');

    await switchTo(page, 'Nederlands', 'English');
    await page.getByRole('columnheader', { name: 'Title' }).waitFor();
    assert.ok((await menuEntries(page)).includes('Initiatives'), 'English again');
    const english = await page.locator('tbody [data-status]').first().textContent();
    assert.ok(!DUTCH_STATUSES.includes(english), english);
  });

  test('numbers and dates read the Dutch way', async () => {
    const page = pages.current();
    await signInThroughForm(page, ACCOUNTS.regie);
    await page.waitForURL(/#\/$/);
    await switchTo(page, 'English', 'Nederlands');
    await page.goto('/#/nps');
    const journeys = page.getByTestId('nps-journey-row');
    await journeys.first().waitFor();
    const nps = await journeys.first().locator('td').nth(2).innerText();
    assert.match(nps, /^(—|−?\d+,\d ±\d+,\d)$/, 'a decimal comma');
    await page.getByRole('button', { name: 'Afgelopen 90 dagen' }).click();
    await page.getByTestId('nps-period').filter({ hasText: /\d{1,2} [a-z]{3} \d{4} – / }).waitFor();
    await page.goto('/#/roadmap');
    await page.getByTestId('roadmap-row').first().waitFor();
    assert.match(await page.getByTestId('priority-score').first().innerText(), /^\d+,\d\d$/, 'a score with a decimal comma');
    await page.getByRole('columnheader', { name: 'Prioriteitsscore' }).waitFor();
    await page.getByRole('button', { name: 'Waarom' }).first().click();
    await page.getByTestId('score-breakdown').getByText(/Prioriteitsscore \d+,\d\d/).waitFor();
    await screenshot(page, 'i18n-roadmap-nl');
  });

  // Every page of the admin in Dutch, with its data: no key shows untranslated. The screenshots
  // (e2e/screenshots/i18n-*-nl.png, 1280×800) are there to look at.
  const PAGES = [
    ['dashboard', '/#/', () => null],
    ['roadmap-page', '/#/roadmap', page => page.getByTestId('roadmap-row').first()],
    ['plan', '/#/plan', page => page.getByTestId('department-plan').first()],
    ['silo', '/#/silos', page => page.getByTestId('overlap').first()],
    ['nps', '/#/nps', page => page.getByTestId('nps-journey-row').first()],
    ['journeys', '/#/Journey', page => page.locator('tbody tr').first()],
    ['journey-stages', '/#/JourneyStage', page => page.locator('tbody tr').first()],
    ['survey-responses', '/#/SurveyResponse', page => page.locator('tbody tr').first()],
    ['import', '/#/import', page => page.getByText('CSV-bestand kiezen')],
    ['departments', '/#/Department', page => page.locator('tbody tr').first()],
    ['kpis', '/#/Kpi', page => page.locator('tbody tr').first()],
    ['kpi-measurements', '/#/KpiMeasurement', page => page.locator('tbody tr').first()],
    ['channels', '/#/Channel', page => page.locator('tbody tr').first()],
    ['segments', '/#/Segment', page => page.locator('tbody tr').first()],
    ['decisions', '/#/Decision', page => page.locator('tbody tr').first()],
    ['scoring-models', '/#/ScoringModel', page => page.locator('tbody tr').first()],
    ['scoring-model-create', '/#/ScoringModel/create', page => page.getByText('Impactniveaus').first()],
    ['people', '/#/Person', page => page.locator('tbody tr').first()],
    ['api-tokens', '/#/ApiToken', page => page.getByRole('link', { name: 'Token uitgeven' })],
    ['audit', '/#/AuditEntry', page => page.locator('tbody tr').first()],
    ['password', '/#/account/password', page => page.getByRole('button', { name: 'Wachtwoord wijzigen' })],
  ];

  test('every page in Dutch shows no untranslated key', async () => {
    const page = pages.current();
    await signInThroughForm(page, ACCOUNTS.regie);
    await page.waitForURL(/#\/$/);
    await switchTo(page, 'English', 'Nederlands');
    for (const [name, path, ready] of PAGES) {
      await page.goto(path);
      await (ready(page) ?? page.locator('main')).waitFor();
      await page.waitForLoadState('networkidle');
      await assertNoRawKeys(page, path);
      await screenshot(page, `i18n-${name}-nl`);
    }
    // A record's pages: the first journey, its NPS, an initiative with its score, its edit form.
    for (const [name, list, row] of [
      ['journey', '/#/Journey', 'tbody tr'],
      ['initiative', '/#/Initiative', 'tbody tr'],
      ['kpi', '/#/Kpi', 'tbody tr'],
      ['decision', '/#/Decision', 'tbody tr'],
    ]) {
      await page.goto(list);
      await page.locator(row).first().click();
      await page.waitForURL(/\/show$/);
      await page.waitForLoadState('networkidle');
      await assertNoRawKeys(page, `${name} page`);
      await screenshot(page, `i18n-${name}-show-nl`);
    }
    await page.goto('/#/Journey');
    await page.locator('tbody tr').first().click();
    await page.getByRole('link', { name: 'NPS', exact: true }).click();
    await page.getByTestId('nps-trend').waitFor();
    await page.waitForLoadState('networkidle');
    await assertNoRawKeys(page, 'a journey NPS page');
    await screenshot(page, 'i18n-journey-nps-nl');
    await page.goto('/#/Initiative/create');
    await page.getByText('Fase-impact').first().waitFor();
    await assertNoRawKeys(page, 'the initiative form');
    await screenshot(page, 'i18n-initiative-create-nl');
  });
});
