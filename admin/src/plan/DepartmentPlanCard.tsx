import { Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useCreatePath, useTranslate } from 'react-admin';
import { useWording } from '../i18n/useWording';
import { StatusChip } from '../initiatives/StatusField';
import { formatWeeks } from '../scoring/explain';
import { CapacityBar } from './CapacityBar';
import type { DepartmentPlan, PlanInitiative } from './types';

const NUMBER = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const COMPACT = { '& .MuiTableCell-root': { px: 1 } } as const;

const InitiativeCell = ({ initiative, carriedOver }: { initiative: PlanInitiative; carriedOver: boolean }) => {
  const createPath = useCreatePath();
  const translate = useTranslate();
  return (
    <TableCell>
      <Typography variant="body2" component={Link} to={createPath({ resource: 'Initiative', id: initiative.id, type: 'show' })}>
        {initiative.title}
      </Typography>
      {carriedOver && <Chip size="small" variant="outlined" label={translate('regie.plan.carried_over', { quarter: initiative.targetQuarter })} data-testid="carried-over" sx={{ ml: 1, height: 20 }} />}
    </TableCell>
  );
};

const Heading = ({ children }: { children: ReactNode }) => (
  <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
    {children}
  </Typography>
);

interface PlanRow {
  rank: number;
  initiative: PlanInitiative;
  carriedOver: boolean;
}

/**
 * The planned or the deferred initiatives of a department: rank, initiative, status and effort,
 * then the column that tells the two apart (the cumulative effort, or why it waits). Rows carry
 * `<testId>-row`, the last cell `last.testId`.
 */
const PlanTable = <R extends PlanRow>({ label, testId, rows, last }: {
  label: string;
  testId: string;
  rows: readonly R[];
  last: { header: string; align?: 'right'; testId: string; cell: (row: R) => ReactNode };
}) => {
  const { translate, locale } = useWording();
  return (
    <Table size="small" aria-label={label} sx={COMPACT} data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell align="right">{translate('regie.plan.columns.rank')}</TableCell>
          <TableCell>{translate('regie.plan.columns.initiative')}</TableCell>
          <TableCell>{translate('regie.plan.columns.status')}</TableCell>
          <TableCell align="right">{translate('regie.plan.columns.effort')}</TableCell>
          <TableCell align={last.align}>{last.header}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => (
          <TableRow key={row.initiative.id} data-testid={`${testId}-row`}>
            <TableCell align="right" sx={NUMBER}>
              {row.rank}
            </TableCell>
            <InitiativeCell initiative={row.initiative} carriedOver={row.carriedOver} />
            <TableCell>
              <StatusChip status={row.initiative.status} />
            </TableCell>
            <TableCell align="right" sx={NUMBER}>
              {formatWeeks(row.initiative.effort, locale)}
            </TableCell>
            <TableCell align={last.align} sx={last.align === 'right' ? NUMBER : undefined} data-testid={last.testId}>
              {last.cell(row)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** A department's part of the quarter plan: capacity used, what is planned in rank order, and what is deferred and why. */
export const DepartmentPlanCard = ({ plan, quarter }: { plan: DepartmentPlan; quarter: string }) => {
  const createPath = useCreatePath();
  const { translate, locale } = useWording();
  const { department, planned, deferred } = plan;
  return (
    <Card variant="outlined" component="section" aria-label={department.name} data-testid="department-plan" data-department={department.code}>
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ fontSize: '1.1rem' }}>
          <Link to={createPath({ resource: 'Department', id: department.id, type: 'show' })} style={{ color: 'inherit' }}>
            {department.name}
          </Link>{' '}
          <Typography component="span" color="text.secondary">
            ({department.code})
          </Typography>
        </Typography>
        <CapacityBar capacity={plan.capacity} planned={plan.plannedEffort} quarter={quarter} />
        <Heading>{translate('regie.plan.planned')}</Heading>
        {planned.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('regie.plan.nothing_planned')}
          </Typography>
        ) : (
          <PlanTable
            label={translate('regie.plan.planned_for', { department: department.name })}
            testId="planned"
            rows={planned}
            last={{ header: translate('regie.plan.columns.cumulative'), align: 'right', testId: 'cumulative-effort', cell: row => formatWeeks(row.cumulativeEffort, locale) }}
          />
        )}
        {deferred.length > 0 && (
          <>
            <Heading>{translate('regie.plan.deferred')}</Heading>
            <PlanTable
              label={translate('regie.plan.deferred_for', { department: department.name })}
              testId="deferred"
              rows={deferred}
              last={{ header: translate('regie.plan.columns.why'), testId: 'deferred-reason', cell: row => row.reason }}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
};
