import { DeleteButton, useRecordContext, useTranslate } from 'react-admin';
import type { InitiativeRecord } from './record';

/**
 * Delete, offered for a proposal without decisions only: the server refuses any other (reject or
 * park it instead). DeleteButton checks canAccess with the record: a lead, their own department's.
 */
export const DeleteProposalButton = () => {
  const record = useRecordContext<InitiativeRecord>();
  const translate = useTranslate();
  if (!record || (record.decisions?.length ?? 0) > 0) return null;
  return (
    <DeleteButton
      mutationMode="pessimistic"
      confirmTitle={translate('regie.initiatives.delete.title', { title: record.title })}
      confirmContent="regie.initiatives.delete.content"
    />
  );
};
