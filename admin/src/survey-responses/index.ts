import ResponseIcon from '@mui/icons-material/ThumbsUpDown';
import type { ResourceProps } from 'react-admin';
import { SurveyResponseList } from './SurveyResponseList';
import { SurveyResponseShow } from './SurveyResponseShow';
import type { SurveyResponseRecord } from './types';

// Read and erased here; recorded by survey tools (recordSurveyResponses) and the CSV import.
export const surveyResponses = {
  list: SurveyResponseList,
  show: SurveyResponseShow,
  icon: ResponseIcon,
  recordRepresentation: (response: SurveyResponseRecord) => `${response.source} · ${response.externalId}`,
} satisfies Omit<ResourceProps, 'name'>;
