import { describe, expect, it } from '@jest/globals';
import { comparePeriods, periodBounds } from './kpi-period.js';

describe('periodBounds', () => {
  it.each([
    ['2026-11', '2026-11-01', '2026-11-30'],
    ['2026-12', '2026-12-01', '2026-12-31'],
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2028-02', '2028-02-01', '2028-02-29'],
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
    // Years below 100 stay themselves (not 1900 + year).
    ['0050-01', '0050-01-01', '0050-01-31'],
    ['9999-Q4', '9999-10-01', '9999-12-31'],
  ])('%s runs from %s to %s', (period, start, end) => {
    expect(periodBounds(period)).toEqual({ start, end });
  });
});

describe('comparePeriods', () => {
  it('orders by first day, then a month before the quarter that starts with it', () => {
    const periods = ['2027-Q1', '2026-11', '2026-Q4', '2027-01', '2026-10', '2026-Q3', '2026-12', '2026-09'];
    expect([...periods].sort(comparePeriods)).toEqual(['2026-Q3', '2026-09', '2026-10', '2026-Q4', '2026-11', '2026-12', '2027-01', '2027-Q1']);
  });
});
