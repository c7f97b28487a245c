import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  regie: {
    silo: {
      title: 'Silo detector',
      overlaps: 'Overlaps',
      overlaps_explained:
        "Stages that open initiatives of two or more departments touch: the departments could work together, or one of them could stop. The stage's NPS is over the scoring model's window.",
      overlaps_empty: 'No stage is worked on by more than one department.',
      uncovered: 'Uncovered moments',
      uncovered_explained: 'Stages of importance 4 or 5 whose NPS is below target by more than the margin of error, and that no open initiative touches.',
      uncovered_empty: 'Every important moment below target has an initiative working on it.',
      departments: '%{count} departments:',
      together: '· %{weeks} person-weeks together',
      figures: 'NPS %{nps} against target %{target} · %{responses} responses · importance %{importance} · reach %{reach}',
      below_target: '%{gap} below target',
      columns: {
        stage_initiatives: 'Stage › initiatives',
        department: 'Dept.',
        status: 'Status',
        effort: 'Effort',
        score: 'Score',
        journey_stage: 'Journey › stage',
        importance: 'Importance',
        reach: 'Reach',
        nps: 'NPS',
        target: 'Target',
        gap: 'Gap',
        responses: 'Responses',
      },
    },
  },
};

const nl: Translation<typeof en> = {
  regie: {
    silo: {
      title: 'Silodetector',
      overlaps: 'Overlappingen',
      overlaps_explained:
        'Fasen waar open initiatieven van twee of meer afdelingen aan werken: de afdelingen kunnen samenwerken, of een van hen kan stoppen. De NPS van de fase geldt over het venster van het scoremodel.',
      overlaps_empty: 'Aan geen enkele fase werkt meer dan één afdeling.',
      uncovered: 'Momenten zonder aandacht',
      uncovered_explained: 'Fasen met belang 4 of 5 waarvan de NPS meer dan de foutmarge onder het doel ligt, en waar geen open initiatief aan werkt.',
      uncovered_empty: 'Aan elk belangrijk moment onder het doel werkt een initiatief.',
      departments: '%{count} afdelingen:',
      together: '· samen %{weeks} persoonsweken',
      figures: 'NPS %{nps} tegen doel %{target} · %{responses} reacties · belang %{importance} · bereik %{reach}',
      below_target: '%{gap} onder het doel',
      columns: {
        stage_initiatives: 'Fase › initiatieven',
        department: 'Afd.',
        status: 'Status',
        effort: 'Inzet',
        score: 'Score',
        journey_stage: 'Klantreis › fase',
        importance: 'Belang',
        reach: 'Bereik',
        nps: 'NPS',
        target: 'Doel',
        gap: 'Tekort',
        responses: 'Reacties',
      },
    },
  },
};

/** The silo detector (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
