import { DeleteButton, useRecordContext } from 'react-admin';
import type { InitiativeRecord } from './record';

/**
 * Delete, offered for a proposal without decisions only: the server refuses any other (reject or
 * park it instead). DeleteButton checks canAccess with the record: a lead, their own department's.
 */
export const DeleteProposalButton = () => {
  const record = useRecordContext<InitiativeRecord>();
  if (!record || (record.decisions?.length ?? 0) > 0) return null;
  return (
    <DeleteButton
      mutationMode="pessimistic"
      confirmTitle={`Delete the proposal "${record.title}"?`}
      confirmContent="It has no decisions yet; it is removed with its stage impacts."
    />
  );
};
