import type { TranslationMessages } from 'react-admin';
import dutchMessages from 'ra-language-dutch';
import { mergeMessages } from './translation.ts';

/**
 * react-admin's own words in Dutch: ra-language-dutch (written for react-admin 4), with the keys
 * react-admin 5 added since and the phrases whose values changed (a page title names the record,
 * no longer its id): both compared with ra-language-english in i18n.test.ts.
 */
const SINCE_REACT_ADMIN_4 = {
  ra: {
    action: {
      reset: 'Herstellen',
      search_columns: 'Kolommen zoeken',
      select_all_button: 'Alles selecteren',
      update_application: 'Applicatie herladen',
    },
    page: {
      show: '%{name} %{recordRepresentation}',
      edit: '%{name} %{recordRepresentation}',
      access_denied: 'Geen toegang',
      authentication_error: 'Authenticatiefout',
    },
    message: {
      access_denied: 'U hebt niet de rechten om deze pagina te openen',
      authentication_error: 'De authenticatieserver gaf een fout; uw gegevens konden niet worden gecontroleerd.',
      auth_error: 'Er ging iets mis bij het controleren van het authenticatietoken.',
      clear_array_input: 'Weet u zeker dat u de hele lijst wilt leegmaken?',
      select_all_limit_reached: 'Er zijn te veel elementen om alles te selecteren. Alleen de eerste %{max} zijn geselecteerd.',
      placeholder_data_warning: 'Netwerkprobleem: de gegevens konden niet worden ververst.',
      bulk_update_content: 'Weet u zeker dat u %{name} %{recordRepresentation} wilt bijwerken? |||| Weet u zeker dat u deze %{smart_count} items wilt bijwerken?',
      bulk_update_title: '%{name} %{recordRepresentation} bijwerken |||| %{smart_count} %{name} bijwerken',
      delete_content: 'Weet u zeker dat u dit item (%{name}) wilt verwijderen?',
      delete_title: '%{name} %{recordRepresentation} verwijderen',
    },
    sort: {
      sort_by: 'Sorteren op %{field_lower_first} %{order}',
    },
    navigation: {
      no_results: 'Geen %{name} gevonden',
      clear_filters: 'Filters wissen',
      no_filtered_results: 'Geen %{name} gevonden met deze filters.',
    },
    auth: {
      email: 'E-mail',
    },
    notification: {
      application_update_available: 'Er is een nieuwe versie beschikbaar.',
      offline: 'Geen verbinding. De gegevens konden niet worden opgehaald.',
    },
    validation: {
      unique: 'Moet uniek zijn',
    },
    guesser: {
      empty: {
        title: 'Geen gegevens om te tonen',
        message: 'Controleer de data provider',
      },
    },
  },
};

// The package is CommonJS compiled from ESM: Node hands over the exports object, a bundler its default.
const fromPackage = ((dutchMessages as unknown as { default?: TranslationMessages }).default ?? dutchMessages) as TranslationMessages;

export const raDutchMessages = mergeMessages(fromPackage as never, SINCE_REACT_ADMIN_4) as unknown as TranslationMessages;
