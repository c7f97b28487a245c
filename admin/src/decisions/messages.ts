import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  resources: {
    Decision: {
      name: 'Decision |||| Decision log',
      fields: {
        at: 'When',
        initiativeId: 'Initiative',
        action: 'Action',
        reason: 'Reason',
        actorName: 'Who',
        actorType: 'Acting as',
        priorityScore: 'Score',
        at_gte: 'From',
        at_lte: 'Until',
      },
    },
  },
  regie: {
    decisions: {
      action: {
        SUBMIT: 'Submitted',
        WITHDRAW: 'Withdrawn',
        APPROVE: 'Approved',
        REJECT: 'Rejected',
        PARK: 'Parked',
        START: 'Started',
        COMPLETE: 'Completed',
        PIN_RANK: 'Rank pinned',
        UNPIN: 'Rank unpinned',
        COMMENT: 'Comment',
      },
      actor: {
        PERSON: 'Person',
        API_TOKEN: 'API token',
      },
      change: 'Change',
      to: 'to',
      initiative: 'Initiative %{id}',
      score_then: 'Priority score then',
      model_version: 'Scoring model version',
    },
  },
};

const nl: Translation<typeof en> = {
  resources: {
    Decision: {
      name: 'Besluit |||| Besluitenlog',
      fields: {
        at: 'Wanneer',
        initiativeId: 'Initiatief',
        action: 'Actie',
        reason: 'Reden',
        actorName: 'Wie',
        actorType: 'Handelend als',
        priorityScore: 'Score',
        at_gte: 'Van',
        at_lte: 'Tot en met',
      },
    },
  },
  regie: {
    decisions: {
      action: {
        SUBMIT: 'Ingediend',
        WITHDRAW: 'Teruggetrokken',
        APPROVE: 'Goedgekeurd',
        REJECT: 'Afgewezen',
        PARK: 'Geparkeerd',
        START: 'Gestart',
        COMPLETE: 'Afgerond',
        PIN_RANK: 'Positie vastgezet',
        UNPIN: 'Positie losgemaakt',
        COMMENT: 'Opmerking',
      },
      actor: {
        PERSON: 'Persoon',
        API_TOKEN: 'API-token',
      },
      change: 'Wijziging',
      to: 'naar',
      initiative: 'Initiatief %{id}',
      score_then: 'Prioriteitsscore toen',
      model_version: 'Scoremodelversie',
    },
  },
};

/** The decision log (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
