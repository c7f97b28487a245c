import { RECORD_FIELDS } from '../common/messages.ts';
import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  resources: {
    Channel: {
      name: 'Channel |||| Channels',
      fields: { name: 'Name', description: 'Description', ...RECORD_FIELDS.en },
    },
  },
  regie: {
    channels: {
      name_help: 'e.g. Web, Phone, Field service; unique',
      stages: 'Stages in this channel',
      journey: 'Journey',
      stage: 'Stage',
    },
  },
};

const nl: Translation<typeof en> = {
  resources: {
    Channel: {
      name: 'Kanaal |||| Kanalen',
      fields: { name: 'Naam', description: 'Omschrijving', ...RECORD_FIELDS.nl },
    },
  },
  regie: {
    channels: {
      name_help: 'bijv. Web, Telefoon, Buitendienst; uniek',
      stages: 'Fasen in dit kanaal',
      journey: 'Klantreis',
      stage: 'Fase',
    },
  },
};

/** Channels (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
