import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  regie: {
    roadmap: {
      title: 'Roadmap',
      explained:
        'The open initiatives of every department (under review, approved, in progress), ranked by priority score: what they do for the customer along the journeys, per person-week. A rank pinned by the regie team overrides the order. Ranks are across all departments; the filters do not renumber them.',
      ranked: 'Ranked initiatives',
      first: 'The first %{count}',
      count: '%{count} initiative |||| %{count} initiatives',
      empty: 'No open initiative matches these filters.',
      filters: {
        quarter: 'Quarter',
        quarter_help: 'Targeting it, without a target, or carried over',
        all_quarters: 'All quarters',
        department: 'Department',
        department_help: 'Owning or contributing',
        all_departments: 'All departments',
        pillar: 'Pillar',
        all_pillars: 'All pillars',
      },
      columns: {
        rank: 'Rank',
        initiative: 'Initiative',
        department: 'Dept.',
        status: 'Status',
        priority_score: 'Priority score',
        journey_impact: 'Journey impact',
      },
      why: 'Why',
      why_label: 'Why %{title} scores %{score}',
      carried_over: 'Carried over from %{quarter}',
      pinned: 'Pinned',
      pinned_because: 'Pinned: %{reason}',
      pinned_by_regie: 'Pinned by the regie team',
    },
  },
};

const nl: Translation<typeof en> = {
  regie: {
    roadmap: {
      title: 'Roadmap',
      explained:
        'De open initiatieven van alle afdelingen (ter beoordeling, goedgekeurd, in uitvoering), gerangschikt op prioriteitsscore: wat ze langs de klantreizen voor de klant doen, per persoonsweek. Een positie die het regieteam vastzette gaat voor. Posities gelden over alle afdelingen; de filters nummeren ze niet opnieuw.',
      ranked: 'Gerangschikte initiatieven',
      first: 'De eerste %{count}',
      count: '%{count} initiatief |||| %{count} initiatieven',
      empty: 'Geen open initiatief past bij deze filters.',
      filters: {
        quarter: 'Kwartaal',
        quarter_help: 'Gericht op dit kwartaal, zonder doel, of doorgeschoven',
        all_quarters: 'Alle kwartalen',
        department: 'Afdeling',
        department_help: 'Eigenaar of bijdrager',
        all_departments: 'Alle afdelingen',
        pillar: 'Pijler',
        all_pillars: 'Alle pijlers',
      },
      columns: {
        rank: 'Positie',
        initiative: 'Initiatief',
        department: 'Afd.',
        status: 'Status',
        priority_score: 'Prioriteitsscore',
        journey_impact: 'Klantreisimpact',
      },
      why: 'Waarom',
      why_label: 'Waarom %{title} %{score} scoort',
      carried_over: 'Doorgeschoven uit %{quarter}',
      pinned: 'Vastgezet',
      pinned_because: 'Vastgezet: %{reason}',
      pinned_by_regie: 'Vastgezet door het regieteam',
    },
  },
};

/** The roadmap (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
