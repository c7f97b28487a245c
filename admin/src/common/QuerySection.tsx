import { Alert, Box, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** What a section needs of a query (react-query's result, or one part of it). */
export interface QueryState<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T[] | undefined;
}

/** One part of a query's answer, with the query's states: for a page that shows an answer in sections. */
export const partOf = <R, T>(query: Omit<QueryState<never>, 'data'> & { data: R | undefined }, pick: (data: R) => T[]): QueryState<T> => ({
  isPending: query.isPending,
  isError: query.isError,
  error: query.error,
  data: query.data === undefined ? undefined : pick(query.data),
});

interface QuerySectionProps<T> {
  title: string;
  /** Under the title: what the numbers cover; a text is set as the secondary line under a title. */
  subtitle?: ReactNode;
  /** Beside the title, e.g. an export button. */
  actions?: ReactNode;
  query: QueryState<T>;
  /** What to say when the answer has no rows. */
  empty: ReactNode;
  /** The height the content will take, so the page does not jump when it arrives. */
  loadingHeight?: number;
  testId: string;
  children: (rows: T[]) => ReactNode;
}

/** A card of a page built on one of the admin's own queries, with its loading, error and empty states. */
export const QuerySection = <T,>({ title, subtitle, actions, query, empty, loadingHeight = 160, testId, children }: QuerySectionProps<T>) => {
  const translate = useTranslate();
  return (
    <Card component="section" data-testid={testId} aria-label={title}>
      <CardContent>
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', rowGap: 0 }}>
          <Typography variant="h6" component="h2">
            {title}
          </Typography>
          {actions}
        </Stack>
        {subtitle && (
          <Box sx={{ mb: 1 }}>
            {typeof subtitle === 'string' ? (
              <Typography variant="body2" color="text.secondary">
                {subtitle}
              </Typography>
            ) : (
              subtitle
            )}
          </Box>
        )}
        {query.isPending ? (
          <Skeleton variant="rounded" height={loadingHeight} aria-label={translate('regie.common.query.loading', { title: title.toLowerCase() })} />
        ) : query.isError ? (
          <Alert severity="error" data-testid="query-error">
            {query.error instanceof Error && query.error.message ? query.error.message : translate('regie.common.query.error', { title: title.toLowerCase() })}
          </Alert>
        ) : !query.data || query.data.length === 0 ? (
          <Typography variant="body2" color="text.secondary" component="div" sx={{ py: 2 }}>
            {empty}
          </Typography>
        ) : (
          children(query.data)
        )}
      </CardContent>
    </Card>
  );
};
