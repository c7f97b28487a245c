import PushPinIcon from '@mui/icons-material/PushPin';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useRecordContext } from 'react-admin';
import type { RegieDataProvider } from '../dataProvider';
import { GovernanceDialog } from './GovernanceDialog';
import type { InitiativeRecord } from './record';

/** The regie team pins a roadmap rank (or changes or removes it), always with a reason. */
export const PinButtons = () => {
  const record = useRecordContext<InitiativeRecord>();
  const dataProvider = useDataProvider<RegieDataProvider>();
  const { canAccess } = useCanAccess({ action: 'pin', resource: 'Initiative', record });
  const [open, setOpen] = useState<'pin' | 'unpin'>();
  if (!record || !canAccess) return null;
  const pinned = record.pinnedRank != null;

  return (
    <>
      <Button label={pinned ? 'Change rank' : 'Pin rank'} onClick={() => setOpen('pin')}>
        <PushPinIcon />
      </Button>
      {pinned && <Button label="Unpin" onClick={() => setOpen('unpin')} />}
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
