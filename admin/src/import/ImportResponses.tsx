import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Link as MuiLink, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Title, useCanAccess, useCreatePath, useLogoutIfAccessDenied, useRefresh, useTranslate } from 'react-admin';
import { useFormat } from '../common/useFormat';
import type { Formatters } from '../common/format';
import type { Translate } from '../i18n/translation';
import { NPS_PATH } from '../nps/paths';
import { currentToken } from '../session';
import { CSV_COLUMNS, REQUIRED_COLUMNS, uploadCsv, type ImportResult, type UploadOutcome } from './upload';

type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; sent: number }
  | { step: 'processing' }
  | { step: 'done'; outcome: UploadOutcome };

const TEMPLATE = `data:text/csv;charset=utf-8,${encodeURIComponent(`${CSV_COLUMNS.join(',')}\n`)}`;

const formatSize = (bytes: number, translate: Translate, format: Formatters) =>
  bytes < 1024
    ? translate('regie.import.size.bytes', { size: format.number(bytes, 0) })
    : bytes < 1024 * 1024
      ? translate('regie.import.size.kb', { size: format.number(bytes / 1024, 1, true) })
      : translate('regie.import.size.mb', { size: format.number(bytes / 1024 / 1024, 1, true) });

const Counts = ({ result }: { result: ImportResult }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <Stack direction="row" spacing={5} sx={{ mt: 1 }} data-testid="import-counts">
      {(
        [
          ['received', result.received, 'import-received'],
          ['created', result.created, 'import-created'],
          ['duplicates', result.duplicates, 'import-duplicates'],
        ] as const
      ).map(([label, count, testId]) => (
        <Box key={label}>
          <Typography variant="caption" color="text.secondary" component="div">
            {translate(`regie.import.counts.${label}`)}
          </Typography>
          <Typography variant="h5" component="div" data-testid={testId}>
            {format.number(count, 0)}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
};

/** The rows the server refused, as it named them: fix these and upload the file again. */
const RowErrors = ({ result }: { result: ImportResult }) => {
  const translate = useTranslate();
  return (
    <TableContainer sx={{ maxHeight: 400, mt: 1 }}>
      <Table size="small" stickyHeader aria-label={translate('regie.import.rows_with_errors')} data-testid="import-errors">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 80 }}>{translate('regie.import.line')}</TableCell>
            <TableCell sx={{ width: 160 }}>{translate('regie.import.column')}</TableCell>
            <TableCell>{translate('regie.import.message')}</TableCell>
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
};

const Outcome = ({ outcome }: { outcome: UploadOutcome }) => {
  const createPath = useCreatePath();
  const translate = useTranslate();
  const format = useFormat();
  if (outcome.kind === 'failed') return <Alert severity="error" data-testid="import-failed">{outcome.message}</Alert>;
  const { result } = outcome;
  if (outcome.kind === 'rejected') {
    const count = Math.max(result.errorCount ?? 0, result.errors.length);
    const found = translate('regie.import.problems', { smart_count: count, count: format.number(count, 0) });
    const listed = count > result.errors.length ? translate('regie.import.listed', { count: result.errors.length }) : '';
    return (
      <Box data-testid="import-rejected">
        <Alert severity="error">
          {translate('regie.import.rejected', { problems: found, rows: format.number(result.received, 0) })}
          {listed}
        </Alert>
        <RowErrors result={result} />
      </Box>
    );
  }
  return (
    <Box data-testid="import-stored">
      <Alert severity="success">
        {result.created === 0
          ? translate('regie.import.stored_none')
          : translate('regie.import.stored', { smart_count: result.created, count: format.number(result.created, 0) })}
        {result.duplicates > 0 && translate('regie.import.duplicates', { count: format.number(result.duplicates, 0) })}.
      </Alert>
      <Counts result={result} />
      <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
        <MuiLink component={Link} to={createPath({ resource: 'SurveyResponse', type: 'list' })}>
          {translate('regie.import.see_responses')}
        </MuiLink>
        <MuiLink component={Link} to={NPS_PATH}>
          {translate('regie.import.see_nps')}
        </MuiLink>
      </Stack>
    </Box>
  );
};

const UploadProgress = ({ phase }: { phase: Phase }) => {
  const translate = useTranslate();
  if (phase.step === 'uploading') {
    const percent = Math.round(phase.sent * 100);
    return (
      <Box>
        <LinearProgress variant="determinate" value={percent} aria-label={translate('regie.import.upload_progress')} data-testid="import-progress" />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate('regie.import.uploading', { percent })}
        </Typography>
      </Box>
    );
  }
  if (phase.step === 'processing') {
    return (
      <Box>
        <LinearProgress aria-label={translate('regie.import.processing_label')} data-testid="import-progress" />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate('regie.import.processing')}
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
  const translate = useTranslate();
  const format = useFormat();
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
    }, translate);
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
        <Title title="regie.import.title" />
        <Alert severity="info">{translate('regie.import.not_allowed')}</Alert>
      </Box>
    );
  }

  return (
    <Card sx={{ mt: 2, maxWidth: 900 }}>
      <Title title="regie.import.title" />
      <CardContent>
        <Stack spacing={2}>
          <Box>
            <Typography variant="body1">
              {translate('regie.import.intro')}{' '}
              <Box component="code" sx={{ fontSize: 13 }}>
                {CSV_COLUMNS.join(', ')}
              </Box>
              .
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {translate('regie.import.required', { columns: REQUIRED_COLUMNS.join(', ') })} {translate('regie.import.rules')}{' '}
              <MuiLink href={TEMPLATE} download="survey-responses.csv">
                {translate('regie.import.template')}
              </MuiLink>
            </Typography>
          </Box>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Button variant="outlined" component="label" startIcon={<UploadFileIcon />} disabled={busy}>
              {translate('regie.import.choose')}
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
              {file ? `${file.name} (${formatSize(file.size, translate, format)})` : translate('regie.import.no_file')}
            </Typography>
          </Stack>
          <Stack direction="row" spacing={1}>
            <Button variant="contained" onClick={() => void upload()} disabled={!file || busy}>
              {translate('regie.import.upload')}
            </Button>
            {phase.step === 'uploading' && <Button onClick={() => abort.current?.()}>{translate('regie.import.cancel')}</Button>}
          </Stack>
          <UploadProgress phase={phase} />
          {phase.step === 'done' && <Outcome outcome={phase.outcome} />}
        </Stack>
      </CardContent>
    </Card>
  );
};
