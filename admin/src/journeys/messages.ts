import { RECORD_FIELDS } from '../common/messages.ts';
import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  resources: {
    Journey: {
      name: 'Journey |||| Journeys',
      fields: {
        name: 'Name',
        description: 'Description',
        ownerId: 'Owner',
        segmentIds: 'Segments',
        segmentId: 'Segment',
        targetNps: 'Target NPS',
        targetDate: 'Target date',
        stageIds: 'Stages',
        targetNps_gte: 'Target NPS at least',
        targetNps_lte: 'Target NPS at most',
        ...RECORD_FIELDS.en,
      },
    },
  },
  regie: {
    journeys: {
      owner_help: 'Who answers for this journey',
      target_help: '−100 to 100; stages without their own target use it',
      target_date_help: 'When the target should be reached',
      nps: 'NPS',
      stages: {
        title: 'Stages',
        add: 'Add stage',
        empty: 'No stages yet.',
        stage: 'Stage',
        importance: 'Importance',
        reach: 'Reach',
        channels: 'Channels',
        nps: 'NPS, last %{days} days',
        moment_of_truth: 'Moment of truth',
        move_up: 'Move up',
        move_down: 'Move down',
        edit: 'Edit',
        move_up_named: 'Move "%{stage}" up',
        move_down_named: 'Move "%{stage}" down',
        edit_named: 'Edit "%{stage}"',
        nps_unavailable: 'NPS unavailable',
        target: 'target %{target}',
        target_of_journey: "target %{target} (journey's)",
        no_target: 'no target',
      },
    },
  },
};

const nl: Translation<typeof en> = {
  resources: {
    Journey: {
      name: 'Klantreis |||| Klantreizen',
      fields: {
        name: 'Naam',
        description: 'Omschrijving',
        ownerId: 'Eigenaar',
        segmentIds: 'Segmenten',
        segmentId: 'Segment',
        targetNps: 'Doel-NPS',
        targetDate: 'Doeldatum',
        stageIds: 'Fasen',
        targetNps_gte: 'Doel-NPS minstens',
        targetNps_lte: 'Doel-NPS hoogstens',
        ...RECORD_FIELDS.nl,
      },
    },
  },
  regie: {
    journeys: {
      owner_help: 'Wie verantwoordelijk is voor deze klantreis',
      target_help: '−100 tot 100; fasen zonder eigen doel gebruiken dit',
      target_date_help: 'Wanneer het doel bereikt moet zijn',
      nps: 'NPS',
      stages: {
        title: 'Fasen',
        add: 'Fase toevoegen',
        empty: 'Nog geen fasen.',
        stage: 'Fase',
        importance: 'Belang',
        reach: 'Bereik',
        channels: 'Kanalen',
        nps: 'NPS, laatste %{days} dagen',
        moment_of_truth: 'Moment of truth',
        move_up: 'Omhoog',
        move_down: 'Omlaag',
        edit: 'Bewerken',
        move_up_named: '"%{stage}" omhoog',
        move_down_named: '"%{stage}" omlaag',
        edit_named: '"%{stage}" bewerken',
        nps_unavailable: 'NPS niet beschikbaar',
        target: 'doel %{target}',
        target_of_journey: 'doel %{target} (van de klantreis)',
        no_target: 'geen doel',
      },
    },
  },
};

/** Journeys and their stage sequence (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
