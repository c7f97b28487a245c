import { RECORD_FIELDS } from '../common/messages.ts';
import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  resources: {
    Kpi: {
      name: 'KPI |||| KPIs',
      fields: {
        name: 'Name',
        departmentId: 'Department',
        unit: 'Unit',
        direction: 'Direction',
        target: 'Target',
        stageIds: 'Journey stages',
        stageId: 'Journey stage',
        description: 'Description',
        latest: 'Latest',
        ...RECORD_FIELDS.en,
      },
    },
  },
  regie: {
    kpis: {
      direction: {
        HIGHER_IS_BETTER: 'Higher is better ↑',
        LOWER_IS_BETTER: 'Lower is better ↓',
      },
      department_help: 'The department that owns the KPI',
      unit_help: 'e.g. %, seconds, €, count',
      target_help: 'In the unit above; empty: no target',
      stages_help: 'The moments this KPI serves',
      serves: 'Serves the journey stages',
      measurements: 'Measurements',
      add_measurement: 'Add measurement',
      no_measurements: 'No measurements yet.',
      on_target: 'On target',
      off_target: 'Off target',
      chart: '%{kpi} per period',
      chart_target: 'target %{target}',
      own_department: 'Your own department',
      edit_refused:
        'You cannot edit this: the regie team edits the KPIs and measurements of any department, a department lead those of their own. This one belongs to %{department}.',
      back: 'Back',
    },
  },
};

const nl: Translation<typeof en> = {
  resources: {
    Kpi: {
      name: 'KPI |||| KPI’s',
      fields: {
        name: 'Naam',
        departmentId: 'Afdeling',
        unit: 'Eenheid',
        direction: 'Richting',
        target: 'Doel',
        stageIds: 'Klantreisfasen',
        stageId: 'Klantreisfase',
        description: 'Omschrijving',
        latest: 'Laatste',
        ...RECORD_FIELDS.nl,
      },
    },
  },
  regie: {
    kpis: {
      direction: {
        HIGHER_IS_BETTER: 'Hoger is beter ↑',
        LOWER_IS_BETTER: 'Lager is beter ↓',
      },
      department_help: 'De afdeling die eigenaar is van de KPI',
      unit_help: 'bijv. %, seconden, €, aantal',
      target_help: 'In de eenheid hierboven; leeg: geen doel',
      stages_help: 'De momenten die deze KPI dient',
      serves: 'Dient de klantreisfasen',
      measurements: 'Metingen',
      add_measurement: 'Meting toevoegen',
      no_measurements: 'Nog geen metingen.',
      on_target: 'Op doel',
      off_target: 'Naast het doel',
      chart: '%{kpi} per periode',
      chart_target: 'doel %{target}',
      own_department: 'Je eigen afdeling',
      edit_refused:
        'Je kunt dit niet bewerken: het regieteam bewerkt de KPI’s en metingen van elke afdeling, een afdelingsleider die van de eigen afdeling. Deze hoort bij %{department}.',
      back: 'Terug',
    },
  },
};

/** KPIs (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
