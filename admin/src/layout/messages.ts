import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  regie: {
    layout: {
      menu: {
        roadmap: 'Roadmap',
        plan: 'Quarter plan',
        silo: 'Silo detector',
        nps: 'NPS',
        import: 'Import responses',
      },
      login: {
        subtitle: 'Sign in to the CX regie',
        email: 'Email',
        password: 'Password',
      },
      session_expired: 'Your session has expired; sign in again',
      language: 'Language',
    },
    account: {
      change_password: 'Change password',
      current_password: 'Current password',
      new_password: 'New password',
      repeat_password: 'New password again',
      password_length: 'Between 10 and 200 characters',
      passwords_differ: 'The passwords differ',
      not_changed: 'The password could not be changed',
      changed_sign_in: 'Your password has been changed; sign in with it',
      changed: 'Your password has been changed',
    },
  },
};

const nl: Translation<typeof en> = {
  regie: {
    layout: {
      menu: {
        roadmap: 'Roadmap',
        plan: 'Kwartaalplanning',
        silo: 'Silodetector',
        nps: 'NPS',
        import: 'Reacties importeren',
      },
      login: {
        subtitle: 'Meld je aan bij de CX-regie',
        email: 'E-mail',
        password: 'Wachtwoord',
      },
      session_expired: 'Je sessie is verlopen; meld je opnieuw aan',
      language: 'Taal',
    },
    account: {
      change_password: 'Wachtwoord wijzigen',
      current_password: 'Huidig wachtwoord',
      new_password: 'Nieuw wachtwoord',
      repeat_password: 'Nieuw wachtwoord nogmaals',
      password_length: 'Tussen 10 en 200 tekens',
      passwords_differ: 'De wachtwoorden verschillen',
      not_changed: 'Het wachtwoord kon niet worden gewijzigd',
      changed_sign_in: 'Je wachtwoord is gewijzigd; meld je ermee aan',
      changed: 'Je wachtwoord is gewijzigd',
    },
  },
};

/** The menu, the app bar, the login page and the account page (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
