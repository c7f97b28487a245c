// Takes the README's screenshots (docs/screenshots/) of a fresh Regie with demo data, signed in as
// the regie account, at 1280×800: the home dashboard (English and Dutch), the roadmap, a journey
// map and a journey's NPS page. `node admin/scripts/docs-screenshots.mjs` after a change to those pages.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ACCOUNTS, startRegie } from '../e2e/harness.mjs';

/** Every card loaded: no request running, no placeholder left, no hover effect in the picture. */
async function settled(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.MuiSkeleton-root, .MuiCircularProgress-root'), null, { timeout: 30_000 });
  await page.mouse.move(0, 0);
}

const out = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const regie = await startRegie();
try {
  const { allJourneys } = (await regie.graphql('{ allJourneys { id name } }')).data;
  const moving = allJourneys.find(j => j.name === 'Moving house');
  const shots = [
    { name: 'home-dashboard', url: '/#/', ready: '[data-testid=dashboard-decision]' },
    { name: 'roadmap', url: '/#/roadmap', ready: '[data-testid=roadmap-row]' },
    { name: 'journey-map', url: `/#/journeys/${moving.id}/map`, ready: 'text=Announcing the move' },
    { name: 'nps-page', url: `/#/nps/${moving.id}`, ready: '.recharts-line' },
  ];
  const page = await regie.newPage({ as: ACCOUNTS.regie });
  for (const shot of shots) {
    await page.goto(shot.url);
    await page.locator(shot.ready).first().waitFor();
    await settled(page);
    await page.screenshot({ path: path.join(out, `${shot.name}.png`), fullPage: true });
  }
  // The same dashboard in Dutch: the language menu in the app bar.
  await page.goto('/#/');
  await page.locator('[data-testid=dashboard-decision]').first().waitFor();
  await page.getByRole('button', { name: /English/i }).click();
  await page.getByRole('menuitem', { name: 'Nederlands' }).click();
  await page.getByText('Recente besluiten').waitFor();
  await settled(page);
  await page.screenshot({ path: path.join(out, 'home-dashboard-nl.png'), fullPage: true });
  console.log(`screenshots in ${out}`);
} finally {
  await regie.stop();
}
