import { Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useTranslate } from 'react-admin';
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
  const translate = useTranslate();
  const report = useQuery({ queryKey: ['siloReport'], queryFn: () => dataProvider.siloReport() });
  const minResponses = useActiveModel().active?.minResponses;
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Title title={translate('regie.silo.title')} />
      <QuerySection
        title={translate('regie.silo.overlaps')}
        subtitle={translate('regie.silo.overlaps_explained')}
        query={partOf(report, data => data.overlaps)}
        empty={translate('regie.silo.overlaps_empty')}
        loadingHeight={300}
        testId="overlaps"
      >
        {overlaps => <OverlapTable overlaps={overlaps} minResponses={minResponses} />}
      </QuerySection>
      <QuerySection
        title={translate('regie.silo.uncovered')}
        subtitle={translate('regie.silo.uncovered_explained')}
        query={partOf(report, data => data.uncoveredMoments)}
        empty={translate('regie.silo.uncovered_empty')}
        testId="uncovered-moments"
      >
        {moments => <UncoveredTable moments={moments} />}
      </QuerySection>
    </Stack>
  );
};
