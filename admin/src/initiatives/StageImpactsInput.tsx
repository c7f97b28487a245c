import AddIcon from '@mui/icons-material/AddCircleOutlineOutlined';
import { ArrayInput, Button, SelectInput, SimpleFormIterator, TextInput, required, useSimpleFormIterator, useTranslate, type Validator } from 'react-admin';
import { useFormat } from '../common/useFormat';
import { useLevelValues } from '../scoring/useLevelValues';
import { impactLevelChoices } from './choices';
import { StageInput } from './StageInput';

/** One impact per stage: the server refuses a stage named twice, so the form says so first. */
const onceEach: Validator = (value, values: { impacts?: { stageId?: string }[] }) =>
  value && (values.impacts ?? []).filter(impact => impact?.stageId === value).length > 1 ? 'regie.initiatives.inputs.stage_once' : undefined;

const stageValidators = [required(), onceEach];

const AddImpactButton = () => {
  const { add } = useSimpleFormIterator();
  return (
    <Button label="regie.initiatives.inputs.add_impact" onClick={() => add({ level: 'MEDIUM' })}>
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
  const translate = useTranslate();
  const format = useFormat();
  const levelChoices = impactLevelChoices(translate, useLevelValues(), value => format.number(value));
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
        <SelectInput source="level" label="regie.initiatives.inputs.impact" choices={levelChoices} translateChoice={false} defaultValue="MEDIUM" validate={required()} helperText={false} sx={{ width: 150 }} />
        <TextInput source="rationale" label="regie.initiatives.inputs.rationale" helperText={false} sx={{ flex: 1, minWidth: 260 }} />
      </SimpleFormIterator>
    </ArrayInput>
  );
};
