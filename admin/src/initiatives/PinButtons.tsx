import PushPinIcon from '@mui/icons-material/PushPin';
import { Button as MuiButton } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { Button, useCanAccess, useDataProvider, useRecordContext } from 'react-admin';
import type { RegieDataProvider } from '../dataProvider';
import { GovernanceDialog } from './GovernanceDialog';
import type { InitiativeRecord } from './record';

/** A button with its icon, or (compact, in a table row) its words alone, small. */
const PinButton = ({ label, compact, icon, onClick }: { label: string; compact: boolean; icon?: ReactElement; onClick(): void }) =>
  compact ? (
    <MuiButton size="small" onClick={onClick} sx={{ minWidth: 0, textTransform: 'none' }}>
      {label}
    </MuiButton>
  ) : (
    <Button label={label} onClick={onClick}>
      {icon}
    </Button>
  );

/**
 * The regie team pins a roadmap rank (or changes or removes it), always with a reason (canAccess
 * `pin`: initiatives:decide). Pinning onto a rank another initiative holds is refused by the
 * server, naming the holder; the dialog shows that under the rank.
 */
export const PinButtons = ({ compact = false }: { compact?: boolean }) => {
  const record = useRecordContext<InitiativeRecord>();
  const dataProvider = useDataProvider<RegieDataProvider>();
  const { canAccess } = useCanAccess({ action: 'pin', resource: 'Initiative', record });
  const [open, setOpen] = useState<'pin' | 'unpin'>();
  if (!record || !canAccess) return null;
  const pinned = record.pinnedRank != null;

  return (
    <>
      <PinButton label={pinned ? 'Change rank' : 'Pin rank'} compact={compact} icon={<PushPinIcon />} onClick={() => setOpen('pin')} />
      {pinned && <PinButton label="Unpin" compact={compact} onClick={() => setOpen('unpin')} />}
      {open === 'pin' && (
        <GovernanceDialog
          title={`Pin the roadmap rank of ${record.title}`}
          description={pinned ? `Now pinned at rank ${record.pinnedRank}.` : 'A pinned rank overrides the order by score on the roadmap.'}
          confirmLabel="Pin rank"
          reasonRequired
          withRank={{ initial: record.pinnedRank }}
          doneMessage="Rank pinned"
          onConfirm={({ rank, reason }) => dataProvider.pinRank({ id: record.id, rank: rank!, reason, version: record.version })}
          onClose={() => setOpen(undefined)}
        />
      )}
      {open === 'unpin' && (
        <GovernanceDialog
          title={`Unpin ${record.title}`}
          description={`Rank ${record.pinnedRank} is removed; the initiative takes its place by score again.`}
          confirmLabel="Unpin"
          reasonRequired
          doneMessage="Rank unpinned"
          onConfirm={({ reason }) => dataProvider.unpinRank({ id: record.id, reason, version: record.version })}
          onClose={() => setOpen(undefined)}
        />
      )}
    </>
  );
};
