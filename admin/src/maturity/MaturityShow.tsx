import { Box, Card, CardContent, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { DeleteButton, Show, TopToolbar, useRecordContext, useShowContext, useTranslate } from 'react-admin';
import { QuerySection } from '../common/QuerySection';
import { useFormat } from '../common/useFormat';
import { pillarKey } from '../initiatives/choices';
import { PILLARS } from './latest';
import { PillarRadar } from './PillarRadar';
import { ScoreBar } from './PillarScoresField';
import { ASSESSMENT_FIELDS_WITH_ANSWERS, useAllAssessments, useQuestionnaire } from './queries';
import type { MaturityAssessmentRecord } from './types';

/** The assessment before this one of the same department, to compare with. */
function previousOf(assessment: MaturityAssessmentRecord, all: readonly MaturityAssessmentRecord[]): MaturityAssessmentRecord | undefined {
  return all
    .filter(other => String(other.departmentId) === String(assessment.departmentId) && other.id !== assessment.id && other.assessedAt <= assessment.assessedAt)
    .filter(other => other.assessedAt < assessment.assessedAt || String(other.createdAt ?? '') < String(assessment.createdAt ?? ''))
    .sort((a, b) => b.assessedAt.localeCompare(a.assessedAt) || String(b.createdAt ?? '').localeCompare(String(a.createdAt ?? '')))[0];
}

/** Each pillar's statements with the score given, in the reader's language. */
const Answers = ({ assessment }: { assessment: MaturityAssessmentRecord }) => {
  const translate = useTranslate();
  const questionnaire = useQuestionnaire();
  const scoreOf = new Map((assessment.answers ?? []).map(answer => [answer.statement, answer.score]));
  return (
    <QuerySection title={translate('regie.maturity.answers')} query={questionnaire} empty="—" testId="maturity-answers">
      {statements => (
        <Table size="small" sx={{ '& .MuiTableCell-root': { px: 1 } }}>
          <TableBody>
            {PILLARS.map(pillar => (
              <PillarAnswers key={pillar} pillar={pillar} statements={statements.filter(statement => statement.pillar === pillar)} scoreOf={scoreOf} />
            ))}
          </TableBody>
        </Table>
      )}
    </QuerySection>
  );
};

const PillarAnswers = ({ pillar, statements, scoreOf }: { pillar: string; statements: { key: string; text: string }[]; scoreOf: Map<string, number> }) => {
  const translate = useTranslate();
  return (
    <>
      <TableRow>
        <TableCell colSpan={2} sx={{ bgcolor: 'action.hover', fontWeight: 600 }}>
          {translate(pillarKey(pillar))}
        </TableCell>
      </TableRow>
      {statements.map(statement => {
        const score = scoreOf.get(statement.key);
        return (
          <TableRow key={statement.key} data-testid="maturity-answer" data-statement={statement.key}>
            <TableCell>{translate(`regie.maturity.statement.${statement.key}`, { _: statement.text })}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
              {score === undefined ? '—' : `${score} · ${translate(`regie.maturity.form.scale.${score}`)}`}
            </TableCell>
          </TableRow>
        );
      })}
    </>
  );
};

const AssessmentBody = () => {
  const assessment = useRecordContext<MaturityAssessmentRecord>();
  const translate = useTranslate();
  const format = useFormat();
  const all = useAllAssessments();
  if (!assessment) return null;
  const previous = all.data ? previousOf(assessment, all.data) : undefined;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Box>
        <Typography variant="h5" component="h1">
          {assessment.department.name}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('regie.maturity.assessed_on', { date: format.date(assessment.assessedAt), name: assessment.assessedByName ?? '' })}
        </Typography>
      </Box>
      <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {PILLARS.map(pillar => (
          <Box key={pillar}>
            <Typography variant="caption" color="text.secondary">
              {translate(pillarKey(pillar))}
            </Typography>
            <ScoreBar score={assessment.scores.find(score => score.pillar === pillar)?.score} pillar={pillar} />
          </Box>
        ))}
        <Box>
          <Typography variant="caption" color="text.secondary">
            {translate('resources.MaturityAssessment.fields.overall')}
          </Typography>
          <ScoreBar score={assessment.overall} />
        </Box>
      </Stack>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}>
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h2">
              {translate('regie.maturity.radar.title')}
            </Typography>
            <PillarRadar latest={assessment} previous={previous} />
          </CardContent>
        </Card>
        <Answers assessment={assessment} />
      </Box>
    </Stack>
  );
};

const ShowActions = () => {
  const { record } = useShowContext<MaturityAssessmentRecord>();
  return <TopToolbar>{record && <DeleteButton mutationMode="pessimistic" />}</TopToolbar>;
};

/** One assessment: its pillar scores, the radar against the department's previous one, and every answer. */
export const MaturityShow = () => (
  <Show actions={<ShowActions />} queryOptions={{ meta: { sparseFields: ASSESSMENT_FIELDS_WITH_ANSWERS } }}>
    <AssessmentBody />
  </Show>
);
