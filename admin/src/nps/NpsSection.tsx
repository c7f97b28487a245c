import { Alert, Box, Card, CardContent, Skeleton, Typography } from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { NpsSummaryRow } from './types';

interface NpsSectionProps {
  title: string;
  /** Under the title: what the numbers cover (NpsPeriod). */
  subtitle?: ReactNode;
  summary: UseQueryResult<NpsSummaryRow[]>;
  /** What to say when the summary has no rows. */
  empty: string;
  /** The height the content will take, so the page does not jump when it arrives. */
  loadingHeight?: number;
  testId: string;
  children: (rows: NpsSummaryRow[]) => ReactNode;
}

/** A card of the NPS pages, with its own loading, error and empty states. */
export const NpsSection = ({ title, subtitle, summary, empty, loadingHeight = 160, testId, children }: NpsSectionProps) => (
  <Card component="section" data-testid={testId} aria-label={title}>
    <CardContent>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      {subtitle && <Box sx={{ mb: 1 }}>{subtitle}</Box>}
      {summary.isPending ? (
        <Skeleton variant="rounded" height={loadingHeight} aria-label={`Loading ${title.toLowerCase()}`} />
      ) : summary.isError ? (
        <Alert severity="error" data-testid="nps-error">
          {summary.error instanceof Error && summary.error.message ? summary.error.message : `The ${title.toLowerCase()} could not be loaded.`}
        </Alert>
      ) : summary.data.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
          {empty}
        </Typography>
      ) : (
        children(summary.data)
      )}
    </CardContent>
  </Card>
);
