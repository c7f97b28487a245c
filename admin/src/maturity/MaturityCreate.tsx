import { Alert, Box, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import {
  Create,
  DateInput,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  useNotify,
  useRedirect,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { calendarDay } from '../nps/values';
import { useFormat } from '../common/useFormat';
import { useSaveErrorHandler } from '../errors';
import { pillarKey } from '../initiatives/choices';
import { readSession } from '../session';
import { PILLARS, pillarMeans } from './latest';
import { useQuestionnaire } from './queries';
import type { MaturityStatement, Pillar } from './types';

const SCORES = [1, 2, 3, 4, 5];

/** Not after today: the server refuses an assessment in the future. */
const notInFuture = (value: unknown) => (typeof value === 'string' && value > calendarDay(new Date()) ? 'ra.validation.maxValue' : undefined);

/** The form's answers are keyed by statement (`answers.JOURNEY_INSIGHT_1`); the API takes a list. */
interface FormValues {
  departmentId: string;
  assessedAt: string;
  answers: Record<string, number | string>;
}

const toApi = ({ departmentId, assessedAt, answers }: FormValues) => ({
  departmentId,
  assessedAt,
  answers: Object.entries(answers ?? {}).map(([statement, score]) => ({ statement, score: Number(score) })),
});

/** A pillar's mean as soon as its three statements are scored: what the assessment will record. */
const PillarScore = ({ pillar, statements }: { pillar: Pillar; statements: MaturityStatement[] }) => {
  const translate = useTranslate();
  const format = useFormat();
  const answers = useWatch({ name: 'answers' }) as Record<string, unknown> | undefined;
  const mean = pillarMeans(answers ?? {}, statements)[pillar];
  return (
    <Typography variant="body2" sx={{ fontWeight: 600, color: mean === undefined ? 'text.secondary' : 'primary.main' }} data-testid="maturity-form-pillar-score" data-pillar={pillar}>
      {mean === undefined ? translate('regie.maturity.form.pillar_open') : translate('regie.maturity.form.pillar_score', { score: format.number(mean, 2) })}
    </Typography>
  );
};

/**
 * The questionnaire, a pillar at a time: each statement a row of five radio buttons (arrow keys
 * move between them, as for any radio group), the pillar's mean once its three are scored.
 */
const Questionnaire = () => {
  const translate = useTranslate();
  const questionnaire = useQuestionnaire();
  if (questionnaire.isPending) return <Skeleton variant="rounded" height={400} />;
  if (questionnaire.isError || !questionnaire.data) return <Alert severity="error">{translate('regie.maturity.form.questionnaire_error')}</Alert>;
  const statements = questionnaire.data;
  const choices = SCORES.map(score => ({ id: score, name: `${score} · ${translate(`regie.maturity.form.scale.${score}`)}` }));
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <Typography variant="body2">{translate('regie.maturity.form.statements')}</Typography>
      {PILLARS.map(pillar => {
        const ofPillar = statements.filter(statement => statement.pillar === pillar);
        return (
          <Card key={pillar} variant="outlined" component="fieldset" sx={{ p: 0, m: 0 }} data-testid="maturity-form-pillar">
            <CardContent>
              <Stack direction="row" spacing={2} useFlexGap sx={{ justifyContent: 'space-between', alignItems: 'baseline', flexWrap: 'wrap' }}>
                <Typography variant="h6" component="legend" sx={{ fontSize: '1.05rem', float: 'left', p: 0 }}>
                  {translate(pillarKey(pillar))}
                </Typography>
                <PillarScore pillar={pillar} statements={ofPillar} />
              </Stack>
              {ofPillar.map(statement => (
                <Box key={statement.key} sx={{ mt: 1.5, clear: 'both' }} data-testid="maturity-form-statement" data-statement={statement.key}>
                  <RadioButtonGroupInput
                    source={`answers.${statement.key}`}
                    label={translate(`regie.maturity.statement.${statement.key}`, { _: statement.text })}
                    choices={choices}
                    validate={required('regie.maturity.form.choose')}
                    parse={value => (value === '' || value === null ? null : Number(value))}
                    helperText={false}
                    // The statement reads as text, not as a shrunken field label.
                    sx={{ m: 0, '& .MuiFormLabel-root': { position: 'static', transform: 'none', color: 'text.primary', fontSize: '0.95rem', lineHeight: 1.4, whiteSpace: 'normal', mb: 0.5 }, '& .MuiFormGroup-root': { columnGap: 1 } }}
                  />
                </Box>
              ))}
            </CardContent>
          </Card>
        );
      })}
    </Stack>
  );
};

/** A new assessment: the regie team for any department, a lead for their own (the department is fixed). */
export const MaturityCreate = () => {
  const translate = useTranslate();
  const onError = useSaveErrorHandler();
  const notify = useNotify();
  const redirect = useRedirect();
  const onSuccess = (assessment: RaRecord) => {
    notify('regie.maturity.form.saved', { type: 'success' });
    redirect('show', 'MaturityAssessment', assessment.id);
  };
  const person = readSession()?.person;
  const ownOnly = person?.role === 'DEPARTMENT_LEAD';
  const defaults = { departmentId: ownOnly ? person?.departmentId : undefined, assessedAt: calendarDay(new Date()) };
  return (
    <Create<RaRecord> transform={data => toApi(data as unknown as FormValues)} mutationOptions={{ onError, onSuccess }}>
      <SimpleForm defaultValues={defaults}>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', width: '100%' }}>
          <ReferenceInput source="departmentId" reference="Department" sort={{ field: 'name', order: 'ASC' }} perPage={500}>
            <SelectInput
              label={translate('regie.maturity.form.department')}
              validate={required()}
              readOnly={ownOnly}
              helperText={ownOnly ? translate('regie.maturity.form.own_department') : false}
              fullWidth={false}
              sx={{ minWidth: 280 }}
            />
          </ReferenceInput>
          <DateInput source="assessedAt" label={translate('regie.maturity.form.assessed_at')} validate={[required(), notInFuture]} helperText={false} fullWidth={false} />
        </Stack>
        <Questionnaire />
      </SimpleForm>
    </Create>
  );
};
