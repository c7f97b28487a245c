import { RECORD_FIELDS } from '../common/messages.ts';
import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  resources: {
    JourneyStage: {
      name: 'Journey stage |||| Journey stages',
      fields: {
        journeyId: 'Journey',
        name: 'Name',
        position: 'Position',
        importance: 'Importance',
        reach: 'Reach',
        targetNps: 'Target NPS',
        channelIds: 'Channels',
        channelId: 'Channel',
        description: 'Description',
        importance_gte: 'Min. importance',
        importance_lte: 'Max. importance',
        ...RECORD_FIELDS.en,
      },
    },
  },
  regie: {
    journey_stages: {
      importance: {
        '1': '1 · minor',
        '2': '2 · low',
        '3': '3 · medium',
        '4': '4 · high',
        '5': '5 · moment of truth',
        label: 'Importance %{importance} of 5',
        label_moment_of_truth: 'Importance %{importance} of 5, a moment of truth',
      },
      moment_of_truth: 'A moment of truth',
      reach: 'Reach %{percent}',
      journeys_target: "journey's",
      journeys_target_value: "%{target} (journey's)",
      journey_help: 'Another journey moves the stage there, at the end unless a position is given',
      position_help_new: 'Empty: after the last stage. The stages from this place on move one down',
      position_help_edit: 'The stages in between shift by one',
      importance_help: 'How much this moment matters to the customer',
      reach_help: "Share of the journey's customers who pass through this stage",
      target_help: "−100 to 100; empty: the journey's target",
      channels_help: 'Where this moment happens',
      kpis: 'KPIs serving this stage',
    },
  },
};

const nl: Translation<typeof en> = {
  resources: {
    JourneyStage: {
      name: 'Klantreisfase |||| Klantreisfasen',
      fields: {
        journeyId: 'Klantreis',
        name: 'Naam',
        position: 'Positie',
        importance: 'Belang',
        reach: 'Bereik',
        targetNps: 'Doel-NPS',
        channelIds: 'Kanalen',
        channelId: 'Kanaal',
        description: 'Omschrijving',
        importance_gte: 'Min. belang',
        importance_lte: 'Max. belang',
        ...RECORD_FIELDS.nl,
      },
    },
  },
  regie: {
    journey_stages: {
      importance: {
        '1': '1 · gering',
        '2': '2 · laag',
        '3': '3 · gemiddeld',
        '4': '4 · hoog',
        '5': '5 · moment of truth',
        label: 'Belang %{importance} van 5',
        label_moment_of_truth: 'Belang %{importance} van 5, een moment of truth',
      },
      moment_of_truth: 'Een moment of truth',
      reach: 'Bereik %{percent}',
      journeys_target: 'van de klantreis',
      journeys_target_value: '%{target} (van de klantreis)',
      journey_help: 'Een andere klantreis verplaatst de fase daarheen, achteraan tenzij een positie is gegeven',
      position_help_new: 'Leeg: na de laatste fase. De fasen vanaf deze plek schuiven één op',
      position_help_edit: 'De fasen ertussen schuiven één op',
      importance_help: 'Hoeveel dit moment voor de klant uitmaakt',
      reach_help: 'Aandeel van de klanten van de klantreis dat deze fase doorloopt',
      target_help: '−100 tot 100; leeg: het doel van de klantreis',
      channels_help: 'Waar dit moment plaatsvindt',
      kpis: 'KPI’s voor deze fase',
    },
  },
};

/** Journey stages (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
