import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { ChangePassword } from './account/ChangePassword';
import { apiTokens } from './api-tokens';
import { auditEntries } from './audit-entries';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import { departments } from './departments';
import { i18nProvider } from './i18nProvider';
import { CHANGE_PASSWORD_PATH, Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { people } from './people';
import { initiatives } from './initiatives';
import { decisions } from './decisions';
import { journeys } from './journeys';
import { journeyStages } from './journey-stages';
import { channels } from './channels';
import { segments } from './segments';
import { kpis } from './kpis';
import { kpiMeasurements } from './kpi-measurements';
import { surveyResponses } from './survey-responses';
import { IMPORT_PATH, ImportResponses } from './import';
import { JOURNEY_MAP_ROUTE, JourneyMapPage } from './journey-map';
import { MATURITY_PATH, MaturityPage, maturityAssessments } from './maturity';
import { JourneyNps, NPS_PATH, NpsOverview } from './nps';
import { PLAN_PATH, QuarterPlanPage } from './plan';
import { ROADMAP_PATH, RoadmapPage } from './roadmap';
import { scoringModels } from './scoring';
import { SILO_PATH, SiloPage } from './silo';

// Resource names are the GraphQL type names (see dataProvider.ts). Menus (layout/Menu.tsx), buttons
// and pages follow authProvider.canAccess: everyone reads; API tokens, the audit trail and the CSV
// import appear for the regie team only.
// The layout shows the admin only to someone signed in (see SessionGuard).
export const App = () => (
  <Admin dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} loginPage={LoginPage} layout={Layout} dashboard={Dashboard} title="Regie" disableTelemetry>
    <Resource name="Initiative" {...initiatives} />
    <Resource name="Journey" {...journeys} />
    <Resource name="JourneyStage" {...journeyStages} />
    <Resource name="Department" {...departments} />
    <Resource name="Kpi" {...kpis} />
    <Resource name="KpiMeasurement" {...kpiMeasurements} />
    <Resource name="Channel" {...channels} />
    <Resource name="Segment" {...segments} />
    <Resource name="SurveyResponse" {...surveyResponses} />
    <Resource name="Decision" {...decisions} />
    <Resource name="ScoringModel" {...scoringModels} />
    <Resource name="Person" {...people} />
    <Resource name="ApiToken" {...apiTokens} />
    <Resource name="AuditEntry" {...auditEntries} />
    <Resource name="MaturityAssessment" {...maturityAssessments} />
    <CustomRoutes>
      <Route path={CHANGE_PASSWORD_PATH} element={<ChangePassword />} />
      <Route path={ROADMAP_PATH} element={<RoadmapPage />} />
      <Route path={PLAN_PATH} element={<QuarterPlanPage />} />
      <Route path={SILO_PATH} element={<SiloPage />} />
      <Route path={NPS_PATH} element={<NpsOverview />} />
      <Route path={`${NPS_PATH}/:journeyId`} element={<JourneyNps />} />
      <Route path={IMPORT_PATH} element={<ImportResponses />} />
      <Route path={JOURNEY_MAP_ROUTE} element={<JourneyMapPage />} />
      <Route path={MATURITY_PATH} element={<MaturityPage />} />
    </CustomRoutes>
  </Admin>
);
