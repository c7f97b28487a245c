import { RECORD_FIELDS } from '../common/messages.ts';
import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  resources: {
    KpiMeasurement: {
      name: 'KPI measurement |||| KPI measurements',
      fields: {
        kpiId: 'KPI',
        departmentId: 'Department',
        period: 'Period',
        value: 'Value',
        note: 'Note',
        period_gte: 'From period',
        period_lte: 'Until period',
        ...RECORD_FIELDS.en,
      },
    },
  },
  regie: {
    kpi_measurements: {
      period_help: 'A month such as 2026-11 or a quarter such as 2026-Q4',
      value_help: "In the KPI's unit",
    },
  },
};

const nl: Translation<typeof en> = {
  resources: {
    KpiMeasurement: {
      name: 'KPI-meting |||| KPI-metingen',
      fields: {
        kpiId: 'KPI',
        departmentId: 'Afdeling',
        period: 'Periode',
        value: 'Waarde',
        note: 'Notitie',
        period_gte: 'Vanaf periode',
        period_lte: 'Tot en met periode',
        ...RECORD_FIELDS.nl,
      },
    },
  },
  regie: {
    kpi_measurements: {
      period_help: 'Een maand zoals 2026-11 of een kwartaal zoals 2026-Q4',
      value_help: 'In de eenheid van de KPI',
    },
  },
};

/** KPI measurements (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
