import type { AreaMessages } from '../i18n/areas.ts';

/** The KPI chart's legend and tooltip (see i18n/areas.ts; the rest of the KPI pages' words are in messages.ts). */
export const messages: AreaMessages = {
  en: {
    regie: {
      kpi_chart: {
        value: 'Measured value',
        target: 'Target',
        on_target: 'on target',
        off_target: 'off target',
        no_target: 'no target set',
      },
    },
  },
  nl: {
    regie: {
      kpi_chart: {
        value: 'Gemeten waarde',
        target: 'Doel',
        on_target: 'op doel',
        off_target: 'naast het doel',
        no_target: 'geen doel ingesteld',
      },
    },
  },
};
