import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  regie: {
    plan: {
      title: 'Quarter plan · %{quarter}',
      quarter: 'Quarter',
      explained:
        "Each department's capacity is filled in roadmap order, approved and in-progress work first, then what is under review. Candidates are the open initiatives targeting %{quarter}, those without a target quarter, and those carried over from a quarter that has passed. Contributing departments do not use capacity.",
      plan_for: 'Plan for %{quarter}',
      empty: 'There are no departments yet.',
      totals: {
        sentence: '%{planned} of %{capacity} person-weeks planned for %{initiatives} in %{departments}; %{deferred} deferred.',
        initiatives: '%{count} initiative |||| %{count} initiatives',
        departments: '%{count} department |||| %{count} departments',
      },
      capacity: {
        none: 'No capacity set for %{quarter}: nothing can be planned.',
        planned: '%{planned} of %{capacity} person-weeks planned',
        left: ' · %{left} left',
        meter: 'Capacity planned',
        meter_value: '%{planned} of %{capacity} person-weeks',
      },
      planned: 'Planned',
      nothing_planned: 'Nothing planned.',
      planned_for: 'Planned for %{department}',
      deferred: 'Deferred',
      deferred_for: 'Deferred for %{department}',
      carried_over: 'Carried over from %{quarter}',
      columns: {
        rank: 'Rank',
        initiative: 'Initiative',
        status: 'Status',
        effort: 'Effort',
        cumulative: 'Cumulative',
        why: 'Why',
      },
    },
  },
};

const nl: Translation<typeof en> = {
  regie: {
    plan: {
      title: 'Kwartaalplanning · %{quarter}',
      quarter: 'Kwartaal',
      explained:
        'De capaciteit van elke afdeling wordt gevuld in roadmapvolgorde: eerst goedgekeurd werk en werk in uitvoering, dan wat ter beoordeling ligt. Kandidaten zijn de open initiatieven voor %{quarter}, die zonder doelkwartaal en die zijn doorgeschoven uit een verstreken kwartaal. Bijdragende afdelingen gebruiken geen capaciteit.',
      plan_for: 'Planning voor %{quarter}',
      empty: 'Er zijn nog geen afdelingen.',
      totals: {
        sentence: '%{planned} van %{capacity} persoonsweken gepland voor %{initiatives} in %{departments}; %{deferred} uitgesteld.',
        initiatives: '%{count} initiatief |||| %{count} initiatieven',
        departments: '%{count} afdeling |||| %{count} afdelingen',
      },
      capacity: {
        none: 'Geen capaciteit ingesteld voor %{quarter}: er kan niets worden gepland.',
        planned: '%{planned} van %{capacity} persoonsweken gepland',
        left: ' · %{left} over',
        meter: 'Geplande capaciteit',
        meter_value: '%{planned} van %{capacity} persoonsweken',
      },
      planned: 'Gepland',
      nothing_planned: 'Niets gepland.',
      planned_for: 'Gepland voor %{department}',
      deferred: 'Uitgesteld',
      deferred_for: 'Uitgesteld voor %{department}',
      carried_over: 'Doorgeschoven uit %{quarter}',
      columns: {
        rank: 'Positie',
        initiative: 'Initiatief',
        status: 'Status',
        effort: 'Inzet',
        cumulative: 'Cumulatief',
        why: 'Waarom',
      },
    },
  },
};

/** The quarter plan (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
