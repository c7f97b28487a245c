import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, InputAdornment, TextField, Tooltip } from '@mui/material';
import { useRef, useState } from 'react';

/**
 * Shows a newly issued token's secret, the only time it is ever shown: the server keeps its hash.
 * Closes only through Done (no onClose), so that Escape or a stray click beside it does not lose the secret.
 */
export const SecretDialog = ({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) => {
  const input = useRef<HTMLInputElement>(null);
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
      <DialogTitle id="secret-dialog-title">API token "{name}" issued</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          Copy the secret now: it will not be shown again. Regie keeps only a hash of it. An integration sends it as{' '}
          <code>Authorization: Bearer &lt;secret&gt;</code>.
        </Alert>
        <TextField
          label="Secret"
          value={secret}
          fullWidth
          inputRef={input}
          onFocus={event => event.target.select()}
          helperText={copied === 'yes' ? 'Copied to the clipboard' : copied === 'select' ? 'Selected: press Ctrl+C (⌘C) to copy' : ' '}
          slotProps={{
            htmlInput: { readOnly: true, 'data-testid': 'api-token-secret', style: { fontFamily: 'monospace' } },
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <Tooltip title="Copy">
                    <IconButton aria-label="Copy the secret" onClick={copy} edge="end">
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
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
};
