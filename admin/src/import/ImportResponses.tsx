import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Link as MuiLink, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Title, useCanAccess, useCreatePath, useLogoutIfAccessDenied, useRefresh } from 'react-admin';
import { NPS_PATH } from '../nps/paths';
import { currentToken } from '../session';
import { CSV_COLUMNS, REQUIRED_COLUMNS, uploadCsv, type ImportResult, type UploadOutcome } from './upload';

type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; sent: number }
  | { step: 'processing' }
  | { step: 'done'; outcome: UploadOutcome };

const TEMPLATE = `data:text/csv;charset=utf-8,${encodeURIComponent(`${CSV_COLUMNS.join(',')}\n`)}`;

const formatSize = (bytes: number) =>
  bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const Counts = ({ result }: { result: ImportResult }) => (
  <Stack direction="row" spacing={5} sx={{ mt: 1 }} data-testid="import-counts">
    {(
      [
        ['Received', result.received, 'import-received'],
        ['Created', result.created, 'import-created'],
        ['Duplicates', result.duplicates, 'import-duplicates'],
      ] as const
    ).map(([label, count, testId]) => (
      <Box key={label}>
        <Typography variant="caption" color="text.secondary" component="div">
          {label}
        </Typography>
        <Typography variant="h5" component="div" data-testid={testId}>
          {count.toLocaleString()}
        </Typography>
      </Box>
    ))}
  </Stack>
);

/** The rows the server refused, as it named them: fix these and upload the file again. */
const RowErrors = ({ result }: { result: ImportResult }) => (
  <TableContainer sx={{ maxHeight: 400, mt: 1 }}>
    <Table size="small" stickyHeader aria-label="Rows with errors" data-testid="import-errors">
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 80 }}>Line</TableCell>
          <TableCell sx={{ width: 160 }}>Column</TableCell>
          <TableCell>Message</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {result.errors.map((error, index) => (
          <TableRow key={index} data-testid="import-error">
            <TableCell>{error.line}</TableCell>
            <TableCell sx={{ fontFamily: 'monospace' }}>{error.column || '—'}</TableCell>
            <TableCell>{error.message}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </TableContainer>
);

const Outcome = ({ outcome }: { outcome: UploadOutcome }) => {
  const createPath = useCreatePath();
  if (outcome.kind === 'failed') return <Alert severity="error" data-testid="import-failed">{outcome.message}</Alert>;
  const { result } = outcome;
  if (outcome.kind === 'rejected') {
    const count = Math.max(result.errorCount ?? 0, result.errors.length);
    const found = count === 1 ? 'One problem was found' : `${count.toLocaleString()} problems were found`;
    const listed = count > result.errors.length ? ` The first ${result.errors.length} are listed.` : '';
    return (
      <Box data-testid="import-rejected">
        <Alert severity="error">
          {found} in {result.received.toLocaleString()} rows: nothing was stored. Fix the file and upload it again.{listed}
        </Alert>
        <RowErrors result={result} />
      </Box>
    );
  }
  return (
    <Box data-testid="import-stored">
      <Alert severity="success">
        {result.created === 0 ? 'No new responses were stored' : result.created === 1 ? 'One response was stored' : `${result.created.toLocaleString()} responses were stored`}
        {result.duplicates > 0 && `; ${result.duplicates.toLocaleString()} had been received before and were left as they were`}.
      </Alert>
      <Counts result={result} />
      <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
        <MuiLink component={Link} to={createPath({ resource: 'SurveyResponse', type: 'list' })}>
          See the survey responses
        </MuiLink>
        <MuiLink component={Link} to={NPS_PATH}>
          See NPS per journey
        </MuiLink>
      </Stack>
    </Box>
  );
};

const UploadProgress = ({ phase }: { phase: Phase }) => {
  if (phase.step === 'uploading') {
    const percent = Math.round(phase.sent * 100);
    return (
      <Box>
        <LinearProgress variant="determinate" value={percent} aria-label="Upload progress" data-testid="import-progress" />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          Uploading… {percent}%
        </Typography>
      </Box>
    );
  }
  if (phase.step === 'processing') {
    return (
      <Box>
        <LinearProgress aria-label="The server is storing the responses" data-testid="import-progress" />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          Uploaded; the server is checking and storing the responses…
        </Typography>
      </Box>
    );
  }
  return null;
};

/**
 * `/import`: a CSV of survey responses, sent as it is to the server, which checks every row and
 * stores all or nothing. For whom may record responses (the regie team).
 */
export const ImportResponses = () => {
  const { canAccess, isPending } = useCanAccess({ action: 'import', resource: 'SurveyResponse' });
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const refresh = useRefresh();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const abort = useRef<(() => void) | null>(null);
  const busy = phase.step === 'uploading' || phase.step === 'processing';

  // Leaving the page stops an upload that is still going.
  useEffect(() => () => abort.current?.(), []);

  const upload = async () => {
    if (!file) return;
    setPhase({ step: 'uploading', sent: 0 });
    const request = uploadCsv(file, currentToken(), {
      onProgress: sent => setPhase(current => (current.step === 'uploading' ? { step: 'uploading', sent } : current)),
      onSent: () => setPhase({ step: 'processing' }),
    });
    abort.current = request.abort;
    const outcome = await request.done;
    abort.current = null;
    setPhase({ step: 'done', outcome });
    // A refused session signs out as anywhere else in the admin.
    if (outcome.kind === 'failed' && outcome.status === 401) void logoutIfAccessDenied({ status: 401, message: outcome.message });
    // Lists and summaries read before now no longer hold.
    if (outcome.kind === 'stored' && outcome.result.created > 0) refresh();
  };

  if (isPending) return null;
  if (!canAccess) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title="Import survey responses" />
        <Alert severity="info">Only the regie team (and survey tools with an API token) record survey responses.</Alert>
      </Box>
    );
  }

  return (
    <Card sx={{ mt: 2, maxWidth: 900 }}>
      <Title title="Import survey responses" />
      <CardContent>
        <Stack spacing={2}>
          <Box>
            <Typography variant="body1">
              A CSV file with a header row naming its columns:{' '}
              <Box component="code" sx={{ fontSize: 13 }}>
                {CSV_COLUMNS.join(', ')}
              </Box>
              .
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              Required: {REQUIRED_COLUMNS.join(', ')}. Journey, stage, channel and segment by id or by name; scores are whole numbers from 0
              to 10; <code>respondedAt</code> a date and time (ISO 8601). A response sent before (the same source and external id) is counted as
              a duplicate and left as it was. A file with any bad row stores nothing, and the rows to fix are listed.{' '}
              <MuiLink href={TEMPLATE} download="survey-responses.csv">
                Download a template
              </MuiLink>
            </Typography>
          </Box>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button variant="outlined" component="label" startIcon={<UploadFileIcon />} disabled={busy}>
              Choose CSV file
              <input
                hidden
                type="file"
                accept=".csv,text/csv"
                data-testid="import-file"
                onChange={event => {
                  setFile(event.target.files?.[0] ?? null);
                  setPhase({ step: 'idle' });
                  // The same file again (after fixing it) must fire a change too.
                  event.target.value = '';
                }}
              />
            </Button>
            <Typography variant="body2" color={file ? 'text.primary' : 'text.secondary'} data-testid="import-file-name">
              {file ? `${file.name} (${formatSize(file.size)})` : 'No file chosen'}
            </Typography>
          </Stack>
          <Stack direction="row" spacing={1}>
            <Button variant="contained" onClick={() => void upload()} disabled={!file || busy}>
              Upload
            </Button>
            {phase.step === 'uploading' && <Button onClick={() => abort.current?.()}>Cancel</Button>}
          </Stack>
          <UploadProgress phase={phase} />
          {phase.step === 'done' && <Outcome outcome={phase.outcome} />}
        </Stack>
      </CardContent>
    </Card>
  );
};
