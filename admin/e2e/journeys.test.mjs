import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ACCOUNTS, pagePerTest, startRegie, waitForNotification } from './harness.mjs';

const STAGE_FIELDS = 'id name position importance reach version';

/** Picks an option of a react-admin SelectInput or AutocompleteInput by its label. */
async function choose(page, label, option) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The stage names of the journey page, top to bottom. */
const stagesOnPage = page => page.locator('[data-testid=journey-stage] [data-testid=stage-name]').allTextContents();

/** Waits until the journey page lists exactly these stages in this order (it refetches after changes). */
async function waitForStages(page, names) {
  await page
    .waitForFunction(
      expected => [...document.querySelectorAll('[data-testid=journey-stage] [data-testid=stage-name]')].map(el => el.textContent).join('|') === expected,
      names.join('|'),
    )
    .catch(async error => {
      throw new Error(`Expected the stages ${names.join(', ')}, saw ${(await stagesOnPage(page)).join(', ')}: ${error.message}`);
    });
}

describe('journeys', { timeout: 120_000 }, () => {
  let regie;

  before(async () => {
    regie = await startRegie();
  });

  after(async () => {
    await regie?.stop();
  });

  const journeyByName = async name =>
    (await regie.graphql(`query ($q: String!) { allJourneys(filter: { q: $q }) { id name version stages { ${STAGE_FIELDS} } } }`, { q: name })).data.allJourneys.find(
      journey => journey.name === name,
    );
  const stagesOf = async journeyId =>
    (await regie.graphql(`query ($id: ID!) { Journey(id: $id) { stages { ${STAGE_FIELDS} } } }`, { id: journeyId })).data.Journey.stages;
  /** A journey of its own for a test that changes it, with stages of importance 3 and reach 50 %. */
  async function createJourney(name, stageNames) {
    const { createJourney: journey } = (await regie.graphql('mutation ($name: String!) { createJourney(name: $name, targetNps: 15) { id name version } }', { name })).data;
    for (const stageName of stageNames) {
      await regie.graphql('mutation ($journeyId: ID!, $name: String!) { createJourneyStage(journeyId: $journeyId, name: $name, importance: 3, reach: 0.5) { id } }', {
        journeyId: journey.id,
        name: stageName,
      });
    }
    return journey;
  }

  describe('as the regie team', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });

    test('the journey page of "Moving house" shows its stages in order, with importance and reach', async () => {
      const page = pages.current();
      const journey = await journeyByName('Moving house');
      assert.ok(journey.stages.length >= 5, 'the demo journey has its stages');
      await page.goto('/#/Journey');
      await page.locator('tbody tr', { hasText: 'Moving house' }).locator('td.column-name').click();
      await page.waitForURL(new RegExp(`#/Journey/${journey.id}/show$`));
      await waitForStages(page, journey.stages.map(stage => stage.name));

      const rows = page.locator('[data-testid=journey-stage]');
      for (const [index, stage] of journey.stages.entries()) {
        const row = rows.nth(index);
        assert.equal(await row.getAttribute('data-position'), String(stage.position));
        const truth = stage.importance === 5 ? ', a moment of truth' : '';
        await row.getByRole('img', { name: `Importance ${stage.importance} of 5${truth}` }).waitFor();
        await row.getByText(`${Math.round(stage.reach * 100)}%`, { exact: true }).waitFor();
      }
      // The moment of truth says so in words too.
      const momentOfTruth = journey.stages.find(stage => stage.importance === 5);
      await rows.filter({ hasText: momentOfTruth.name }).getByText('Moment of truth').waitFor();
      await page.getByRole('link', { name: 'Add stage' }).waitFor();
    });

    test('the regie team adds a stage in the middle of a journey, and the order follows', async () => {
      const page = pages.current();
      const journey = await createJourney('Getting a smart meter', ['Booking an appointment', 'The visit', 'First readings in the app']);
      await page.goto(`/#/Journey/${journey.id}/show`);
      await waitForStages(page, ['Booking an appointment', 'The visit', 'First readings in the app']);

      await page.getByRole('link', { name: 'Add stage' }).click();
      await page.waitForURL(/#\/JourneyStage\/create$/);
      // The journey comes filled in from its page.
      await page.getByRole('combobox', { name: 'Journey' }).and(page.locator('[value="Getting a smart meter"]')).waitFor();
      await page.getByRole('textbox', { name: 'Name' }).fill('Confirmation by text message');
      await page.locator('input[name="position"]').fill('2');
      await choose(page, 'Importance', '5 · moment of truth');
      await page.locator('input[name="reach"]').fill('85');
      await page.getByRole('combobox', { name: 'Channels' }).click();
      await page.getByRole('option', { name: 'App', exact: true }).click();
      await page.getByRole('button', { name: 'Save' }).click();

      await page.waitForURL(new RegExp(`#/Journey/${journey.id}/show$`));
      await waitForStages(page, ['Booking an appointment', 'Confirmation by text message', 'The visit', 'First readings in the app']);
      const added = page.locator('[data-testid=journey-stage]').nth(1);
      await added.getByRole('img', { name: 'Importance 5 of 5, a moment of truth' }).waitFor();
      await added.getByText('85%', { exact: true }).waitFor();
      await added.getByText('App', { exact: true }).waitFor();

      const saved = await stagesOf(journey.id);
      assert.deepEqual(
        saved.map(stage => [stage.position, stage.name]),
        [
          [1, 'Booking an appointment'],
          [2, 'Confirmation by text message'],
          [3, 'The visit'],
          [4, 'First readings in the app'],
        ],
      );
      assert.equal(saved[1].reach, 0.85, 'the percentage is sent as a fraction');
    });

    test('the regie team moves a stage up, twice', async () => {
      const page = pages.current();
      const journey = await createJourney('Changing my tariff', ['Comparing tariffs', 'Choosing', 'Confirmation']);
      await page.goto(`/#/Journey/${journey.id}/show`);
      await waitForStages(page, ['Comparing tariffs', 'Choosing', 'Confirmation']);
      await page.getByRole('button', { name: 'Move "Comparing tariffs" up' }).and(page.locator(':disabled')).waitFor();

      await page.getByRole('button', { name: 'Move "Confirmation" up' }).click();
      await waitForStages(page, ['Comparing tariffs', 'Confirmation', 'Choosing']);
      // The second move sends the version the first one left (the page reads the stages again).
      await page.getByRole('button', { name: 'Move "Confirmation" up' }).and(page.locator(':enabled')).click();
      await waitForStages(page, ['Confirmation', 'Comparing tariffs', 'Choosing']);
      assert.deepEqual(
        (await stagesOf(journey.id)).map(stage => stage.name),
        ['Confirmation', 'Comparing tariffs', 'Choosing'],
      );
    });

    test('a stale edit of a journey shows the conflict message and changes nothing', async () => {
      const page = pages.current();
      const journey = await createJourney('Paying by direct debit', []);
      await page.goto(`/#/Journey/${journey.id}`);
      const name = page.getByRole('textbox', { name: 'Name' });
      await name.and(page.locator('[value="Paying by direct debit"]')).waitFor();

      // A colleague saves first.
      const { updateJourney: current } = (
        await regie.graphql('mutation ($id: ID!, $version: Int!) { updateJourney(id: $id, version: $version, targetNps: 25) { name targetNps version } }', journey)
      ).data;

      await name.fill('Paying automatically');
      await page.getByRole('button', { name: 'Save' }).click();
      await waitForNotification(page, `Someone else changed this journey (now version ${current.version}). Reload to see their changes; your edit was not saved.`);
      assert.match(page.url(), new RegExp(`#/Journey/${journey.id}$`), 'the form stays open');
      assert.equal(await name.inputValue(), 'Paying automatically', 'the edit is still on screen');
      const { Journey: after } = (await regie.graphql('query ($id: ID!) { Journey(id: $id) { name targetNps version } }', { id: journey.id })).data;
      assert.deepEqual(after, current, 'the stale save changed nothing');
    });
  });

  describe('as a viewer', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.viewer });

    test('a viewer sees the journey page without add, edit or move buttons', async () => {
      const page = pages.current();
      const journey = await journeyByName('Moving house');
      await page.goto('/#/Journey');
      await page.locator('tbody tr', { hasText: 'Moving house' }).locator('td.column-name').click();
      await waitForStages(page, journey.stages.map(stage => stage.name));
      await page.getByRole('link', { name: 'Rianne de Regie' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Add stage' }).count(), 0);
      assert.equal(await page.getByRole('link', { name: 'Edit' }).count(), 0);
      assert.equal(await page.getByRole('button', { name: /^Move / }).count(), 0);
      assert.equal(await page.getByRole('link', { name: /^Edit "/ }).count(), 0);
    });
  });
});
