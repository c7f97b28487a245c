import { DataTable, DateField as RaDateField, NumberField as RaNumberField, type DataTableNumberColumnProps, type DateFieldProps, type NumberFieldProps } from 'react-admin';
import { useIntlLocale } from './useWording';

// react-admin's DateField and NumberField format in the browser's locale unless told another:
// these follow the language chosen in the app bar.

export const DateField = (props: DateFieldProps) => <RaDateField locales={useIntlLocale()} {...props} />;

export const NumberField = (props: NumberFieldProps) => <RaNumberField locales={useIntlLocale()} {...props} />;

export const NumberCol = (props: DataTableNumberColumnProps) => <DataTable.NumberCol locales={useIntlLocale()} {...props} />;
