import { Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useDataProvider } from 'react-admin';
import { partOf, QuerySection } from '../common/QuerySection';
import type { RegieDataProvider } from '../dataProvider';
import { useActiveModel } from '../scoring/useActiveModel';
import { OverlapTable } from './OverlapTable';
import { UncoveredTable } from './UncoveredTable';

/**
 * `/silos`: the regie team's silo detector (DESIGN §2): stages that open initiatives of two or
 * more departments work on, and important moments below target that nobody works on.
 */
export const SiloPage = () => {
  const dataProvider = useDataProvider<RegieDataProvider>();
  const report = useQuery({ queryKey: ['siloReport'], queryFn: () => dataProvider.siloReport() });
  const minResponses = useActiveModel().active?.minResponses;
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Title title="Silo detector" />
      <QuerySection
        title="Overlaps"
        subtitle={
          <Typography variant="body2" color="text.secondary">
            Stages that open initiatives of two or more departments touch: the departments could work together, or one of them could stop. The stage's NPS is over the scoring
            model's window.
          </Typography>
        }
        query={partOf(report, data => data.overlaps)}
        empty="No stage is worked on by more than one department."
        loadingHeight={300}
        testId="overlaps"
      >
        {overlaps => <OverlapTable overlaps={overlaps} minResponses={minResponses} />}
      </QuerySection>
      <QuerySection
        title="Uncovered moments"
        subtitle={
          <Typography variant="body2" color="text.secondary">
            Stages of importance 4 or 5 whose NPS is below target by more than the margin of error, and that no open initiative touches.
          </Typography>
        }
        query={partOf(report, data => data.uncoveredMoments)}
        empty="Every important moment below target has an initiative working on it."
        testId="uncovered-moments"
      >
        {moments => <UncoveredTable moments={moments} />}
      </QuerySection>
    </Stack>
  );
};
