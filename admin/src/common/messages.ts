import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  regie: {
    common: {
      query: {
        loading: 'Loading %{title}',
        error: 'The %{title} could not be loaded.',
      },
      export_csv: 'Export CSV',
      validation: {
        whole_number: 'Must be a whole number',
        percent_range: 'Must be from 0 % to 100 %',
        quarter: 'A quarter such as 2027-Q1',
        period: 'A month such as 2026-11 or a quarter such as 2026-Q4',
      },
      errors: {
        conflict: 'Someone else changed this %{label}%{now}. Reload to see their changes; your edit was not saved.',
        conflict_version: ' (now version %{version})',
        not_saved: 'The %{label} could not be saved.',
      },
      fields: {
        created: 'Created',
        updated: 'Updated',
        version: 'Version',
        record: 'Record',
      },
    },
  },
};

const nl: Translation<typeof en> = {
  regie: {
    common: {
      query: {
        loading: '%{title} laden',
        error: 'Laden mislukt: %{title}.',
      },
      export_csv: 'CSV exporteren',
      validation: {
        whole_number: 'Moet een geheel getal zijn',
        percent_range: 'Moet tussen 0% en 100% liggen',
        quarter: 'Een kwartaal zoals 2027-Q1',
        period: 'Een maand zoals 2026-11 of een kwartaal zoals 2026-Q4',
      },
      errors: {
        conflict: 'Iemand anders heeft dit gewijzigd (%{label}%{now}). Herlaad de pagina om die wijzigingen te zien; je bewerking is niet opgeslagen.',
        conflict_version: ', nu versie %{version}',
        not_saved: 'Opslaan mislukt (%{label}).',
      },
      fields: {
        created: 'Aangemaakt',
        updated: 'Bijgewerkt',
        version: 'Versie',
        record: 'Record',
      },
    },
  },
};

/** Words shared by every area: loading and error states, validation, save errors (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };

/** The fields every record has, for the `resources.<Resource>.fields` of each area. */
export const RECORD_FIELDS = {
  en: { version: 'Version', createdAt: 'Created', updatedAt: 'Updated' },
  nl: { version: 'Versie', createdAt: 'Aangemaakt', updatedAt: 'Bijgewerkt' },
};
