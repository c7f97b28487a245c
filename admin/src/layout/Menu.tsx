import NpsIcon from '@mui/icons-material/Insights';
import PlanIcon from '@mui/icons-material/EventNote';
import RoadmapIcon from '@mui/icons-material/FormatListNumbered';
import SiloIcon from '@mui/icons-material/JoinInner';
import MaturityIcon from '@mui/icons-material/Radar';
import UploadIcon from '@mui/icons-material/UploadFile';
import { Menu as RaMenu, useCanAccess } from 'react-admin';
import { IMPORT_PATH } from '../import/paths';
import { MATURITY_PATH } from '../maturity/paths';
import { NPS_PATH } from '../nps/paths';
import { PLAN_PATH } from '../plan/paths';
import { ROADMAP_PATH } from '../roadmap/paths';
import { SILO_PATH } from '../silo/paths';

/** The CSV import, for whom may record survey responses. */
const ImportMenuItem = () => {
  const { canAccess } = useCanAccess({ action: 'import', resource: 'SurveyResponse' });
  return canAccess ? <RaMenu.Item to={IMPORT_PATH} primaryText="regie.layout.menu.import" leftIcon={<UploadIcon />} /> : null;
};

/**
 * The resources in the order people work with them: the initiatives with the pages that rank,
 * plan and compare them, the measurement pages beside the journeys they measure. Each resource
 * entry shows only to whom may list it (canAccess); a resource or page added in App.tsx needs its
 * line here.
 */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem primaryText="regie.dashboard.menu" />
    <RaMenu.ResourceItem name="Initiative" />
    <RaMenu.Item to={ROADMAP_PATH} primaryText="regie.layout.menu.roadmap" leftIcon={<RoadmapIcon />} />
    <RaMenu.Item to={PLAN_PATH} primaryText="regie.layout.menu.plan" leftIcon={<PlanIcon />} />
    <RaMenu.Item to={SILO_PATH} primaryText="regie.layout.menu.silo" leftIcon={<SiloIcon />} />
    <RaMenu.Item to={MATURITY_PATH} primaryText="regie.maturity.menu" leftIcon={<MaturityIcon />} />
    <RaMenu.ResourceItem name="Journey" />
    <RaMenu.ResourceItem name="JourneyStage" />
    <RaMenu.Item to={NPS_PATH} primaryText="regie.layout.menu.nps" leftIcon={<NpsIcon />} />
    <RaMenu.ResourceItem name="SurveyResponse" />
    <ImportMenuItem />
    <RaMenu.ResourceItem name="Department" />
    <RaMenu.ResourceItem name="Kpi" />
    <RaMenu.ResourceItem name="KpiMeasurement" />
    <RaMenu.ResourceItem name="Channel" />
    <RaMenu.ResourceItem name="Segment" />
    <RaMenu.ResourceItem name="Decision" />
    <RaMenu.ResourceItem name="ScoringModel" />
    <RaMenu.ResourceItem name="Person" />
    <RaMenu.ResourceItem name="ApiToken" />
    <RaMenu.ResourceItem name="AuditEntry" />
  </RaMenu>
);
