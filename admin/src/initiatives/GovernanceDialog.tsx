import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useId, useState, type ReactNode } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { saveErrorMessage, serverErrorOf } from '../errors';

export interface GovernanceDialogProps {
  title: string;
  /** What happens, in a sentence (from → to, what the log will say). */
  description: ReactNode;
  confirmLabel: string;
  confirmColor?: 'primary' | 'error' | 'warning' | 'success';
  reasonRequired: boolean;
  /** A rank input, for pinning. */
  withRank?: { initial?: number };
  /** Said once it is done, e.g. "Initiative approved". */
  doneMessage: string;
  onConfirm(values: { reason: string; rank?: number }): Promise<unknown>;
  onClose(): void;
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * Asks for the reason of a governance step (a status move, a pin) and takes it: the reason goes
 * into the decision log. Input errors from the server show under their input; other refusals
 * (a stale version, not allowed) at the top of the dialog, which stays open with the reason kept
 * (a notification would sit behind the dialog, hidden from screen readers by the modal). Once
 * done, the page reloads the initiative and its history.
 */
export const GovernanceDialog = ({ title, description, confirmLabel, confirmColor = 'primary', reasonRequired, withRank, doneMessage, onConfirm, onClose }: GovernanceDialogProps) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [rank, setRank] = useState(withRank?.initial ? String(withRank.initial) : '');
  const [errors, setErrors] = useState<{ reason?: string; rank?: string }>({});
  const [refusal, setRefusal] = useState<string>();
  const [pending, setPending] = useState(false);

  const check = () => {
    const found: typeof errors = {};
    if (reasonRequired && !reason.trim()) found.reason = translate('regie.initiatives.dialog.reason_required');
    if (withRank && !(Number.isInteger(Number(rank)) && Number(rank) >= 1)) found.rank = translate('regie.initiatives.dialog.rank_invalid');
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const confirm = async () => {
    if (!check()) return;
    setPending(true);
    setRefusal(undefined);
    try {
      await onConfirm({ reason: reason.trim(), rank: withRank ? Number(rank) : undefined });
      notify(doneMessage, { type: 'success', messageArgs: { _: doneMessage } });
      refresh();
      onClose();
    } catch (error) {
      const fields = serverErrorOf(error)?.errors;
      const onInputs = { reason: textOf(fields?.reason), rank: textOf(fields?.rank) };
      if (onInputs.reason || onInputs.rank) setErrors(onInputs);
      else setRefusal(saveErrorMessage(error, translate('resources.Initiative.name', { smart_count: 1 }).toLowerCase(), translate));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open onClose={pending ? undefined : onClose} maxWidth="sm" fullWidth aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {refusal && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {refusal}
          </Alert>
        )}
        <DialogContentText component="div" sx={{ mb: 2 }}>
          {description}
        </DialogContentText>
        {withRank && (
          <TextField
            label={translate('regie.initiatives.dialog.rank')}
            type="number"
            value={rank}
            onChange={event => setRank(event.target.value)}
            error={!!errors.rank}
            helperText={errors.rank ?? translate('regie.initiatives.dialog.rank_help')}
            slotProps={{ htmlInput: { min: 1, step: 1 } }}
            sx={{ mb: 2, width: 200 }}
            autoFocus
          />
        )}
        <TextField
          label={translate(reasonRequired ? 'regie.initiatives.dialog.reason' : 'regie.initiatives.dialog.reason_optional')}
          value={reason}
          onChange={event => setReason(event.target.value)}
          error={!!errors.reason}
          helperText={errors.reason ?? translate('regie.initiatives.dialog.reason_help')}
          required={reasonRequired}
          multiline
          minRows={2}
          fullWidth
          autoFocus={!withRank}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={pending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" color={confirmColor} onClick={confirm} disabled={pending}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
