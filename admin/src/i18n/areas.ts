/**
 * Every area of the admin brings its own words, in English and Dutch, as a `messages.ts` beside
 * its pages: `export const messages: AreaMessages = { en: { regie: { <area>: { … } } }, nl: { … } }`.
 * The i18n provider merges the areas listed here; an area added to the admin adds its line.
 */
import { messages as dashboard } from '../dashboard/messages.ts';
import { messages as common } from '../common/messages.ts';
import { messages as layout } from '../layout/messages.ts';
import { messages as people } from '../people/messages.ts';
import { messages as channels } from '../channels/messages.ts';
import { messages as segments } from '../segments/messages.ts';
import { messages as departments } from '../departments/messages.ts';
import { messages as kpis } from '../kpis/messages.ts';
import { messages as kpiMeasurements } from '../kpi-measurements/messages.ts';
import { messages as journeys } from '../journeys/messages.ts';
import { messages as journeyStages } from '../journey-stages/messages.ts';
import { messages as nps } from '../nps/messages.ts';
import { messages as initiatives } from '../initiatives/messages.ts';
import { messages as decisions } from '../decisions/messages.ts';
import { messages as scoring } from '../scoring/messages.ts';
import { messages as roadmap } from '../roadmap/messages.ts';
import { messages as plan } from '../plan/messages.ts';
import { messages as silo } from '../silo/messages.ts';
import { messages as surveyResponses } from '../survey-responses/messages.ts';
import { messages as csvImport } from '../import/messages.ts';
import { messages as apiTokens } from '../api-tokens/messages.ts';
import { messages as auditEntries } from '../audit-entries/messages.ts';
import { messages as journeyMap } from '../journey-map/messages.ts';
import { messages as kpiChart } from '../kpis/chartMessages.ts';
import { messages as maturity } from '../maturity/messages.ts';

export type Messages = { [key: string]: string | Messages };
export type AreaMessages = { en: Messages; nl: Messages };

export const AREAS: AreaMessages[] = [dashboard, common, layout, people, channels, segments, departments, kpis, kpiMeasurements, journeys, journeyStages, nps, initiatives, decisions, scoring, roadmap, plan, silo, surveyResponses, csvImport, apiTokens, auditEntries, journeyMap, kpiChart, maturity];
