import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  resources: {
    SurveyResponse: {
      name: 'Survey response |||| Survey responses',
      fields: {
        respondedAt: 'Responded',
        score: 'Score',
        journeyId: 'Journey',
        stageId: 'Stage',
        channelId: 'Channel',
        segmentId: 'Segment',
        source: 'Source',
        comment: 'Comment',
        externalId: 'External id',
        respondentKey: 'Respondent key',
        createdAt: 'Recorded',
        score_gte: 'Score at least',
        score_lte: 'Score at most',
        respondedAt_gte: 'Responded from',
        respondedAt_lte: 'Responded until',
      },
    },
  },
  regie: {
    survey_responses: {
      category: {
        promoter: 'promoter',
        passive: 'passive',
        detractor: 'detractor',
      },
      search: 'Search comments',
      whole_journey: 'Whole journey',
      import: 'Import CSV',
      erase: 'Erase',
      erase_title: 'Erase this survey response?',
      erase_explained:
        'The response and its comment are deleted for good, as a customer may ask. Every NPS summary and score that counted it follows. This cannot be undone.',
      erased: 'The survey response has been erased',
    },
  },
};

const nl: Translation<typeof en> = {
  resources: {
    SurveyResponse: {
      name: 'Enquêtereactie |||| Enquêtereacties',
      fields: {
        respondedAt: 'Gereageerd',
        score: 'Score',
        journeyId: 'Klantreis',
        stageId: 'Fase',
        channelId: 'Kanaal',
        segmentId: 'Segment',
        source: 'Bron',
        comment: 'Opmerking',
        externalId: 'Externe id',
        respondentKey: 'Respondentsleutel',
        createdAt: 'Vastgelegd',
        score_gte: 'Score minstens',
        score_lte: 'Score hoogstens',
        respondedAt_gte: 'Gereageerd vanaf',
        respondedAt_lte: 'Gereageerd tot en met',
      },
    },
  },
  regie: {
    survey_responses: {
      category: {
        promoter: 'promotor',
        passive: 'passief',
        detractor: 'criticaster',
      },
      search: 'Zoek in opmerkingen',
      whole_journey: 'Hele klantreis',
      import: 'CSV importeren',
      erase: 'Wissen',
      erase_title: 'Deze enquêtereactie wissen?',
      erase_explained:
        'De reactie en de opmerking worden definitief verwijderd, zoals een klant kan vragen. Elke NPS-samenvatting en score die haar meetelde, volgt. Dit kan niet ongedaan worden gemaakt.',
      erased: 'De enquêtereactie is gewist',
    },
  },
};

/** Survey responses (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
