import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ACCOUNTS, pagePerTest, screenshot, signInThroughForm, startRegie, waitForNotification } from './harness.mjs';

const PERSON_FIELDS = 'id name email role departmentId active version';

/** Picks an option of a react-admin SelectInput by its label. */
async function choose(page, label, option) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The names in the list's rows, top to bottom. */
const namesOnPage = page => page.locator('tbody td.column-name').allTextContents();

describe('people', { timeout: 180_000 }, () => {
  let regie;

  before(async () => {
    regie = await startRegie();
  });

  after(async () => {
    await regie?.stop();
  });

  const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });

  const personByEmail = async email =>
    (await regie.graphql(`query ($email: String!) { allPeople(filter: { email: $email }) { ${PERSON_FIELDS} } }`, { email })).data.allPeople[0];
  const createPerson = async (name, email, password) =>
    (
      await regie.graphql(
        `mutation ($name: String!, $email: String!, $password: String) { createPerson(name: $name, email: $email, role: VIEWER, password: $password) { ${PERSON_FIELDS} } }`,
        { name, email, password },
      )
    ).data.createPerson;
  /** Whether the API accepts this email and password. */
  const canSignIn = async (email, password) =>
    !(await regie.graphql('mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }', { email, password }, { as: null, allowErrors: true })).errors;

  test('the regie team creates a department lead, who can then sign in', async () => {
    let page = pages.current();
    await page.goto('/#/Person');
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Bram Bakker');
    await page.getByRole('textbox', { name: 'Email' }).fill('bram.bakker@e2e.regie');
    await choose(page, 'Role', 'Department lead');
    await choose(page, 'Department', 'Billing (BIL)');
    await page.locator('input[name="password"]').fill('bram-first-password');
    await screenshot(page, 'person-create-form');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/Person$/);
    const row = page.locator('tbody tr', { hasText: 'Bram Bakker' });
    await row.getByText('Department lead').waitFor();
    await row.getByText('Billing (BIL)').waitFor();
    const saved = await personByEmail('bram.bakker@e2e.regie');
    assert.equal(saved.role, 'DEPARTMENT_LEAD');
    assert.equal(saved.active, true);

    page = await pages.replace();
    await signInThroughForm(page, 'bram.bakker@e2e.regie', 'bram-first-password');
    await page.locator('header').getByText('Bram Bakker').waitFor();
    await page.getByTestId('signed-in-role').filter({ hasText: /^Department lead · BIL$/ }).waitFor();
    await page.locator('tbody tr', { hasText: 'Billing' }).first().waitFor();
  });

  test('a lead needs a department, and a taken email is refused under its input', async () => {
    const page = pages.current();
    await page.goto('/#/Person/create');
    await page.getByRole('textbox', { name: 'Name' }).fill('Carlos Again');
    await page.getByRole('textbox', { name: 'Email' }).fill(ACCOUNTS.leadCs);
    await choose(page, 'Role', 'Department lead');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.ra-input-departmentId .Mui-error', { hasText: 'A department lead needs a department' }).first().waitFor();

    await choose(page, 'Department', 'Customer Service (CS)');
    await page.getByRole('button', { name: 'Save' }).click();
    const message = 'email is already used by another person';
    await page.locator('.ra-input-email .MuiFormHelperText-root.Mui-error', { hasText: message }).waitFor();
    assert.match(page.url(), /#\/Person\/create$/);
  });

  test('the list filters by role and department', async () => {
    const page = pages.current();
    await page.goto('/#/Person');
    await page.locator('tbody tr').first().waitFor();
    await choose(page, 'Role', 'Department lead');
    await choose(page, 'Department', 'Customer Service (CS)');
    await page.waitForFunction(() => [...document.querySelectorAll('tbody td.column-name')].map(td => td.textContent).join(',') === 'Carlos Smit');
    assert.deepEqual(await namesOnPage(page), ['Carlos Smit']);
    assert.match(page.url(), /filter=.*DEPARTMENT_LEAD/);
  });

  test('editing a person keeps their password unless a new one is given', async () => {
    const person = await createPerson('Dana de Vries', 'dana.devries@e2e.regie', 'dana-first-password');
    const page = pages.current();
    await page.goto(`/#/Person/${person.id}`);
    const name = page.getByRole('textbox', { name: 'Name' });
    await name.and(page.locator('[value="Dana de Vries"]')).waitFor();
    await name.fill('Dana de Vries-Jansen');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/Person$/);
    await page.locator('tbody tr', { hasText: 'Dana de Vries-Jansen' }).waitFor();
    assert.ok(await canSignIn('dana.devries@e2e.regie', 'dana-first-password'), 'the old password still works');

    await page.goto(`/#/Person/${person.id}`);
    await name.and(page.locator('[value="Dana de Vries-Jansen"]')).waitFor();
    await page.locator('input[name="password"]').fill('dana-second-password');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/Person$/);
    assert.ok(await canSignIn('dana.devries@e2e.regie', 'dana-second-password'), 'the new password works');
    assert.ok(!(await canSignIn('dana.devries@e2e.regie', 'dana-first-password')), 'the old password no longer works');
  });

  test('a person changes their own password', async () => {
    await createPerson('Eva Evers', 'eva.evers@e2e.regie', 'eva-first-password');
    const page = await pages.replace();
    await signInThroughForm(page, 'eva.evers@e2e.regie', 'eva-first-password');
    await page.locator('header').getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    await page.waitForURL(/#\/account\/password$/);

    await page.locator('input[name="currentPassword"]').fill('not-my-password');
    await page.locator('input[name="newPassword"]').fill('eva-second-password');
    await page.locator('input[name="repeatPassword"]').fill('eva-second-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('.ra-input-currentPassword .Mui-error', { hasText: 'currentPassword is not your current password' }).first().waitFor();

    await page.locator('input[name="currentPassword"]').fill('eva-first-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await waitForNotification(page, 'Your password has been changed');
    assert.ok(await canSignIn('eva.evers@e2e.regie', 'eva-second-password'));
    // The change ended the old session; the page signed in again with the new password, so she stays in.
    await page.goto(page.url().replace(/#.*$/, '#/Initiative'));
    await page.locator('header').getByRole('button', { name: 'Profile' }).waitFor();
    assert.doesNotMatch(page.url(), /login/);
  });
});
