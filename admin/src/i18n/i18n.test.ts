/// <reference types="node" />
// Run with `npm run test:unit -w admin`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import englishMessages from 'ra-language-english';
import { formatPercent, formatScore, termSentence } from '../scoring/explain.ts';
import { formatNps, monthLabel, npsStatus } from '../nps/values.ts';
import { dayLabel, realisedVerdict } from '../initiatives/realised.ts';
import { planTotals } from '../plan/csv.ts';
import type { ScoreTerm } from '../scoring/types.ts';
import { AREAS, type Messages } from './areas.ts';
import { MESSAGES } from './messages.ts';
import { keysOf, phraseAt, translatorOf, type Wording } from './translation.ts';

const placeholders = (phrase: string) => [...phrase.matchAll(/%\{(\w+)\}/g)].map(match => match[1]).sort();
const raEnglish = ((englishMessages as unknown as { default?: Messages }).default ?? englishMessages) as unknown as Messages;

test('every area has the same keys in English and Dutch: no translation missing, none left over', () => {
  for (const area of AREAS) {
    const en = keysOf(area.en);
    const nl = new Set(keysOf(area.nl));
    assert.deepEqual(en.filter(key => !nl.has(key)), [], 'in English, not in Dutch');
    assert.deepEqual([...nl].filter(key => !en.includes(key)), [], 'in Dutch, not in English');
  }
});

test('a Dutch phrase takes the same values as its English one, and a plural has its two forms in both', () => {
  for (const area of AREAS) {
    for (const key of keysOf(area.en)) {
      const en = phraseAt(area.en, key) ?? '';
      const nl = phraseAt(area.nl, key) ?? '';
      assert.deepEqual(placeholders(nl), placeholders(en), key);
      assert.equal(nl.includes('||||'), en.includes('||||'), key);
      assert.ok(nl.trim() !== '', `${key} is empty in Dutch`);
    }
  }
});

test("react-admin's own words: every key of its English exists in the Dutch (ra-language-dutch and what it lacks)", () => {
  const dutch = new Set(keysOf(MESSAGES.nl));
  assert.deepEqual(keysOf(raEnglish).filter(key => !dutch.has(key)), []);
  for (const key of keysOf(raEnglish)) {
    assert.deepEqual(placeholders(phraseAt(MESSAGES.nl, key) ?? ''), placeholders(phraseAt(raEnglish, key) ?? ''), key);
  }
  assert.equal(phraseAt(MESSAGES.nl, 'ra.action.save'), 'Opslaan');
  assert.equal(phraseAt(MESSAGES.nl, 'ra.auth.logout'), 'Afmelden');
  assert.equal(phraseAt(MESSAGES.en, 'ra.auth.logout'), 'Sign out');
});

test('the merged messages have the same keys in both languages', () => {
  const nl = new Set(keysOf(MESSAGES.nl));
  assert.deepEqual(keysOf(MESSAGES.en).filter(key => !nl.has(key)), []);
});

const dutch: Wording = { translate: translatorOf(MESSAGES.nl), locale: 'nl' };
const english: Wording = { translate: translatorOf(MESSAGES.en), locale: 'en' };

test('numbers, percentages and dates in the locale: 1.234,5 and 12,3% in Dutch', () => {
  assert.equal(formatNps(-12.34, 'nl'), '\u221212,3');
  assert.equal(formatNps(-12.34, 'en'), '\u221212.3');
  assert.equal(formatScore(1234.567, 'nl'), '1.234,57');
  assert.equal(formatScore(1234.567, 'en'), '1,234.57');
  assert.equal(formatPercent(0.123, 'nl'), '12,3%');
  assert.equal(formatPercent(0.123, 'en'), '12.3 %');
  assert.equal(monthLabel('2026-03', 'nl'), 'mrt 2026');
  assert.equal(monthLabel('2026-03', 'en'), 'Mar 2026');
  assert.equal(dayLabel('2026-03-05', 'nl'), '5 mrt 2026');
  assert.equal(dayLabel('2026-03-05', 'en'), '5 Mar 2026');
});

test('sentences built from numbers speak the language', () => {
  const row = { responses: 120, nps: 10, marginOfError: 4, insufficient: false, gap: 12.34 };
  assert.equal(npsStatus(row, dutch).text, '12,3 onder het doel');
  assert.equal(npsStatus(row, english).text, '12.3 below target');
  assert.equal(npsStatus({ ...row, insufficient: true, responses: 1500 }, dutch).text, 'te weinig (1.500)');
  const window = { from: '2026-01-01', to: '2026-03-31', nps: 10, marginOfError: 5 };
  assert.equal(realisedVerdict({ before: { ...window, responses: 40 }, after: { ...window, responses: 40 }, difference: 12, significant: true }, 30, dutch).text, 'Significante stijging');
  const plan = [{ department: { id: '1', name: 'Billing', code: 'BIL' }, capacity: 20.5, plannedEffort: 12.25, remaining: 8.25, planned: [], deferred: [] }];
  assert.equal(planTotals(plan, dutch), '12,25 van 20,5 persoonsweken gepland voor 0 initiatieven in 1 afdeling; 0 uitgesteld.');
});

test("a score's explanation in Dutch, the server's reason for a gap factor of 1 included", () => {
  const term: ScoreTerm = {
    stageId: '1',
    stageName: 'Aansluiting op het nieuwe adres',
    journeyId: '1',
    journeyName: 'Verhuizen',
    level: 'HIGH',
    levelValue: 2,
    importance: 5,
    reach: 0.85,
    actualNps: -40,
    marginOfError: 50,
    responses: 12,
    target: 20,
    gapFactor: 1,
    gapReason: 'fewer than 30 responses (12)',
    stageWeight: 4.25,
    contribution: 8.5,
  };
  assert.equal(termSentence(term, dutch), 'Aansluiting op het nieuwe adres: belang 5, bereik 85%, minder dan 30 reacties (12) → ×1');
  assert.equal(termSentence({ ...term, gapReason: 'meets its target' }, english), 'Aansluiting op het nieuwe adres: importance 5, reach 85 %, meets its target → ×1');
});
