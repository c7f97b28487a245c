import { RECORD_FIELDS } from '../common/messages.ts';
import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  resources: {
    Person: {
      name: 'Person |||| People',
      fields: {
        name: 'Name',
        email: 'Email',
        role: 'Role',
        departmentId: 'Department',
        active: 'Active',
        password: 'Password',
        ...RECORD_FIELDS.en,
      },
    },
  },
  regie: {
    people: {
      role: {
        REGIE: 'Regie team',
        DEPARTMENT_LEAD: 'Department lead',
        VIEWER: 'Viewer',
      },
      new_password: 'New password',
      lead_needs_department: 'A department lead needs a department',
      department_help: 'Required for a department lead',
      active_help: 'Inactive people cannot sign in; their history stays',
      password_help_new: '10 to 200 characters; without one the person cannot sign in yet',
      password_help_edit: 'Leave empty to keep the current password',
    },
  },
};

const nl: Translation<typeof en> = {
  resources: {
    Person: {
      name: 'Persoon |||| Personen',
      fields: {
        name: 'Naam',
        email: 'E-mail',
        role: 'Rol',
        departmentId: 'Afdeling',
        active: 'Actief',
        password: 'Wachtwoord',
        ...RECORD_FIELDS.nl,
      },
    },
  },
  regie: {
    people: {
      role: {
        REGIE: 'Regieteam',
        DEPARTMENT_LEAD: 'Afdelingsleider',
        VIEWER: 'Kijker',
      },
      new_password: 'Nieuw wachtwoord',
      lead_needs_department: 'Een afdelingsleider heeft een afdeling nodig',
      department_help: 'Verplicht voor een afdelingsleider',
      active_help: 'Inactieve personen kunnen niet aanmelden; hun geschiedenis blijft',
      password_help_new: '10 tot 200 tekens; zonder wachtwoord kan de persoon nog niet aanmelden',
      password_help_edit: 'Laat leeg om het huidige wachtwoord te houden',
    },
  },
};

/** People and their roles (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
