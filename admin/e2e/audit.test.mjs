import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ACCOUNTS, pagePerTest, screenshot, startRegie } from './harness.mjs';

/** Picks an option of a react-admin SelectInput by its label. */
async function choose(page, label, option) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A local calendar day as DateInput takes it, `days` from today. */
function day(days) {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = n => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Waits until the list shows exactly these operations, top to bottom. */
async function waitForOperations(page, operations) {
  await page.waitForFunction(
    expected => [...document.querySelectorAll('tbody td.column-operation')].map(td => td.textContent).join(',') === expected,
    operations.join(','),
  );
}

describe('audit trail', { timeout: 180_000 }, () => {
  let regie;

  before(async () => {
    regie = await startRegie();
  });

  after(async () => {
    await regie?.stop();
  });

  const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });

  test('the trail lists changes newest first, filters them and shows before and after', async () => {
    const { createPerson: person } = (
      await regie.graphql('mutation { createPerson(name: "Fleur Fontein", email: "fleur.fontein@e2e.regie", role: VIEWER) { id version } }')
    ).data;
    await regie.graphql('mutation ($id: ID!, $version: Int!) { updatePerson(id: $id, version: $version, name: "Fleur Fontein-Smit") { id } }', person);

    const page = pages.current();
    await page.goto('/#/AuditEntry');
    await page.locator('tbody tr').first().waitFor();
    await choose(page, 'Type', 'Person');
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('menu').getByText('Record id', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Record id' }).fill(person.id);
    // Newest first: the rename, then the creation.
    await waitForOperations(page, ['updatePerson', 'createPerson']);
    const first = page.locator('tbody tr').first();
    // People by name, their email on hover (DESIGN §1); the email is not in the table itself.
    const actor = first.locator('td.column-actorName').getByText('Rianne de Regie', { exact: true });
    await actor.waitFor();
    assert.equal(await actor.getAttribute('title'), ACCOUNTS.regie);
    assert.equal(await first.getByText(ACCOUNTS.regie).count(), 0);
    await actor.hover();
    await page.getByRole('tooltip').filter({ hasText: ACCOUNTS.regie }).waitFor();
    await page.mouse.move(0, 0);
    await first.getByText('Updated', { exact: true }).waitFor();
    await first.getByText('name', { exact: true }).waitFor();
    await screenshot(page, 'audit-trail-list');

    // A range in the past holds none of today's changes; one ending today holds them.
    await page.getByLabel('From').fill(day(-30));
    await page.getByLabel('Until').fill(day(-20));
    await page.getByText('No Audit trail found using the current filters.').waitFor();
    await page.getByLabel('Until').fill(day(0));
    await waitForOperations(page, ['updatePerson', 'createPerson']);
    assert.match(page.url(), /at_gte/);

    await page.getByRole('textbox', { name: 'Operation' }).fill('updatePerson');
    await waitForOperations(page, ['updatePerson']);

    // The entry itself: who, what, and each changed field before and after.
    await page.locator('tbody tr').first().locator('td.column-operation').click();
    await page.waitForURL(/#\/AuditEntry\/\d+\/show$/);
    const changes = page.getByTestId('audit-changes');
    const nameRow = changes.locator('tr', { hasText: 'name' });
    await nameRow.getByText('Fleur Fontein', { exact: true }).waitFor();
    await nameRow.getByText('Fleur Fontein-Smit', { exact: true }).waitFor();
    await page.getByRole('link', { name: `Person ${person.id}` }).waitFor();
    const who = page.locator('.ra-field-actorName').getByText('Rianne de Regie', { exact: true });
    await who.waitFor();
    assert.equal(await who.getAttribute('title'), ACCOUNTS.regie);
    // From the keyboard: tabbing back onto the name shows the email too.
    await who.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    assert.equal(await who.evaluate(element => element === document.activeElement), true);
    await page.getByRole('tooltip').filter({ hasText: ACCOUNTS.regie }).waitFor();
  });

  test("an integration's token is named as it is, without an email; maturity assessments are among the audited types", async () => {
    const departments = (await regie.graphql('{ allDepartments(perPage: 100) { id code } }')).data.allDepartments;
    const bil = departments.find(d => d.code === 'BIL');
    const { issueApiToken } = (
      await regie.graphql('mutation ($departmentId: ID!) { issueApiToken(name: "Planning sync", scopes: ["initiatives:write"], departmentId: $departmentId) { secret } }', { departmentId: bil.id })
    ).data;
    const { createInitiative } = (
      await regie.graphql(
        'mutation ($departmentId: ID!) { createInitiative(title: "Synced from the planning tool", departmentId: $departmentId, pillar: OMNICHANNEL, effort: 2, confidence: 0.5) { id } }',
        { departmentId: bil.id },
        { token: issueApiToken.secret },
      )
    ).data;

    const page = pages.current();
    await page.goto('/#/AuditEntry');
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('menu').getByText('Record id', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Record id' }).fill(createInitiative.id);
    await choose(page, 'Type', 'Initiative');
    await waitForOperations(page, ['createInitiative']);
    const actor = page.locator('tbody tr').first().locator('td.column-actorName [data-testid=actor]');
    assert.equal(await actor.textContent(), 'Planning sync');
    assert.equal(await actor.getAttribute('title'), null, 'a token has no email');

    // The type filter offers every audited type by its name, a maturity assessment among them.
    await page.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Maturity assessment', exact: true }).waitFor();
    await page.keyboard.press('Escape');
  });
});
