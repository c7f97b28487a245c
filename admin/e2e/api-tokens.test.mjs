import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ACCOUNTS, pagePerTest, screenshot, startRegie, waitForNotification } from './harness.mjs';

const SECRET_PATTERN = /^rgt_(\d+)_[A-Za-z0-9_-]{43}$/;

describe('API tokens', { timeout: 180_000 }, () => {
  let regie;

  before(async () => {
    regie = await startRegie();
  });

  after(async () => {
    await regie?.stop();
  });

  const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });

  /** Asks the server with the token, as an integration would; resolves to the error code, if any. */
  const refusalWith = async secret => (await regie.graphql('{ allDepartments { id } }', {}, { token: secret, allowErrors: true })).errors?.[0]?.extensions?.code;

  test('the regie team issues a token, sees its secret once, and revokes it', async () => {
    const page = pages.current();
    await page.goto('/#/ApiToken');
    // The list settles first (identity, permissions, rows), so that the button is not re-rendered under the click.
    await page.waitForLoadState('networkidle');
    await page.getByRole('link', { name: 'Issue token' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Survey tool (e2e)');
    await page.getByRole('checkbox', { name: /^responses:write/ }).check();
    await page.getByRole('button', { name: 'Issue token' }).click();

    // The secret, once, with the warning that it will not be shown again.
    const dialog = page.getByRole('dialog');
    await dialog.getByText('it will not be shown again').waitFor();
    const secret = await dialog.getByTestId('api-token-secret').inputValue();
    assert.match(secret, SECRET_PATTERN);
    await dialog.getByRole('button', { name: 'Copy the secret' }).click();
    await dialog.getByText(/Copied to the clipboard|press Ctrl\+C/).waitFor();
    await screenshot(page, 'api-token-secret-dialog');
    assert.equal(await refusalWith(secret), undefined, 'the secret works');

    const issued = (await regie.graphql('{ allApiTokens(filter: { q: "Survey tool (e2e)" }) { id prefix scopes revokedAt } }')).data.allApiTokens[0];
    assert.deepEqual(issued.scopes, ['read', 'responses:write']);
    assert.ok(secret.startsWith(issued.prefix), `${secret} starts with ${issued.prefix}`);
    assert.ok(issued.prefix.length < secret.length - 30, 'the prefix gives little of the secret away');

    // The list: the prefix and the scopes, never the secret.
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.waitForURL(/#\/ApiToken$/);
    const row = page.locator('tbody tr', { hasText: 'Survey tool (e2e)' });
    await row.getByText(issued.prefix, { exact: true }).waitFor();
    await row.getByText('responses:write', { exact: true }).waitFor();
    await row.getByText('Active', { exact: true }).waitFor();
    await row.locator('td.column-expiresAt', { hasText: 'Until revoked' }).waitFor();
    assert.notEqual(await row.locator('td.column-lastUsedAt').textContent(), 'Never', 'it was used above');
    assert.ok(!(await page.content()).includes(secret), 'the list does not hold the secret');

    await row.locator('td.column-name').click();
    await page.waitForURL(new RegExp(`#/ApiToken/${issued.id}/show$`));
    await page.getByText(issued.prefix, { exact: true }).waitFor();
    assert.ok(!(await page.content()).includes(secret), 'the show page does not hold the secret');

    // Revoking asks first, then the token is refused and shown revoked.
    await page.goto('/#/ApiToken');
    await row.getByText('Active', { exact: true }).waitFor();
    await screenshot(page, 'api-token-list');
    await row.getByRole('button', { name: 'Revoke' }).click();
    const confirm = page.getByRole('dialog');
    await confirm.getByText('Revoke the API token "Survey tool (e2e)"?').waitFor();
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    await waitForNotification(page, 'API token "Survey tool (e2e)" revoked');
    await row.getByText('Revoked', { exact: true }).waitFor();
    assert.equal(await row.getByRole('button', { name: 'Revoke' }).count(), 0, 'a revoked token cannot be revoked again');
    assert.match(page.url(), /#\/ApiToken$/, 'revoking from the row stays on the list');
    assert.equal(await refusalWith(secret), 'UNAUTHENTICATED');
    const revoked = (await regie.graphql(`{ ApiToken(id: "${issued.id}") { revokedAt } }`)).data.ApiToken;
    assert.ok(revoked.revokedAt);
  });

  test('a token bound to a department works through the last day chosen', async () => {
    const page = pages.current();
    await page.goto('/#/ApiToken/create');
    await page.getByRole('textbox', { name: 'Name' }).fill('Marketing planning tool (e2e)');
    await page.getByRole('combobox', { name: 'Department' }).click();
    await page.getByRole('option', { name: 'Marketing (MKT)', exact: true }).click();
    const lastDay = new Date(Date.now() + 30 * 86_400_000);
    const pad = n => String(n).padStart(2, '0');
    await page.getByLabel('Valid until').fill(`${lastDay.getFullYear()}-${pad(lastDay.getMonth() + 1)}-${pad(lastDay.getDate())}`);
    await page.getByRole('button', { name: 'Issue token' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
    await page.waitForURL(/#\/ApiToken$/);
    const row = page.locator('tbody tr', { hasText: 'Marketing planning tool (e2e)' });
    await row.locator('td.column-departmentId', { hasText: 'Marketing (MKT)' }).waitFor();
    await row.locator('td.column-expiresAt', { hasText: String(lastDay.getFullYear()) }).waitFor();

    const { expiresAt, departmentId } = (await regie.graphql('{ allApiTokens(filter: { q: "Marketing planning tool (e2e)" }) { expiresAt departmentId } }')).data.allApiTokens[0];
    const endOfDay = new Date(lastDay.getFullYear(), lastDay.getMonth(), lastDay.getDate(), 23, 59, 59, 999);
    assert.equal(new Date(expiresAt).getTime(), endOfDay.getTime(), 'the end of that day, where the browser is');
    const marketing = (await regie.graphql('{ allDepartments(filter: { code: "MKT" }) { id } }')).data.allDepartments[0];
    assert.equal(departmentId, marketing.id);
  });

  test('a token needs a name and a scope', async () => {
    const page = pages.current();
    await page.goto('/#/ApiToken/create');
    await page.getByRole('checkbox', { name: /^read/ }).uncheck();
    await page.getByRole('button', { name: 'Issue token' }).click();
    await page.locator('.ra-input-name .Mui-error').first().waitFor();
    await page.locator('.ra-input-scopes', { hasText: 'Choose at least one scope' }).waitFor();
    assert.match(page.url(), /#\/ApiToken\/create$/);
  });
});
