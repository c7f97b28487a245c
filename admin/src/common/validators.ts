import { maxValue, minValue, type Validator } from 'react-admin';

/** A whole number or nothing: the API's Int refuses 12.5 before any field-level check. */
export const wholeNumber: Validator = value =>
  value === null || value === undefined || value === '' || Number.isInteger(value) ? undefined : 'regie.common.validation.whole_number';

/** An NPS target: a whole number from −100 to 100. */
export const npsTarget: Validator[] = [wholeNumber, minValue(-100), maxValue(100)];
