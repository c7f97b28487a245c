import BlockIcon from '@mui/icons-material/Block';
import { useState, type MouseEvent } from 'react';
import { Button, Confirm, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { RegieDataProvider } from '../dataProvider';
import type { ApiTokenRecord } from './ApiTokenStatus';

const stopPropagation = (event: MouseEvent) => event.stopPropagation();

/** Revokes a token after a confirmation; shown only for tokens still in force, and only to whom may revoke. */
export const RevokeButton = () => {
  const token = useRecordContext<ApiTokenRecord>();
  const { canAccess } = useCanAccess({ action: 'revoke', resource: 'ApiToken', record: token });
  const dataProvider = useDataProvider<RegieDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [revoking, setRevoking] = useState(false);
  if (!token || token.revokedAt || !canAccess) return null;

  const revoke = async () => {
    setRevoking(true);
    try {
      await dataProvider.revokeApiToken(token.id);
      notify(`API token "${token.name}" revoked`, { type: 'success', messageArgs: { _: `API token "${token.name}" revoked` } });
      refresh();
    } catch (error) {
      const message = error instanceof Error ? error.message : 'The API token could not be revoked';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setRevoking(false);
      setOpen(false);
    }
  };

  // A click inside the row (or the dialog, which React bubbles through its portal) must not open the row.
  return (
    <span onClick={stopPropagation}>
      <Button label="Revoke" color="error" onClick={() => setOpen(true)} disabled={revoking}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={revoking}
        title={`Revoke the API token "${token.name}"?`}
        content="Integrations that use it are refused from now on. A revoked token cannot be restored; issue a new one instead."
        confirm="Revoke"
        confirmColor="warning"
        onConfirm={revoke}
        onClose={() => setOpen(false)}
      />
    </span>
  );
};
