import PushPinIcon from '@mui/icons-material/PushPin';
import { Button as MuiButton } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { Button, useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
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
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'pin', resource: 'Initiative', record });
  const [open, setOpen] = useState<'pin' | 'unpin'>();
  if (!record || !canAccess) return null;
  const pinned = record.pinnedRank != null;

  return (
    <>
      <PinButton label={translate(pinned ? 'regie.initiatives.pin.change_rank' : 'regie.initiatives.pin.pin_rank')} compact={compact} icon={<PushPinIcon />} onClick={() => setOpen('pin')} />
      {pinned && <PinButton label={translate('regie.initiatives.pin.unpin')} compact={compact} onClick={() => setOpen('unpin')} />}
      {open === 'pin' && (
        <GovernanceDialog
          title={translate('regie.initiatives.pin.pin_title', { title: record.title })}
          description={pinned ? translate('regie.initiatives.pin.pinned_now', { rank: record.pinnedRank }) : translate('regie.initiatives.pin.pin_explained')}
          confirmLabel={translate('regie.initiatives.pin.pin_rank')}
          reasonRequired
          withRank={{ initial: record.pinnedRank }}
          doneMessage={translate('regie.initiatives.pin.pinned')}
          onConfirm={({ rank, reason }) => dataProvider.pinRank({ id: record.id, rank: rank!, reason, version: record.version })}
          onClose={() => setOpen(undefined)}
        />
      )}
      {open === 'unpin' && (
        <GovernanceDialog
          title={translate('regie.initiatives.pin.unpin_title', { title: record.title })}
          description={translate('regie.initiatives.pin.unpin_explained', { rank: record.pinnedRank })}
          confirmLabel={translate('regie.initiatives.pin.unpin')}
          reasonRequired
          doneMessage={translate('regie.initiatives.pin.unpinned')}
          onConfirm={({ reason }) => dataProvider.unpinRank({ id: record.id, reason, version: record.version })}
          onClose={() => setOpen(undefined)}
        />
      )}
    </>
  );
};
