import { RECORD_FIELDS } from '../common/messages.ts';
import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  resources: {
    Segment: {
      name: 'Segment |||| Segments',
      fields: { name: 'Name', share: 'Share', description: 'Description', share_gte: 'Share at least', share_lte: 'Share at most', ...RECORD_FIELDS.en },
    },
  },
  regie: {
    segments: {
      name_help: 'e.g. Consumer, SME; unique',
      share_help: 'Share of all customers in this segment',
      journeys: 'Journeys',
    },
  },
};

const nl: Translation<typeof en> = {
  resources: {
    Segment: {
      name: 'Segment |||| Segmenten',
      fields: { name: 'Naam', share: 'Aandeel', description: 'Omschrijving', share_gte: 'Aandeel minstens', share_lte: 'Aandeel hoogstens', ...RECORD_FIELDS.nl },
    },
  },
  regie: {
    segments: {
      name_help: 'bijv. Consument, MKB; uniek',
      share_help: 'Aandeel van alle klanten in dit segment',
      journeys: 'Klantreizen',
    },
  },
};

/** Segments (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
