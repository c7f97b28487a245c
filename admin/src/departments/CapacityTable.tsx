import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { Capacity } from './capacities';

const PERSON_WEEKS = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** The department's person-weeks per quarter, in quarter order. */
export const CapacityTable = (_props: { label?: string; source?: string }) => {
  const department = useRecordContext<{ capacities?: Capacity[] }>();
  const capacities = [...(department?.capacities ?? [])].sort((a, b) => a.quarter.localeCompare(b.quarter));
  if (capacities.length === 0) return <Typography variant="body2">No capacity set.</Typography>;
  return (
    <Table size="small" sx={{ width: 'auto', minWidth: 280 }} data-testid="department-capacities">
      <TableHead>
        <TableRow>
          <TableCell>Quarter</TableCell>
          <TableCell align="right">Person-weeks</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {capacities.map(({ quarter, personWeeks }) => (
          <TableRow key={quarter}>
            <TableCell>{quarter}</TableCell>
            <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {PERSON_WEEKS.format(personWeeks)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
