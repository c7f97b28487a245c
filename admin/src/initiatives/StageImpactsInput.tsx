import AddIcon from '@mui/icons-material/AddCircleOutlineOutlined';
import { ArrayInput, Button, SelectInput, SimpleFormIterator, TextInput, required, useSimpleFormIterator, type Validator } from 'react-admin';
import { useLevelValues } from '../scoring/useLevelValues';
import { impactLevelChoices } from './choices';
import { StageInput } from './StageInput';

/** One impact per stage: the server refuses a stage named twice, so the form says so first. */
const onceEach: Validator = (value, values: { impacts?: { stageId?: string }[] }) =>
  value && (values.impacts ?? []).filter(impact => impact?.stageId === value).length > 1 ? 'This stage already has an impact above' : undefined;

const stageValidators = [required(), onceEach];

const AddImpactButton = () => {
  const { add } = useSimpleFormIterator();
  return (
    <Button label="Add a stage impact" onClick={() => add({ level: 'MEDIUM' })}>
      <AddIcon />
    </Button>
  );
};

/**
 * The stage-impact editor: a row per touched stage, the stage picked under its journey, its
 * level (with the value it weighs in the active scoring model) and why. Saved as the `impacts`
 * argument; the data provider sends each row as { stageId, level, rationale }.
 */
export const StageImpactsInput = () => {
  const levelChoices = impactLevelChoices(useLevelValues());
  return (
    <ArrayInput source="impacts" label={false} helperText={false}>
      <SimpleFormIterator
        inline
        disableReordering
        disableClear
        fullWidth
        addButton={<AddImpactButton />}
        sx={{ '& .RaSimpleFormIterator-inline': { columnGap: 2, flexWrap: { xs: 'wrap', lg: 'nowrap' } } }}
      >
        <StageInput source="stageId" validate={stageValidators} helperText={false} sx={{ width: 440 }} />
        <SelectInput source="level" label="Impact" choices={levelChoices} defaultValue="MEDIUM" validate={required()} helperText={false} sx={{ width: 150 }} />
        <TextInput source="rationale" label="Why this stage changes this much" helperText={false} sx={{ flex: 1, minWidth: 260 }} />
      </SimpleFormIterator>
    </ArrayInput>
  );
};
