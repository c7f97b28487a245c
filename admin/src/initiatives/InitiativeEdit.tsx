import { Alert, Box } from '@mui/material';
import type { ReactNode } from 'react';
import { Edit, SaveButton, ShowButton, SimpleForm, Toolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { useSaveErrorHandler } from '../errors';
import { statusKey } from './choices';
import { DeleteProposalButton } from './DeleteProposalButton';
import { InitiativeInputs } from './InitiativeInputs';
import type { InitiativeRecord } from './record';

/**
 * The edit form only for whom may edit this initiative (canAccess with the record): someone who
 * types the address of another department's initiative, or of one past review, is told why
 * instead. Should the status change while the form is open, the server refuses (FORBIDDEN) and
 * the save handler shows its reason.
 */
const OnlyIfEditable = ({ children }: { children: ReactNode }) => {
  const record = useRecordContext<InitiativeRecord>();
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ action: 'edit', resource: 'Initiative', record, enabled: !!record });
  if (!record || isPending) return null;
  if (canAccess) return <>{children}</>;
  return (
    <Box sx={{ p: 2 }}>
      <Alert severity="warning" data-testid="edit-refused" action={<ShowButton label="regie.initiatives.back" />}>
        {translate('regie.initiatives.edit_refused', {
          proposed: translate(statusKey('PROPOSED')).toLowerCase(),
          under_review: translate(statusKey('UNDER_REVIEW')).toLowerCase(),
          status: translate(statusKey(record.status)).toLowerCase(),
          department: record.department.name,
        })}
      </Alert>
    </Box>
  );
};

// Pessimistic like every edit: a stale version (CONFLICT) or a refusal shows while the form is
// open. The record's `version` travels with the form values; updateInitiative checks it.
export const InitiativeEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <OnlyIfEditable>
        <SimpleForm
          toolbar={
            <Toolbar sx={{ justifyContent: 'space-between' }}>
              <SaveButton />
              <DeleteProposalButton />
            </Toolbar>
          }
        >
          <InitiativeInputs />
        </SimpleForm>
      </OnlyIfEditable>
    </Edit>
  );
};
