import type { AreaMessages } from '../i18n/areas.ts';
import type { Translation } from '../i18n/translation.ts';

const en = {
  resources: {
    AuditEntry: {
      name: 'Audit entry |||| Audit trail',
      fields: {
        at: 'When',
        actorName: 'Who',
        actorType: 'Acting as',
        operation: 'Operation',
        action: 'Action',
        entity: 'Type',
        entityId: 'Record',
        at_gte: 'From',
        at_lte: 'Until',
      },
    },
  },
  regie: {
    audit: {
      action: {
        CREATE: 'Created',
        UPDATE: 'Updated',
        DELETE: 'Deleted',
      },
      entity: {
        ApiToken: 'API token',
        Channel: 'Channel',
        Decision: 'Decision',
        Department: 'Department',
        DepartmentCapacity: 'Department capacity',
        Initiative: 'Initiative',
        Journey: 'Journey',
        JourneyStage: 'Journey stage',
        Kpi: 'KPI',
        KpiMeasurement: 'KPI measurement',
        MaturityAssessment: 'Maturity assessment',
        Person: 'Person',
        ScoringModel: 'Scoring model',
        Segment: 'Segment',
        StageImpact: 'Stage impact',
        SurveyResponse: 'Survey response',
      },
      actor: 'Actor',
      record_id: 'Record id',
      operation_placeholder: 'e.g. updateDepartment',
      changed_fields: 'Changed fields',
      changes: 'Changes',
      no_changes: 'No fields changed.',
      field: 'Field',
      before: 'Before',
      after: 'After',
    },
  },
};

const nl: Translation<typeof en> = {
  resources: {
    AuditEntry: {
      name: 'Auditregel |||| Audittrail',
      fields: {
        at: 'Wanneer',
        actorName: 'Wie',
        actorType: 'Handelend als',
        operation: 'Operatie',
        action: 'Actie',
        entity: 'Type',
        entityId: 'Record',
        at_gte: 'Van',
        at_lte: 'Tot en met',
      },
    },
  },
  regie: {
    audit: {
      action: {
        CREATE: 'Aangemaakt',
        UPDATE: 'Gewijzigd',
        DELETE: 'Verwijderd',
      },
      entity: {
        ApiToken: 'API-token',
        Channel: 'Kanaal',
        Decision: 'Besluit',
        Department: 'Afdeling',
        DepartmentCapacity: 'Afdelingscapaciteit',
        Initiative: 'Initiatief',
        Journey: 'Klantreis',
        JourneyStage: 'Klantreisfase',
        Kpi: 'KPI',
        KpiMeasurement: 'KPI-meting',
        MaturityAssessment: 'Volwassenheidsmeting',
        Person: 'Persoon',
        ScoringModel: 'Scoremodel',
        Segment: 'Segment',
        StageImpact: 'Fase-impact',
        SurveyResponse: 'Enquêtereactie',
      },
      actor: 'Actor',
      record_id: 'Record-id',
      operation_placeholder: 'bijv. updateDepartment',
      changed_fields: 'Gewijzigde velden',
      changes: 'Wijzigingen',
      no_changes: 'Geen velden gewijzigd.',
      field: 'Veld',
      before: 'Voor',
      after: 'Na',
    },
  },
};

/** The audit trail (see i18n/areas.ts). */
export const messages: AreaMessages = { en, nl };
