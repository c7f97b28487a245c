import { RECORD_FIELDS } from '../common/messages.ts';
import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  resources: {
    Department: {
      name: 'Department |||| Departments',
      fields: {
        name: 'Name',
        code: 'Code',
        description: 'Description',
        leadId: 'Lead',
        capacities: 'Capacity per quarter',
        quarter: 'Quarter',
        personWeeks: 'Person-weeks',
        ...RECORD_FIELDS.en,
      },
    },
  },
  regie: {
    departments: {
      code_help: 'Short and unique, e.g. CS; stored in capitals',
      lead_help: "Who leads the department's CX work",
      capacities_help: 'Person-weeks available for CX initiatives',
      capacity_table: 'Capacity per quarter (person-weeks)',
      no_capacity: 'No capacity set.',
      quarter_twice: '%{quarter} is listed twice',
      kpis: 'KPIs',
    },
  },
};

const nl: Translation<typeof en> = {
  resources: {
    Department: {
      name: 'Afdeling |||| Afdelingen',
      fields: {
        name: 'Naam',
        code: 'Code',
        description: 'Omschrijving',
        leadId: 'Leider',
        capacities: 'Capaciteit per kwartaal',
        quarter: 'Kwartaal',
        personWeeks: 'Persoonsweken',
        ...RECORD_FIELDS.nl,
      },
    },
  },
  regie: {
    departments: {
      code_help: 'Kort en uniek, bijv. CS; opgeslagen in hoofdletters',
      lead_help: 'Wie het CX-werk van de afdeling leidt',
      capacities_help: 'Persoonsweken beschikbaar voor CX-initiatieven',
      capacity_table: 'Capaciteit per kwartaal (persoonsweken)',
      no_capacity: 'Geen capaciteit ingesteld.',
      quarter_twice: '%{quarter} staat er twee keer in',
      kpis: 'KPI’s',
    },
  },
};

/** Departments and their capacity (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
