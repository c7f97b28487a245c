import { ApiToken } from '../modules/api-token/api-token.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Channel } from '../modules/channel/channel.entity.js';
import { Decision } from '../modules/decision/decision.entity.js';
import { DepartmentCapacity } from '../modules/department/department-capacity.entity.js';
import { Department } from '../modules/department/department.entity.js';
import { Initiative } from '../modules/initiative/initiative.entity.js';
import { StageImpact } from '../modules/initiative/stage-impact.entity.js';
import { JourneyStage } from '../modules/journey/journey-stage.entity.js';
import { Journey } from '../modules/journey/journey.entity.js';
import { KpiMeasurement } from '../modules/kpi/kpi-measurement.entity.js';
import { Kpi } from '../modules/kpi/kpi.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Segment } from '../modules/segment/segment.entity.js';
import { SignInAttempt } from '../modules/auth/sign-in-attempt.entity.js';
import { SurveyResponseDaily, SurveyResponseMonthly } from '../modules/survey-response/survey-response-aggregate.entity.js';
import { SurveyResponse } from '../modules/survey-response/survey-response.entity.js';
import { ScoringModel } from '../modules/scoring/scoring-model.entity.js';
import { StageWindowCount } from '../modules/scoring/stage-window-count.entity.js';
import { MaturityAssessment } from '../modules/maturity/maturity-assessment.entity.js';

/** Every entity Regie stores; MikroORM and the migrations are built from this list. */
export const entities = [
  Department,
  DepartmentCapacity,
  Person,
  ApiToken,
  AuditEntry,
  Channel,
  Segment,
  Journey,
  JourneyStage,
  Initiative,
  StageImpact,
  Decision,
  Kpi,
  KpiMeasurement,
  SurveyResponse,
  SurveyResponseDaily,
  SurveyResponseMonthly,
  ScoringModel,
  StageWindowCount,
  SignInAttempt,
  MaturityAssessment,
];
