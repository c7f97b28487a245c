import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../common/useFormat';
import type { Capacity } from './capacities';

/** The department's person-weeks per quarter, in quarter order. */
export const CapacityTable = (_props: { label?: string; source?: string }) => {
  const department = useRecordContext<{ capacities?: Capacity[] }>();
  const translate = useTranslate();
  const format = useFormat();
  const capacities = [...(department?.capacities ?? [])].sort((a, b) => a.quarter.localeCompare(b.quarter));
  if (capacities.length === 0) return <Typography variant="body2">{translate('regie.departments.no_capacity')}</Typography>;
  return (
    <Table size="small" sx={{ width: 'auto', minWidth: 280 }} data-testid="department-capacities">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.Department.fields.quarter')}</TableCell>
          <TableCell align="right">{translate('resources.Department.fields.personWeeks')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {capacities.map(({ quarter, personWeeks }) => (
          <TableRow key={quarter}>
            <TableCell>{quarter}</TableCell>
            <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {format.number(personWeeks, 1)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
