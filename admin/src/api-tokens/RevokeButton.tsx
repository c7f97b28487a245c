import BlockIcon from '@mui/icons-material/Block';
import { useState, type MouseEvent } from 'react';
import { Button, Confirm, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
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
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [revoking, setRevoking] = useState(false);
  if (!token || token.revokedAt || !canAccess) return null;

  const revoke = async () => {
    setRevoking(true);
    try {
      await dataProvider.revokeApiToken(token.id);
      notify('regie.api_tokens.revoked', { type: 'success', messageArgs: { name: token.name } });
      refresh();
    } catch (error) {
      const message = error instanceof Error ? error.message : translate('regie.api_tokens.not_revoked');
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setRevoking(false);
      setOpen(false);
    }
  };

  // A click inside the row (or the dialog, which React bubbles through its portal) must not open the row.
  return (
    <span onClick={stopPropagation}>
      <Button label="regie.api_tokens.revoke" color="error" onClick={() => setOpen(true)} disabled={revoking}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={revoking}
        title="regie.api_tokens.revoke_title"
        translateOptions={{ name: token.name }}
        content="regie.api_tokens.revoke_explained"
        confirm="regie.api_tokens.revoke"
        confirmColor="warning"
        onConfirm={revoke}
        onClose={() => setOpen(false)}
      />
    </span>
  );
};
