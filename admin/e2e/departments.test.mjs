import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { ACCOUNTS, pagePerTest, screenshot, startRegie, waitForNotification } from './harness.mjs';

const SEEDED = { BIL: 'Billing', CS: 'Customer Service', DIG: 'Digital', OPS: 'Field Operations', MKT: 'Marketing', SAL: 'Sales' };
const FIELDS = 'id name code description version leadId capacities { quarter personWeeks }';

/** The codes in the list's rows, top to bottom. */
const codesOnPage = page => page.locator('tbody td.column-code').allTextContents();

/** Waits until the list shows exactly these codes in this order (lists keep old rows while loading). */
async function waitForCodes(page, codes) {
  await page
    .waitForFunction(expected => [...document.querySelectorAll('tbody td.column-code')].map(td => td.textContent).join(',') === expected, codes.join(','))
    .catch(async error => {
      throw new Error(`Expected the rows ${codes.join(',')}, saw ${(await codesOnPage(page)).join(',')}: ${error.message}`);
    });
}

// Signed in as the regie team, who manage departments. A safety net: every wait below has its own 10 s limit.
describe('departments', { timeout: 180_000 }, () => {
  let regie;
  let page;

  before(async () => {
    regie = await startRegie();
  });

  after(async () => {
    await regie?.stop();
  });

  const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });
  beforeEach(() => {
    page = pages.current();
  });

  const departments = async (args = '') => (await regie.graphql(`{ allDepartments(perPage: 500${args}) { ${FIELDS} } }`)).data.allDepartments;
  const department = async id => (await regie.graphql(`query ($id: ID!) { Department(id: $id) { ${FIELDS} } }`, { id })).data.Department;
  const createDepartment = async (name, code) =>
    (await regie.graphql(`mutation ($name: String!, $code: String!) { createDepartment(name: $name, code: $code) { ${FIELDS} } }`, { name, code })).data
      .createDepartment;

  test('the list shows the six demo departments', async () => {
    await page.goto('/#/Department');
    for (const [code, name] of Object.entries(SEEDED)) {
      await page.locator('tbody tr', { hasText: name }).locator('td.column-code', { hasText: code }).waitFor();
    }
    const total = (await departments()).length;
    await page.getByText(`1-${total} of ${total}`).waitFor();
  });

  test('searching "serv" narrows the list', async () => {
    await page.goto('/#/Department');
    await page.locator('tbody tr').first().waitFor();
    await page.getByPlaceholder('Search').fill('serv');
    const expected = (await departments(', sortField: "name", filter: { q: "serv" }')).map(d => d.code);
    assert.ok(expected.includes('CS') && expected.includes('DIG') && !expected.includes('SAL'), `server matched ${expected}`);
    await waitForCodes(page, expected);
    assert.match(page.url(), /filter=.*serv/);
  });

  test('sorting by code orders the rows as the server does', async () => {
    await page.goto('/#/Department');
    await page.locator('tbody tr').first().waitFor();
    await page.locator('th.column-code [role=button]').click();
    const ascending = (await departments(', sortField: "code", sortOrder: "ASC"')).map(d => d.code);
    assert.deepEqual(
      ascending.filter(code => code in SEEDED),
      ['BIL', 'CS', 'DIG', 'MKT', 'OPS', 'SAL'],
    );
    await waitForCodes(page, ascending);
    await page.locator('th.column-code [role=button]').click();
    await waitForCodes(page, [...ascending].reverse());
  });

  test('a department created through the form is listed and shown', async () => {
    await page.goto('/#/Department/create');
    await page.getByLabel('Name').fill('Product Management');
    await page.getByLabel('Code').fill('prd');
    await page.getByLabel('Description').fill('Tariffs, bundles and the product catalogue.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/Department$/);
    const row = page.locator('tbody tr', { hasText: 'Product Management' });
    await row.locator('td.column-code', { hasText: 'PRD' }).waitFor();
    const saved = (await departments()).find(d => d.code === 'PRD');
    assert.equal(saved?.name, 'Product Management');
    assert.equal(saved?.description, 'Tariffs, bundles and the product catalogue.');

    await row.click();
    await page.waitForURL(new RegExp(`#/Department/${saved.id}/show$`));
    await page.locator('.ra-field-description', { hasText: 'Tariffs, bundles and the product catalogue.' }).waitFor();
    await page.locator('.ra-field-version', { hasText: '1' }).waitFor();
  });

  test('editing a department saves the change and its version', async () => {
    const before = await createDepartment('Complaints Desk', 'CMP');
    await page.goto(`/#/Department/${before.id}`);
    const name = page.getByLabel('Name');
    await name.and(page.locator('[value="Complaints Desk"]')).waitFor();
    await name.fill('Complaints and Escalations');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/Department$/);
    await page.locator('tbody tr', { hasText: 'Complaints and Escalations' }).waitFor();
    const after = await department(before.id);
    assert.equal(after.name, 'Complaints and Escalations');
    assert.equal(after.version, before.version + 1);
  });

  test('a stale edit is refused with a clear notification and changes nothing', async () => {
    const original = await createDepartment('Partnerships', 'PRT');
    await page.goto(`/#/Department/${original.id}`);
    const name = page.getByLabel('Name');
    await name.and(page.locator('[value="Partnerships"]')).waitFor();

    // A colleague saves first.
    await regie.graphql('mutation ($id: ID!, $version: Int!) { updateDepartment(id: $id, version: $version, description: "Changed by a colleague") { version } }', {
      id: original.id,
      version: original.version,
    });
    const current = await department(original.id);

    await name.fill('Partner Management');
    await page.getByRole('button', { name: 'Save' }).click();
    await waitForNotification(page, `Someone else changed this department (now version ${current.version}). Reload to see their changes; your edit was not saved.`);
    await page.getByRole('button', { name: 'Save' }).and(page.locator(':enabled')).waitFor();
    assert.match(page.url(), new RegExp(`#/Department/${original.id}$`), 'the form stays open');
    assert.equal(await name.inputValue(), 'Partner Management', 'the edit is still on screen');
    assert.deepEqual(await department(original.id), current, 'the stale save changed nothing');
  });

  test('a duplicate code on create shows the server message', async () => {
    const countBefore = (await departments()).length;
    await page.goto('/#/Department/create');
    await page.getByLabel('Name').fill('Customer Support');
    await page.getByLabel('Code').fill('cs');
    await page.getByRole('button', { name: 'Save' }).click();
    const message = 'code is already used by another department';
    await waitForNotification(page, message);
    // The message also sits under the Code input, in place of its helper text.
    await page.locator('.ra-input-code .MuiFormHelperText-root.Mui-error', { hasText: message }).waitFor();
    assert.match(page.url(), /#\/Department\/create$/);
    assert.equal((await departments()).length, countBefore);
    await screenshot(page, 'duplicate-code-refused');

    // The server's field error must not block a corrected save.
    await page.getByLabel('Code').fill('CSUP');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/Department$/);
    await page.locator('tbody tr', { hasText: 'Customer Support' }).locator('td.column-code', { hasText: 'CSUP' }).waitFor();
    assert.equal((await departments()).length, countBefore + 1);
  });

  test("the regie team sets a department's lead and a quarter's capacity, and sees both on its page", async () => {
    const created = await createDepartment('Energy Transition', 'ETR');
    // A department's lead is a person of it or of none (the server refuses another department's):
    // someone new, so that no demo account changes department.
    const { createPerson: eva } = (
      await regie.graphql('mutation { createPerson(name: "Eva Transitie", email: "eva.transitie@e2e.regie", role: VIEWER) { id } }')
    ).data;
    await page.goto(`/#/Department/${created.id}`);
    await page.getByLabel('Name').and(page.locator('[value="Energy Transition"]')).waitFor();
    await page.getByRole('combobox', { name: 'Lead' }).fill('Eva');
    await page.getByRole('option', { name: 'Eva Transitie' }).click();
    await page.locator('.ra-input-capacities').getByRole('button', { name: 'Add' }).click();
    await page.locator('input[name="capacities.0.quarter"]').fill('2027-Q5');
    await page.locator('input[name="capacities.0.personWeeks"]').fill('12.5');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.ra-input-capacities .Mui-error', { hasText: 'A quarter such as 2027-Q1' }).first().waitFor();
    await page.locator('input[name="capacities.0.quarter"]').fill('2027-Q1');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/Department$/);

    let saved = await department(created.id);
    assert.equal(saved.leadId, eva.id);
    assert.deepEqual(saved.capacities, [{ quarter: '2027-Q1', personWeeks: 12.5 }]);

    await page.goto(`/#/Department/${created.id}/show`);
    await page.locator('.ra-field-leadId').getByRole('link', { name: 'Eva Transitie' }).waitFor();
    const capacities = page.getByTestId('department-capacities');
    await capacities.locator('tbody tr', { hasText: '2027-Q1' }).getByText('12.5', { exact: true }).waitFor();

    // A second edit sends the capacities it read back, as plain quarter and person-weeks.
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.locator('input[name="capacities.0.quarter"]').and(page.locator('[value="2027-Q1"]')).waitFor();
    await page.locator('input[name="capacities.0.personWeeks"]').fill('14');
    await page.locator('.ra-input-capacities').getByRole('button', { name: 'Add' }).click();
    await page.locator('input[name="capacities.1.quarter"]').fill('2027-Q2');
    await page.locator('input[name="capacities.1.personWeeks"]').fill('16');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/Department$/);
    saved = await department(created.id);
    assert.deepEqual(saved.capacities, [
      { quarter: '2027-Q1', personWeeks: 14 },
      { quarter: '2027-Q2', personWeeks: 16 },
    ]);
    await page.goto(`/#/Department/${created.id}/show`);
    await capacities.locator('tbody tr', { hasText: '2027-Q2' }).getByText('16', { exact: true }).waitFor();
  });
});
