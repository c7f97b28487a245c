import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, InputAdornment, TextField, Tooltip } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslate } from 'react-admin';

/**
 * Shows a newly issued token's secret, the only time it is ever shown: the server keeps its hash.
 * Closes only through Done (no onClose), so that Escape or a stray click beside it does not lose the secret.
 */
export const SecretDialog = ({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) => {
  const input = useRef<HTMLInputElement>(null);
  const translate = useTranslate();
  const [copied, setCopied] = useState<'yes' | 'select' | undefined>();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, a refused permission): select it for Ctrl+C instead.
      input.current?.select();
      setCopied('select');
    }
  };

  return (
    <Dialog open maxWidth="sm" fullWidth aria-labelledby="secret-dialog-title">
      <DialogTitle id="secret-dialog-title">{translate('regie.api_tokens.issued', { name })}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('regie.api_tokens.copy_now')}{' '}
          <code>Authorization: Bearer &lt;secret&gt;</code>.
        </Alert>
        <TextField
          label={translate('regie.api_tokens.secret')}
          value={secret}
          fullWidth
          inputRef={input}
          onFocus={event => event.target.select()}
          helperText={copied === 'yes' ? translate('regie.api_tokens.copied') : copied === 'select' ? translate('regie.api_tokens.selected') : ' '}
          slotProps={{
            htmlInput: { readOnly: true, 'data-testid': 'api-token-secret', style: { fontFamily: 'monospace' } },
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <Tooltip title={translate('regie.api_tokens.copy')}>
                    <IconButton aria-label={translate('regie.api_tokens.copy_secret')} onClick={copy} edge="end">
                      <ContentCopyIcon />
                    </IconButton>
                  </Tooltip>
                </InputAdornment>
              ),
            },
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onDone}>
          {translate('regie.api_tokens.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
