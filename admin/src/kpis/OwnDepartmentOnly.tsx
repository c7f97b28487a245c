import { Alert, Box } from '@mui/material';
import type { ReactNode } from 'react';
import { ShowButton, useCanAccess, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { readSession } from '../session';

/** Only the regie team moves a KPI to another department (or a measurement to another department's KPI); a lead's stay their own. */
export const departmentLocked = () => readSession()?.person.role !== 'REGIE';

/**
 * A bulk delete spans departments, and a lead's would be refused for every other department's
 * rows: bulk actions are the regie team's (undefined: react-admin's default, the bulk delete).
 */
export const bulkActionsForRole = () => (departmentLocked() ? false : undefined);

/** What a lead may pick: their own department's KPIs; the regie team any. */
export const ownKpis = (): { departmentId?: string } => {
  const person = readSession()?.person;
  return person?.role === 'REGIE' || !person?.departmentId ? {} : { departmentId: person.departmentId };
};

/**
 * The edit form of a KPI or a measurement only for whom may edit it (canAccess with the record,
 * whose departmentId decides for a lead): someone who types the address of another department's
 * KPI is told why instead of meeting a form the server would refuse.
 */
export const OwnDepartmentOnly = ({ resource, children }: { resource: 'Kpi' | 'KpiMeasurement'; children: ReactNode }) => {
  const record = useRecordContext<{ departmentId?: string }>();
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ action: 'edit', resource, record, enabled: !!record });
  const { data: department } = useGetOne<{ id: string; name: string }>('Department', { id: record?.departmentId ?? '' }, { enabled: !!record?.departmentId && canAccess === false });
  if (!record || isPending) return null;
  if (canAccess) return <>{children}</>;
  return (
    <Box sx={{ p: 2 }}>
      <Alert severity="warning" data-testid="edit-refused" action={<ShowButton label="regie.kpis.back" />}>
        {translate('regie.kpis.edit_refused', { department: department?.name ?? '…' })}
      </Alert>
    </Box>
  );
};
