import NpsIcon from '@mui/icons-material/Insights';
import PlanIcon from '@mui/icons-material/EventNote';
import RoadmapIcon from '@mui/icons-material/FormatListNumbered';
import SiloIcon from '@mui/icons-material/JoinInner';
import UploadIcon from '@mui/icons-material/UploadFile';
import { Menu as RaMenu, useCanAccess } from 'react-admin';
import { IMPORT_PATH } from '../import/paths';
import { NPS_PATH } from '../nps/paths';
import { PLAN_PATH } from '../plan/paths';
import { ROADMAP_PATH } from '../roadmap/paths';
import { SILO_PATH } from '../silo/paths';

/** The CSV import, for whom may record survey responses. */
const ImportMenuItem = () => {
  const { canAccess } = useCanAccess({ action: 'import', resource: 'SurveyResponse' });
  return canAccess ? <RaMenu.Item to={IMPORT_PATH} primaryText="Import responses" leftIcon={<UploadIcon />} /> : null;
};

/**
 * The resources in the order people work with them: the initiatives with the pages that rank,
 * plan and compare them, the measurement pages beside the journeys they measure. Each resource
 * entry shows only to whom may list it (canAccess); a resource or page added in App.tsx needs its
 * line here.
 */
export const Menu = () => (
  <RaMenu>
    <RaMenu.ResourceItem name="Initiative" />
    <RaMenu.Item to={ROADMAP_PATH} primaryText="Roadmap" leftIcon={<RoadmapIcon />} />
    <RaMenu.Item to={PLAN_PATH} primaryText="Quarter plan" leftIcon={<PlanIcon />} />
    <RaMenu.Item to={SILO_PATH} primaryText="Silo detector" leftIcon={<SiloIcon />} />
    <RaMenu.ResourceItem name="Journey" />
    <RaMenu.ResourceItem name="JourneyStage" />
    <RaMenu.Item to={NPS_PATH} primaryText="NPS" leftIcon={<NpsIcon />} />
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
