import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  resources: {
    ApiToken: {
      name: 'API token |||| API tokens',
      fields: {
        name: 'Name',
        prefix: 'Prefix',
        scopes: 'Scopes',
        departmentId: 'Department',
        revoked: 'Revoked',
        createdById: 'Issued by',
        createdAt: 'Issued',
        expiresAt: 'Valid until',
        lastUsedAt: 'Last used',
        revokedAt: 'Revoked',
      },
    },
  },
  regie: {
    api_tokens: {
      status: {
        label: 'Status',
        Active: 'Active',
        Revoked: 'Revoked',
        Expired: 'Expired',
      },
      scope: {
        read: 'read: query everything through GraphQL',
        'responses:write': 'responses:write: record survey responses',
        'initiatives:write': 'initiatives:write: create and edit initiatives (of its department, when bound to one)',
      },
      issue: 'Issue token',
      issue_title: 'Issue an API token',
      name_help: 'What uses it, e.g. Survey tool or BI dashboard',
      choose_scope: 'Choose at least one scope',
      department_help: 'Bind the token to one department; empty: all departments',
      expires_help: 'The last day it works; empty: until revoked',
      all: 'All',
      all_departments: 'All departments',
      never: 'Never',
      until_revoked: 'Until revoked',
      revoke: 'Revoke',
      revoked: 'API token "%{name}" revoked',
      not_revoked: 'The API token could not be revoked',
      revoke_title: 'Revoke the API token "%{name}"?',
      revoke_explained: 'Integrations that use it are refused from now on. A revoked token cannot be restored; issue a new one instead.',
      issued: 'API token "%{name}" issued',
      copy_now: 'Copy the secret now: it will not be shown again. Regie keeps only a hash of it. An integration sends it as',
      secret: 'Secret',
      copied: 'Copied to the clipboard',
      selected: 'Selected: press Ctrl+C (⌘C) to copy',
      copy: 'Copy',
      copy_secret: 'Copy the secret',
      done: 'Done',
    },
  },
};

const nl: Translation<typeof en> = {
  resources: {
    ApiToken: {
      name: 'API-token |||| API-tokens',
      fields: {
        name: 'Naam',
        prefix: 'Voorvoegsel',
        scopes: 'Rechten',
        departmentId: 'Afdeling',
        revoked: 'Ingetrokken',
        createdById: 'Uitgegeven door',
        createdAt: 'Uitgegeven',
        expiresAt: 'Geldig tot en met',
        lastUsedAt: 'Laatst gebruikt',
        revokedAt: 'Ingetrokken',
      },
    },
  },
  regie: {
    api_tokens: {
      status: {
        label: 'Status',
        Active: 'Actief',
        Revoked: 'Ingetrokken',
        Expired: 'Verlopen',
      },
      scope: {
        read: 'read: alles opvragen via GraphQL',
        'responses:write': 'responses:write: enquêtereacties vastleggen',
        'initiatives:write': 'initiatives:write: initiatieven aanmaken en bewerken (van de eigen afdeling, als het token daaraan gebonden is)',
      },
      issue: 'Token uitgeven',
      issue_title: 'Een API-token uitgeven',
      name_help: 'Wat het gebruikt, bijv. Enquêtetool of BI-dashboard',
      choose_scope: 'Kies minstens één recht',
      department_help: 'Bind het token aan één afdeling; leeg: alle afdelingen',
      expires_help: 'De laatste dag dat het werkt; leeg: tot het wordt ingetrokken',
      all: 'Alle',
      all_departments: 'Alle afdelingen',
      never: 'Nooit',
      until_revoked: 'Tot intrekking',
      revoke: 'Intrekken',
      revoked: 'API-token "%{name}" ingetrokken',
      not_revoked: 'Het API-token kon niet worden ingetrokken',
      revoke_title: 'Het API-token "%{name}" intrekken?',
      revoke_explained: 'Koppelingen die het gebruiken worden vanaf nu geweigerd. Een ingetrokken token is niet te herstellen; geef in plaats daarvan een nieuw uit.',
      issued: 'API-token "%{name}" uitgegeven',
      copy_now: 'Kopieer het geheim nu: het wordt niet opnieuw getoond. Regie bewaart er alleen een hash van. Een koppeling stuurt het als',
      secret: 'Geheim',
      copied: 'Gekopieerd naar het klembord',
      selected: 'Geselecteerd: druk op Ctrl+C (⌘C) om te kopiëren',
      copy: 'Kopiëren',
      copy_secret: 'Het geheim kopiëren',
      done: 'Klaar',
    },
  },
};

/** API tokens (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
