import { Box, Chip, Divider, Stack, Tooltip, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  EditButton,
  Labeled,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField, NumberField } from '../i18n/fields';
import { formatScore } from '../scoring/explain';
import { ScoreExplanation } from '../scoring/ScoreExplanation';
import { PILLAR_CHOICES } from './choices';
import { DecisionHistory } from './DecisionHistory';
import { DeleteProposalButton } from './DeleteProposalButton';
import { PinButtons } from './PinButtons';
import { RealisedImpact } from './RealisedImpact';
import type { InitiativeRecord } from './record';
import { StageImpacts } from './StageImpacts';
import { StatusField } from './StatusField';
import { TransitionButtons } from './TransitionButtons';

// Edit and Delete check canAccess with the record (a lead: own department, while it is a proposal or under review).
const InitiativeActions = () => (
  <TopToolbar>
    <PinButtons />
    <EditButton />
    <DeleteProposalButton />
  </TopToolbar>
);

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

/** The title, the status with the workflow's next steps, and the pin. */
const Header = () => {
  const record = useRecordContext<InitiativeRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack spacing={1.5}>
      <Typography variant="h5" component="h1" data-testid="initiative-title">
        {record.title}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <StatusField />
        {record.pinnedRank != null && (
          <Tooltip title={record.pinReason ?? ''}>
            <Chip size="small" variant="outlined" color="secondary" label={translate('regie.initiatives.show.pinned_at', { rank: record.pinnedRank })} data-testid="pinned-rank" />
          </Tooltip>
        )}
        <TransitionButtons />
      </Stack>
    </Stack>
  );
};

const ContributingDepartments = (_props: { label?: string }) => {
  const record = useRecordContext<InitiativeRecord>();
  const departments = record?.contributingDepartments ?? [];
  if (departments.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {departments.map(department => (
        <Chip key={department.id} size="small" label={`${department.name} (${department.code})`} />
      ))}
    </Stack>
  );
};

const PinnedRank = (_props: { label?: string }) => {
  const record = useRecordContext<InitiativeRecord>();
  const translate = useTranslate();
  if (record?.pinnedRank == null) return <Typography variant="body2">{translate('regie.initiatives.show.not_pinned')}</Typography>;
  return (
    <Typography variant="body2">
      {record.pinnedRank}
      {record.pinReason && (
        <Typography component="span" variant="body2" color="text.secondary">
          {` — ${record.pinReason}`}
        </Typography>
      )}
    </Typography>
  );
};

const PriorityScore = (_props: { label?: string }) => {
  const record = useRecordContext<InitiativeRecord>();
  return (
    <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="initiative-priority-score">
      {formatScore(record?.priorityScore)}
    </Typography>
  );
};

/** Why it scores what it scores, now, with the active scoring model. */
const Score = () => {
  const record = useRecordContext<InitiativeRecord>();
  return record?.scoreBreakdown ? <ScoreExplanation score={record.scoreBreakdown} /> : null;
};

const OwningDepartment = (_props: { label?: string }) => {
  const record = useRecordContext<InitiativeRecord>();
  return record ? <Typography variant="body2">{`${record.department.name} (${record.department.code})`}</Typography> : null;
};

// No max-width: with one, auto-fill would size the page for as many columns as fit in it, however narrow the window.
const FACTS_GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', columnGap: 3, rowGap: 0.5 } as const;

/**
 * THE initiative page: what it is and who owns it, what it does for the customer along the
 * journeys and the score that makes of it, where it stands in the workflow (with the next steps
 * for whom may take them), and the decision history.
 */
export const InitiativeShow = () => (
  <Show actions={<InitiativeActions />}>
    <Box sx={{ p: 2 }}>
      <Header />
      <TextField source="description" component="p" emptyText="regie.initiatives.show.no_description" sx={{ mt: 2, whiteSpace: 'pre-wrap', maxWidth: 900 }} />
      <Divider sx={{ my: 2 }} />
      <Box sx={FACTS_GRID}>
        <Labeled label="resources.Initiative.fields.departmentId">
          <OwningDepartment />
        </Labeled>
        <Labeled label="resources.Initiative.fields.ownerId">
          <TextField source="owner.name" emptyText="—" />
        </Labeled>
        <Labeled label="resources.Initiative.fields.pillar">
          <SelectField source="pillar" choices={PILLAR_CHOICES} />
        </Labeled>
        <Labeled label="resources.Initiative.fields.targetQuarter">
          <TextField source="targetQuarter" emptyText="—" />
        </Labeled>
        <Labeled label="resources.Initiative.fields.effort">
          <NumberField source="effort" />
        </Labeled>
        <Labeled label="resources.Initiative.fields.confidence">
          <NumberField source="confidence" options={{ style: 'percent' }} />
        </Labeled>
        <Labeled label="regie.initiatives.show.commercial_value">
          <NumberField source="commercialValue" />
        </Labeled>
        <Labeled label="resources.Initiative.fields.priorityScore">
          <PriorityScore />
        </Labeled>
        <Labeled label="resources.Initiative.fields.pinnedRank">
          <PinnedRank />
        </Labeled>
        <Labeled label="resources.Initiative.fields.contributingDepartmentIds" sx={{ gridColumn: 'span 2' }}>
          <ContributingDepartments />
        </Labeled>
        <Labeled label="resources.Initiative.fields.createdAt">
          <DateField source="createdAt" showTime />
        </Labeled>
        <Labeled label="resources.Initiative.fields.updatedAt">
          <DateField source="updatedAt" showTime />
        </Labeled>
        <Labeled label="resources.Initiative.fields.completedAt">
          <DateField source="completedAt" showTime emptyText="—" />
        </Labeled>
        <Labeled label="resources.Initiative.fields.version">
          <NumberField source="version" />
        </Labeled>
      </Box>
      <Section title="regie.initiatives.show.stage_impacts">
        <StageImpacts />
      </Section>
      <RealisedImpact />
      <Section title="regie.initiatives.show.score">
        <Score />
      </Section>
      <Section title="regie.initiatives.show.decision_history">
        <DecisionHistory />
      </Section>
    </Box>
  </Show>
);
