import { gql } from '@apollo/client';
import { selectionOf } from '../common/selection';
import { MODEL_PREVIEW_FIELDS, SCORE_BREAKDOWN_FIELDS, SCORING_MODEL_FIELDS } from './fields';

const MODEL_ARGUMENTS = '$levels: [LevelValueInput!], $gapWeight: Float, $minResponses: Int, $windowDays: Int, $commercialWeight: Float';
const MODEL_VALUES = 'levels: $levels, gapWeight: $gapWeight, minResponses: $minResponses, windowDays: $windowDays, commercialWeight: $commercialWeight';

export const PREVIEW_SCORING_MODEL = gql`
  query previewScoringModel(${MODEL_ARGUMENTS}) {
    previewScoringModel(${MODEL_VALUES}) { ${selectionOf(MODEL_PREVIEW_FIELDS)} }
  }
`;

export const UPDATE_SCORING_MODEL = gql`
  mutation updateScoringModel(${MODEL_ARGUMENTS}, $reason: String!) {
    updateScoringModel(${MODEL_VALUES}, reason: $reason) { ${selectionOf(SCORING_MODEL_FIELDS)} }
  }
`;

export const SCORE_PREVIEW = gql`
  query scorePreview($impacts: [StageImpactInput!], $effort: Float!, $confidence: Float!, $commercialValue: Int) {
    scorePreview(impacts: $impacts, effort: $effort, confidence: $confidence, commercialValue: $commercialValue) { ${selectionOf(SCORE_BREAKDOWN_FIELDS)} }
  }
`;
