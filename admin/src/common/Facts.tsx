import { Box } from '@mui/material';
import { Children, isValidElement, type ReactNode } from 'react';
import { Labeled } from 'react-admin';

/**
 * Fields side by side under their labels, wrapping on narrow screens: a record's key facts above
 * the rest of its page. Like SimpleShowLayout, each field is labelled and classed `ra-field-<source>`.
 */
export const Facts = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 5, rowGap: 1, px: 2, py: 1 }}>
    {Children.map(children, field => {
      if (!isValidElement<{ source?: string }>(field)) return null;
      const { source } = field.props;
      return <Labeled className={source ? `ra-field ra-field-${source}` : 'ra-field'}>{field}</Labeled>;
    })}
  </Box>
);
