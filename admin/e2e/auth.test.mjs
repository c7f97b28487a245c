import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ACCOUNTS, menuEntries, pagePerTest, SESSION_KEY, signInThroughForm, startRegie, waitForNotification } from './harness.mjs';

/** The app bar's text: the signed-in person's name and role. */
const appBar = page => page.locator('header');

/**
 * The menu everyone signed in sees: the home dashboard, the shared picture of initiatives and
 * their roadmap, plan, silo detector and CX maturity, journeys and KPIs, the governance log and
 * the scoring model (DESIGN §5: every role reads everything).
 */
const READER_MENU = [
  'Home',
  'Initiatives',
  'Roadmap',
  'Quarter plan',
  'Silo detector',
  'CX maturity',
  'Journeys',
  'Journey stages',
  'NPS',
  'Survey responses',
  'Departments',
  'KPIs',
  'KPI measurements',
  'Channels',
  'Segments',
  'Decision log',
  'Scoring model',
  'People',
];
/** The regie team's: the same, with the CSV import of survey responses and the administration pages. */
const REGIE_MENU = [
  'Home',
  'Initiatives',
  'Roadmap',
  'Quarter plan',
  'Silo detector',
  'CX maturity',
  'Journeys',
  'Journey stages',
  'NPS',
  'Survey responses',
  'Import responses',
  'Departments',
  'KPIs',
  'KPI measurements',
  'Channels',
  'Segments',
  'Decision log',
  'Scoring model',
  'People',
  'API tokens',
  'Audit trail',
];

async function waitForSignedIn(page, name, role) {
  await appBar(page).getByText(name).waitFor();
  await page.getByTestId('signed-in-role').filter({ hasText: new RegExp(`^${role}$`) }).waitFor();
}

/** Waits for the login page to be shown (and not only the URL: checkAuth may still be running). */
async function waitForLoginPage(page) {
  await page.waitForURL(/#\/login$/);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
}

describe('signing in and who sees what', { timeout: 180_000 }, () => {
  let regie;

  before(async () => {
    regie = await startRegie();
  });

  after(async () => {
    await regie?.stop();
  });

  describe('signed out', () => {
    const pages = pagePerTest(() => regie);

    test('a wrong password is refused with the server message', async () => {
      const page = pages.current();
      await page.goto('/');
      await waitForLoginPage(page);
      await signInThroughForm(page, ACCOUNTS.leadMkt, 'not-the-password');
      await waitForNotification(page, 'Wrong email or password');
      assert.match(page.url(), /#\/login$/);
      assert.equal(await page.evaluate(key => localStorage.getItem(key), SESSION_KEY), null);
    });

    test('the regie team signs in and sees their name, role and administration menus', async () => {
      const page = pages.current();
      await signInThroughForm(page, ACCOUNTS.regie);
      await waitForSignedIn(page, 'Rianne de Regie', 'Regie team');
      // The landing page is the home dashboard (the first menu entry), the regie team's cockpit.
      await page.waitForURL(/#\/$/);
      await page.locator('[data-testid=dashboard][data-role=REGIE]').waitFor();
      assert.deepEqual(await menuEntries(page), REGIE_MENU);
      assert.match(await page.locator('.RaMenu-open [role=menuitem], .RaMenu-closed [role=menuitem]').first().getAttribute('class'), /RaMenuItemLink-active/);
      // The administration the regie team may do shows in its pages, e.g. creating a department.
      await page.getByRole('menuitem', { name: 'Departments' }).click();
      await page.waitForURL(/#\/Department$/);
      await page.locator('tbody tr').first().waitFor();
      await page.getByRole('link', { name: 'Create' }).waitFor();
    });

    test('an invalid token in storage sends the user to the login page', async () => {
      const { person } = await regie.signIn(ACCOUNTS.regie);
      const page = await pages.replace({ session: { token: 'not-a-valid-token', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), person } });
      await page.goto('/#/Department');
      await waitForLoginPage(page);
      await waitForNotification(page, 'Invalid credentials; sign in again');
      assert.equal(await page.evaluate(key => localStorage.getItem(key), SESSION_KEY), null);
    });

    test('an expired session sends the user to the login page', async () => {
      const session = await regie.signIn(ACCOUNTS.regie);
      const page = await pages.replace({ session: { ...session, expiresAt: new Date(Date.now() - 60_000).toISOString() } });
      await page.goto('/#/Department');
      await waitForLoginPage(page);
      await waitForNotification(page, 'Your session has expired; sign in again');
      assert.equal(await page.evaluate(key => localStorage.getItem(key), SESSION_KEY), null);
    });
  });

  describe('as the regie team', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });

    test('signing out returns to the login page, and a reload stays signed out', async () => {
      const page = pages.current();
      await page.goto('/#/Department');
      await waitForSignedIn(page, 'Rianne de Regie', 'Regie team');
      await page.locator('tbody tr').first().waitFor();
      await appBar(page).getByRole('button', { name: 'Profile' }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await waitForLoginPage(page);
      assert.equal(await page.evaluate(key => localStorage.getItem(key), SESSION_KEY), null);

      await page.reload();
      await waitForLoginPage(page);
      await page.goto('/#/Department');
      await waitForLoginPage(page);
      assert.equal(await page.getByText('Rianne de Regie').count(), 0);
      assert.equal(await page.locator('tbody tr').count(), 0, 'no department data on screen');
    });
  });

  describe('as a viewer', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.viewer });

    test('a viewer reads departments but sees no create, edit or administration', async () => {
      const page = pages.current();
      await page.goto('/#/Department');
      await waitForSignedIn(page, 'Vera Visser', 'Viewer');
      await page.locator('tbody tr', { hasText: 'Customer Service' }).waitFor();
      assert.deepEqual(await menuEntries(page), READER_MENU);
      assert.equal(await page.getByRole('link', { name: 'Create' }).count(), 0);
      assert.equal(await page.locator('tbody input[type=checkbox]').count(), 0, 'no bulk delete');

      await page.locator('tbody tr', { hasText: 'Customer Service' }).click();
      await page.waitForURL(/#\/Department\/\d+\/show$/);
      await page.locator('.ra-field-code', { hasText: 'CS' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Edit' }).count(), 0);
    });

    test('a viewer who types an administration address is refused', async () => {
      const page = pages.current();
      for (const address of ['/#/Department/create', '/#/Person/create', '/#/ApiToken', '/#/AuditEntry']) {
        await page.goto(address);
        await page.getByText('Access denied').first().waitFor();
      }
      assert.equal(await page.getByLabel('Name').count(), 0);
    });
  });

  describe('as a department lead', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.leadCs });

    test('a department lead sees departments read-only', async () => {
      const page = pages.current();
      await page.goto('/#/Department');
      await waitForSignedIn(page, 'Carlos Smit', 'Department lead · CS');
      await page.locator('tbody tr', { hasText: 'Customer Service' }).waitFor();
      assert.deepEqual(await menuEntries(page), READER_MENU);
      assert.equal(await page.getByRole('link', { name: 'Create' }).count(), 0);

      await page.locator('tbody tr', { hasText: 'Customer Service' }).click();
      await page.waitForURL(/#\/Department\/\d+\/show$/);
      await page.locator('.ra-field-code', { hasText: 'CS' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Edit' }).count(), 0, 'not even their own department');
    });
  });
});
