import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { scoreCategory, type ScoreCategory } from '../nps/values';
import type { SurveyResponseRecord } from './types';

const COLOUR: Record<ScoreCategory, 'success' | 'default' | 'error'> = { promoter: 'success', passive: 'default', detractor: 'error' };

/** The score with what it counts as, "9 · promoter", so that the colour is never the only sign. */
export const ScoreField = (_props: { label?: string; source?: string }) => {
  const response = useRecordContext<SurveyResponseRecord>();
  const translate = useTranslate();
  if (!response) return null;
  const category = scoreCategory(response.score);
  return <Chip size="small" variant="outlined" color={COLOUR[category]} label={`${response.score} · ${translate(`regie.survey_responses.category.${category}`)}`} data-testid="score" />;
};
