import { regex } from 'react-admin';

// The server's formats (server/src/common/validation.ts), checked before sending so that the
// message appears at once under the input.
export const QUARTER = /^\d{4}-Q[1-4]$/;
export const PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

export const quarter = regex(QUARTER, 'regie.common.validation.quarter');
export const period = regex(PERIOD, 'regie.common.validation.period');

/** The quarter a date falls in, e.g. 2027-Q1. */
export const quarterOf = (date: Date = new Date()): string => `${date.getFullYear()}-Q${Math.floor(date.getMonth() / 3) + 1}`;
