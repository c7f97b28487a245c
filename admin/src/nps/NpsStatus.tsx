import { alpha, Chip, Typography, type Theme } from '@mui/material';
import { useWording } from '../i18n/useWording';
import type { NpsSummaryRow } from './types';
import { npsStatus, type NpsStatusKind } from './values';

const CHIP_COLOUR: Record<NpsStatusKind, 'error' | 'warning' | 'success' | 'default'> = {
  below: 'error',
  withinMargin: 'warning',
  meets: 'success',
  insufficient: 'default',
  untargeted: 'default',
  none: 'default',
};

/** Where a row stands against its target, in words on a chip of the matching colour. */
export const NpsStatusChip = ({ row }: { row: Pick<NpsSummaryRow, 'responses' | 'nps' | 'marginOfError' | 'insufficient' | 'gap'> }) => {
  const { kind, text } = npsStatus(row, useWording());
  const colour = CHIP_COLOUR[kind];
  return <Chip size="small" label={text} color={colour} variant={colour === 'default' ? 'outlined' : 'filled'} data-testid="nps-status" data-status={kind} />;
};

const TEXT_COLOUR: Record<NpsStatusKind, string> = {
  below: 'error.main',
  withinMargin: 'warning.dark',
  meets: 'success.dark',
  insufficient: 'text.secondary',
  untargeted: 'text.secondary',
  none: 'text.secondary',
};

/** The same words as NpsStatusChip, as coloured text that wraps: for narrow columns. */
export const NpsStatusText = ({ row }: { row: Pick<NpsSummaryRow, 'responses' | 'nps' | 'marginOfError' | 'insufficient' | 'gap'> }) => {
  const { kind, text } = npsStatus(row, useWording());
  return (
    <Typography variant="caption" component="div" sx={{ color: TEXT_COLOUR[kind], fontWeight: kind === 'below' ? 600 : undefined, lineHeight: 1.3 }} data-testid="nps-status" data-status={kind}>
      {text}
    </Typography>
  );
};

/** A light background for a row in its status's colour; none for rows that are not judged. */
export function statusTint(kind: NpsStatusKind, theme: Theme): string | undefined {
  const colour = CHIP_COLOUR[kind];
  if (colour === 'default') return undefined;
  return alpha(theme.palette[colour].main, theme.palette.mode === 'dark' ? 0.16 : 0.08);
}

/** Rows too small to judge read greyed: reported, never hidden, but not to be trusted. */
export const isGreyed = (kind: NpsStatusKind) => kind === 'insufficient' || kind === 'none';
