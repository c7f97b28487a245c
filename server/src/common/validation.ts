import { ValidateBy, ValidateIf } from 'class-validator';

/** Shared formats of the domain (DESIGN §1). */
export const QUARTER = /^\d{4}-Q[1-4]$/;
export const QUARTER_MESSAGE = '$property must be a quarter such as 2027-Q1';

/** A KPI period: a month (2026-11) or a quarter (2026-Q4), of a year from 0001 (there is no year 0 to start a day in). */
export const PERIOD = /^(?!0000)\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;
export const PERIOD_MESSAGE = '$property must be a month such as 2026-11 or a quarter such as 2026-Q4';

export const DATE_ONLY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** At least one character that is not white space (a name of only spaces is no name). */
export const NOT_BLANK = /\S/;

/** A calendar date written YYYY-MM-DD that exists (2027-02-30 does not). */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !DATE_ONLY.test(value) || value.startsWith('0000')) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

export const IsCalendarDate = () =>
  ValidateBy({ name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: () => '$property must be a date such as 2027-06-30' } });

/**
 * For update arguments that may be left out but not set to null (a name, a code): unlike
 * @IsOptional, null is validated (and refused by the field's other rules).
 */
export const Omittable = () => ValidateIf((_object, value) => value !== undefined);
