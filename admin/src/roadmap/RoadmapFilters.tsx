import { MenuItem, Stack, TextField } from '@mui/material';
import { useDepartments } from '../departments/useDepartments';
import { useTranslate } from 'react-admin';
import { PILLAR_CHOICES } from '../initiatives/choices';
import { quarterChoices } from '../initiatives/quarters';

export interface RoadmapFilterValues {
  quarter: string;
  departmentId: string;
  pillar: string;
}

// "All …" shows when nothing is chosen, under a label that stays up.
const SELECT = { size: 'small', fullWidth: false, select: true, slotProps: { select: { displayEmpty: true }, inputLabel: { shrink: true } } } as const;

/** Quarter, department and pillar; empty is "all". */
export const RoadmapFilters = ({ values, onChange }: { values: RoadmapFilterValues; onChange: (changes: Partial<RoadmapFilterValues>) => void }) => {
  const departments = useDepartments();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="roadmap-filters">
      <TextField
        {...SELECT}
        label={translate('regie.roadmap.filters.quarter')}
        value={values.quarter}
        onChange={event => onChange({ quarter: event.target.value })}
        sx={{ minWidth: 170 }}
        helperText={translate('regie.roadmap.filters.quarter_help')}
      >
        <MenuItem value="">{translate('regie.roadmap.filters.all_quarters')}</MenuItem>
        {quarterChoices(values.quarter).map(quarter => (
          <MenuItem key={quarter.id} value={quarter.id}>
            {quarter.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...SELECT}
        label={translate('regie.roadmap.filters.department')}
        value={departments ? values.departmentId : ''}
        onChange={event => onChange({ departmentId: event.target.value })}
        sx={{ minWidth: 220 }}
        helperText={translate('regie.roadmap.filters.department_help')}
      >
        <MenuItem value="">{translate('regie.roadmap.filters.all_departments')}</MenuItem>
        {departments?.map(department => (
          <MenuItem key={department.id} value={String(department.id)}>
            {department.name} ({department.code})
          </MenuItem>
        ))}
      </TextField>
      <TextField {...SELECT} label={translate('regie.roadmap.filters.pillar')} value={values.pillar} onChange={event => onChange({ pillar: event.target.value })} sx={{ minWidth: 220 }} helperText=" ">
        <MenuItem value="">{translate('regie.roadmap.filters.all_pillars')}</MenuItem>
        {PILLAR_CHOICES.map(pillar => (
          <MenuItem key={pillar.id} value={pillar.id}>
            {translate(pillar.name)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};
