import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ACCOUNTS, pagePerTest, screenshot, startRegie, waitForNotification } from './harness.mjs';

const TITLE = 'Callback promise kept at the first call';
const IMPACT_FIELDS = 'stageId level rationale stage { name journey { name } }';

/** Picks an option of a react-admin SelectInput by its label. */
async function choose(page, label, option) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Fills one row of the stage-impact editor: the stage found by typing, its level and why. */
async function addImpact(page, index, { stage, level, rationale }) {
  await page.getByRole('button', { name: 'Add a stage impact' }).click();
  await page.locator(`input[name="impacts.${index}.stageId"]`).fill(stage);
  await page.getByRole('option', { name: stage, exact: true }).click();
  await page.getByRole('combobox', { name: 'Impact' }).nth(index).click();
  await page.getByRole('option', { name: level, exact: true }).click();
  await page.locator(`input[name="impacts.${index}.rationale"]`).fill(rationale);
}

/**
 * A screenshot from the top of the page: scrolled down (to a Save button), react-admin slides its
 * app bar away, and a full-page picture would show the page without it.
 */
async function snap(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => {
    const bar = document.querySelector('header');
    return bar && bar.getBoundingClientRect().top === 0 && getComputedStyle(bar).visibility !== 'hidden';
  });
  await screenshot(page, name);
}

/**
 * The decision history on the initiative page, newest first, as "action|who|email|reason" rows:
 * people by name (DESIGN §1), their email in the name's title (the tooltip's text while closed).
 */
const historyRows = page =>
  page.getByTestId('decision-history').locator('tbody tr').evaluateAll(rows =>
    rows.map(row =>
      [
        row.querySelector('.column-action')?.textContent,
        row.querySelector('.column-actorName')?.textContent,
        row.querySelector('.column-actorName [data-testid=actor]')?.getAttribute('title') ?? '',
        row.querySelector('.column-reason')?.textContent,
      ].join('|'),
    ),
  );

/** How many transition buttons and other writing actions the initiative page offers. */
async function writeButtons(page) {
  const counts = await Promise.all([
    page.getByTestId('transition-buttons').getByRole('button').count(),
    page.getByRole('link', { name: 'Edit' }).count(),
    page.getByRole('button', { name: 'Delete' }).count(),
    page.getByRole('button', { name: /^(Pin rank|Change rank|Unpin)$/ }).count(),
  ]);
  return counts.reduce((sum, count) => sum + count, 0);
}

// The acceptance scenario of the initiative workflow (DESIGN §1, §5): a department lead registers
// an initiative through the stage-impact editor and submits it, the regie team approves it, and
// who may do what shows in the buttons. The tests run in order: later ones read what earlier made.
describe('initiatives', { timeout: 120_000 }, () => {
  let regie;
  let cs;
  let mkt;
  let initiativeId;

  before(async () => {
    regie = await startRegie();
    const { allDepartments } = (await regie.graphql('{ allDepartments(perPage: 500) { id code } }')).data;
    cs = allDepartments.find(d => d.code === 'CS');
    mkt = allDepartments.find(d => d.code === 'MKT');
  });

  after(async () => {
    await regie?.stop();
  });

  describe('as the lead of Customer Service', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.leadCs });

    test('a lead registers an initiative touching two journeys and submits it for review', async () => {
      const page = pages.current();
      await page.goto('/#/Initiative/create');
      // Their own department, and no other.
      const department = page.getByRole('combobox', { name: 'Department', exact: true });
      await department.and(page.locator('[value="Customer Service (CS)"]')).waitFor();
      assert.equal(await department.isEditable(), false);

      await page.getByLabel('Title').fill(TITLE);
      await page.getByLabel('Description').fill('The agent books a callback slot in the first call, and the system keeps the promise.');
      await choose(page, 'Pillar', 'Omnichannel');
      await page.getByLabel('Effort (person-weeks)').fill('20000');
      const confidence = page.getByRole('slider');
      await confidence.focus();
      for (let i = 0; i < 4; i += 1) await confidence.press('ArrowRight');
      await page.getByTestId('confidence-value').filter({ hasText: '70%' }).waitFor();
      await page.getByRole('radio', { name: '4' }).check();
      await choose(page, 'Target quarter', '2027-Q2');
      await page.getByRole('combobox', { name: 'Contributing departments' }).fill('Digi');
      await page.getByRole('option', { name: 'Digital (DIG)' }).click();
      await page.keyboard.press('Escape');
      await addImpact(page, 0, { stage: 'Asking a question', level: 'High · 2', rationale: 'Customers with a bill question stop waiting on hold.' });
      await addImpact(page, 1, { stage: 'Status updates', level: 'Medium · 1', rationale: 'A kept callback is the status update they wait for.' });
      await page.getByRole('combobox', { name: 'Stage' }).first().and(page.locator('[value="Understanding my bill › Asking a question"]')).waitFor();
      await page.getByRole('combobox', { name: 'Stage' }).nth(1).and(page.locator('[value="Reporting an outage › Status updates"]')).waitFor();

      // The server's input error (at most 10 000 person-weeks) lands under its input; nothing is saved.
      await page.getByRole('button', { name: 'Save' }).click();
      await page.locator('.ra-input-effort .Mui-error', { hasText: 'effort must not be greater than 10000' }).first().waitFor();
      assert.match(page.url(), /#\/Initiative\/create$/);
      await snap(page, 'initiative-create-form-with-a-server-error-under-effort');
      await page.getByLabel('Effort (person-weeks)').fill('6');
      await page.getByRole('button', { name: 'Save' }).click();

      // Its page: the facts, the impacts under their journeys, and the next step for its lead.
      await page.waitForURL(/#\/Initiative\/\d+\/show$/);
      initiativeId = page.url().match(/Initiative\/(\d+)\/show/)[1];
      await page.getByTestId('initiative-title').filter({ hasText: TITLE }).waitFor();
      const impacts = page.getByTestId('stage-impacts');
      await impacts.getByText('Understanding my bill', { exact: true }).waitFor();
      await impacts.getByText('Reporting an outage', { exact: true }).waitFor();
      await impacts.getByTestId('stage-impact').filter({ hasText: 'Asking a question' }).getByText('High · 2').waitFor();
      await impacts.getByTestId('stage-impact').filter({ hasText: 'Status updates' }).getByText('Medium · 1').waitFor();
      await page.getByText('Digital (DIG)').waitFor();
      await page.locator('[data-status=PROPOSED]').waitFor();
      // Their own proposal: they may edit and delete it, not pin it.
      await page.getByRole('link', { name: 'Edit' }).waitFor();
      await page.getByRole('button', { name: 'Delete' }).waitFor();
      assert.equal(await writeButtons(page), 3, 'submit, edit and delete');
      await snap(page, 'initiative-registered-by-the-lead');

      await page.getByRole('button', { name: 'Submit for review' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Reason (optional)').fill('Impacts and effort agreed with the team leads.');
      await snap(page, 'initiative-submit-dialog');
      await dialog.getByRole('button', { name: 'Submit for review' }).click();
      await waitForNotification(page, 'Initiative submitted for review');
      await page.getByTestId('transition-buttons').getByRole('button', { name: 'Withdraw' }).waitFor();
      await page.locator('h1 ~ div [data-status=UNDER_REVIEW]').waitFor();
      assert.deepEqual(await historyRows(page), ['Submitted|Carlos Smit|lead.cs@demo.regie|Impacts and effort agreed with the team leads.']);

      // The API agrees: among the department's initiatives, with both impacts, under review.
      const { allInitiatives } = (
        await regie.graphql(`query ($departmentId: ID!) { allInitiatives(filter: { departmentId: $departmentId }) { id title status effort confidence commercialValue targetQuarter contributingDepartmentIds impacts { ${IMPACT_FIELDS} } } }`, { departmentId: cs.id }, { as: ACCOUNTS.leadCs })
      ).data;
      const saved = allInitiatives.find(i => i.id === initiativeId);
      assert.ok(saved, `initiative ${initiativeId} is among CS's`);
      assert.deepEqual(
        { title: saved.title, status: saved.status, effort: saved.effort, confidence: saved.confidence, commercialValue: saved.commercialValue, targetQuarter: saved.targetQuarter },
        { title: TITLE, status: 'UNDER_REVIEW', effort: 6, confidence: 0.7, commercialValue: 4, targetQuarter: '2027-Q2' },
      );
      assert.deepEqual(
        saved.impacts.map(i => [i.stage.journey.name, i.stage.name, i.level, i.rationale]),
        [
          ['Understanding my bill', 'Asking a question', 'HIGH', 'Customers with a bill question stop waiting on hold.'],
          ['Reporting an outage', 'Status updates', 'MEDIUM', 'A kept callback is the status update they wait for.'],
        ],
      );
      assert.equal(saved.contributingDepartmentIds.length, 1);
    });
  });

  describe('as the regie team', () => {
    const pages = pagePerTest(() => regie, { as: ACCOUNTS.regie });

    test('the regie team approves it with a reason, and the history shows both decisions', async () => {
      assert.ok(initiativeId, 'the lead registered an initiative');
      // The lead has the edit form open meanwhile.
      const lead = await regie.newPage({ as: ACCOUNTS.leadCs });
      const leadErrors = [];
      lead.on('pageerror', error => leadErrors.push(error.message));
      await lead.goto(`/#/Initiative/${initiativeId}`);
      await lead.getByLabel('Title').and(lead.locator(`[value="${TITLE}"]`)).waitFor();

      const page = pages.current();
      await page.goto(`/#/Initiative/${initiativeId}/show`);
      const buttons = page.getByTestId('transition-buttons');
      for (const name of ['Withdraw', 'Approve', 'Reject', 'Park']) await buttons.getByRole('button', { name, exact: true }).waitFor();
      await buttons.getByRole('button', { name: 'Approve' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Reason (optional)').fill('Two moments that matter, for six person-weeks.');
      await dialog.getByRole('button', { name: 'Approve' }).click();
      await waitForNotification(page, 'Initiative approved');
      await page.locator('h1 ~ div [data-status=APPROVED]').waitFor();
      for (const name of ['Start', 'Reject', 'Park']) await buttons.getByRole('button', { name, exact: true }).waitFor();
      assert.deepEqual(await historyRows(page), [
        'Approved|Rianne de Regie|regie@demo.regie|Two moments that matter, for six person-weeks.',
        'Submitted|Carlos Smit|lead.cs@demo.regie|Impacts and effort agreed with the team leads.',
      ]);
      // The email shows on hover and on keyboard focus, as a tooltip of the name.
      const history = page.getByTestId('decision-history');
      await history.getByText('Carlos Smit', { exact: true }).hover();
      await page.getByRole('tooltip').filter({ hasText: 'lead.cs@demo.regie' }).waitFor();
      await page.mouse.move(0, 0);
      await page.getByRole('tooltip').waitFor({ state: 'detached' });
      // From the keyboard: tabbing onto the name shows the email too.
      const approver = history.getByText('Rianne de Regie', { exact: true });
      await approver.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      assert.equal(await approver.evaluate(element => element === document.activeElement), true);
      await page.getByRole('tooltip').filter({ hasText: 'regie@demo.regie' }).waitFor();
      assert.equal(await history.getByText('regie@demo.regie').count(), 0, 'no email in the table itself');

      // Approved, it is the regie team's now: the lead's save is refused by the server (FORBIDDEN),
      // and the form says why and stays open with the edit.
      await lead.getByLabel('Effort (person-weeks)').fill('8');
      await lead.getByRole('button', { name: 'Save' }).click();
      await waitForNotification(lead, 'is APPROVED: only the regie team edits it now');
      assert.match(lead.url(), new RegExp(`#/Initiative/${initiativeId}$`));
      await snap(lead, 'a-lead-s-save-after-approval-is-refused');
      await lead.context().close();
      assert.deepEqual(leadErrors, []);
      const { Initiative } = (await regie.graphql('query ($id: ID!) { Initiative(id: $id) { effort status } }', { id: initiativeId })).data;
      assert.deepEqual(Initiative, { effort: 6, status: 'APPROVED' });
    });

    test('a stale step is refused with the conflict message; a pin is logged with its reason', async () => {
      assert.ok(initiativeId, 'the lead registered an initiative');
      const page = pages.current();
      await page.goto(`/#/Initiative/${initiativeId}/show`);
      const start = page.getByTestId('transition-buttons').getByRole('button', { name: 'Start' });
      await start.waitFor();
      // A colleague changes it after the page was read.
      const { Initiative: read } = (await regie.graphql('query ($id: ID!) { Initiative(id: $id) { id version } }', { id: initiativeId })).data;
      const { updateInitiative: changed } = (
        await regie.graphql('mutation ($id: ID!, $version: Int!) { updateInitiative(id: $id, version: $version, targetQuarter: "2027-Q3") { version } }', read)
      ).data;

      await start.click();
      await page.getByRole('dialog').getByRole('button', { name: 'Start' }).click();
      // Said in the dialog, which stays open.
      await page.getByRole('dialog').getByRole('alert').filter({ hasText: `Someone else changed this initiative (now version ${changed.version}). Reload to see their changes` }).waitFor();
      const { Initiative: after } = (await regie.graphql('query ($id: ID!) { Initiative(id: $id) { status version } }', { id: initiativeId })).data;
      assert.deepEqual(after, { status: 'APPROVED', version: changed.version }, 'the stale step changed nothing');
      await snap(page, 'a-stale-step-is-refused-with-the-conflict-message');

      await page.reload();
      await page.getByRole('button', { name: 'Pin rank' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('spinbutton', { name: 'Rank' }).fill('3');
      await dialog.getByRole('textbox', { name: 'Reason' }).fill('The board wants it before the summer.');
      await dialog.getByRole('button', { name: 'Pin rank' }).click();
      await waitForNotification(page, 'Rank pinned');
      await page.getByTestId('pinned-rank').filter({ hasText: 'Pinned at rank 3' }).waitFor();
      assert.equal((await historyRows(page))[0], 'Rank pinned|Rianne de Regie|regie@demo.regie|The board wants it before the summer.');
    });

    test('the regie team edits it: the impacts are replaced and the version moves on', async () => {
      assert.ok(initiativeId, 'the lead registered an initiative');
      const query = `query ($id: ID!) { Initiative(id: $id) { version impacts { ${IMPACT_FIELDS} } } }`;
      const before = (await regie.graphql(query, { id: initiativeId })).data.Initiative;
      const page = pages.current();
      await page.goto(`/#/Initiative/${initiativeId}`);
      await page.getByRole('combobox', { name: 'Stage' }).nth(1).and(page.locator('[value="Reporting an outage › Status updates"]')).waitFor();
      // The second impact goes; the first becomes massive.
      const second = page.locator('.RaSimpleFormIterator-line').nth(1);
      await second.hover(); // the remove button shows on hover
      await second.locator('button.button-remove').click();
      await page.getByRole('combobox', { name: 'Impact' }).first().click();
      await page.getByRole('option', { name: 'Massive · 3', exact: true }).click();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(new RegExp(`#/Initiative/${initiativeId}/show$`));
      await page.getByTestId('stage-impact').filter({ hasText: 'Asking a question' }).getByText('Massive · 3').waitFor();
      assert.equal(await page.getByTestId('stage-impact').count(), 1);

      const after = (await regie.graphql(query, { id: initiativeId })).data.Initiative;
      assert.equal(after.version, before.version + 1);
      assert.deepEqual(
        after.impacts.map(i => [i.stage.name, i.level, i.rationale]),
        [['Asking a question', 'MASSIVE', 'Customers with a bill question stop waiting on hold.']],
      );
    });

    test('the department and owner columns sort by what they show: code and name', async () => {
      const page = pages.current();
      await page.goto('/#/Initiative');
      await page.locator('tbody tr').first().waitFor();
      const column = source => page.locator(`tbody td.column-${source}`).allTextContents();
      const sortedBy = async (header, source, field, order) => {
        await page.locator(`thead th.column-${source}`).getByText(header, { exact: true }).click();
        await page.waitForURL(url => {
          const query = new URLSearchParams(url.hash.split('?')[1] ?? '');
          return query.get('sort') === field && query.get('order') === order;
        });
        await page.waitForFunction(
          ([cls, desc]) => {
            const values = [...document.querySelectorAll(`tbody td.column-${cls}`)].map(td => td.textContent).filter(text => text !== '—');
            const sorted = [...values].sort((a, b) => a.localeCompare(b, 'en'));
            if (desc) sorted.reverse();
            return values.length > 1 && new Set(values).size > 1 && values.join('|') === sorted.join('|');
          },
          [source, order === 'DESC'],
        ).catch(async error => {
          throw new Error(`${header} ${order}: ${(await column(source)).join(', ')}: ${error.message}`);
        });
      };
      await sortedBy('Dept.', 'departmentId', 'department.code', 'ASC');
      // Not by id: the first department by code is not the first created (Marketing).
      assert.equal((await column('departmentId'))[0], 'BIL');
      await sortedBy('Dept.', 'departmentId', 'department.code', 'DESC');
      await sortedBy('Owner', 'ownerId', 'owner.name', 'ASC');
    });

    test('the status filter narrows the list', async () => {
      const page = pages.current();
      await page.goto('/#/Initiative');
      await page.locator('tbody tr').first().waitFor();
      await choose(page, 'Status', 'Parked');
      const { allInitiatives: parked } = (await regie.graphql('{ allInitiatives(filter: { status: PARKED }) { title } }')).data;
      assert.ok(parked.length >= 2, `the demo has parked initiatives (${parked.length})`);
      await page.waitForFunction(
        count => {
          const statuses = [...document.querySelectorAll('tbody td.column-status [data-status]')].map(chip => chip.dataset.status);
          return statuses.length === count && statuses.every(status => status === 'PARKED');
        },
        parked.length,
      );
      for (const { title } of parked) await page.locator('tbody td.column-title', { hasText: title }).waitFor();
      assert.match(decodeURIComponent(page.url()), /"status":"PARKED"/);
    });
  });

  describe('who sees which buttons', () => {
    const pages = pagePerTest(() => regie);

    test("a lead reads another department's initiative but cannot edit it, not even by its address", async () => {
      const { allInitiatives } = (
        await regie.graphql('query ($departmentId: ID!) { allInitiatives(filter: { departmentId: $departmentId, status: PROPOSED }) { id title version } }', { departmentId: mkt.id })
      ).data;
      const other = allInitiatives[0];
      const page = await pages.replace({ as: ACCOUNTS.leadCs });
      await page.goto(`/#/Initiative/${other.id}/show`);
      await page.getByTestId('initiative-title').filter({ hasText: other.title }).waitFor();
      await page.getByTestId('stage-impacts').waitFor();
      assert.equal(await writeButtons(page), 0, 'no edit, delete, pin or transition');

      await page.goto(`/#/Initiative/${other.id}`);
      await page.getByTestId('edit-refused').filter({ hasText: 'This one is proposed, of Marketing.' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Save' }).count(), 0);
      // Behind the page, the server refuses the same edit.
      const refused = await regie.graphql(
        'mutation ($id: ID!, $version: Int!) { updateInitiative(id: $id, version: $version, title: "Taken over") { id } }',
        other,
        { as: ACCOUNTS.leadCs, allowErrors: true },
      );
      assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN');
      assert.match(refused.errors[0].message, /may act only for its own department/);
    });

    test('a viewer reads the initiative page without any write or transition buttons', async () => {
      assert.ok(initiativeId, 'the lead registered an initiative');
      const page = await pages.replace({ as: ACCOUNTS.viewer });
      await page.goto('/#/Initiative');
      await page.locator('tbody tr').first().waitFor();
      assert.equal(await page.getByRole('link', { name: 'Create' }).count(), 0);

      await page.goto(`/#/Initiative/${initiativeId}/show`);
      await page.getByTestId('initiative-title').filter({ hasText: TITLE }).waitFor();
      await page.getByTestId('decision-history').locator('td.column-action', { hasText: 'Approved' }).waitFor();
      assert.equal(await writeButtons(page), 0, 'no edit, delete, pin or transition');
      assert.equal(await page.getByRole('button', { name: 'Start' }).count(), 0);
    });
  });
});
