import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { RegieDataProvider } from '../dataProvider';
import { statusKey } from './choices';
import { GovernanceDialog } from './GovernanceDialog';
import type { InitiativeRecord } from './record';
import { StatusChip } from './StatusField';
import { movesFrom, type Move } from './workflow';

const colorOf = (move: Move) => (move.action === 'REJECT' ? 'error' : move.action === 'PARK' ? 'warning' : 'primary');
/** Forward along the flow stands out; stepping back, rejecting and parking do not. */
const isForward = (move: Move) => !move.needsReason && move.action !== 'WITHDRAW';

/**
 * The next steps of the initiative's workflow that the signed-in person may take: submit and
 * withdraw for its department's lead (canAccess `transition`), the rest for the regie team
 * (`decide`). Each asks for a reason and sends the version the page shows.
 */
export const TransitionButtons = () => {
  const record = useRecordContext<InitiativeRecord>();
  const dataProvider = useDataProvider<RegieDataProvider>();
  const translate = useTranslate();
  const { canAccess: mayTransition = false } = useCanAccess({ action: 'transition', resource: 'Initiative', record });
  const { canAccess: mayDecide = false } = useCanAccess({ action: 'decide', resource: 'Initiative', record });
  const [chosen, setChosen] = useState<Move>();
  if (!record) return null;
  const moves = movesFrom(record.status, { transition: mayTransition, decide: mayDecide });
  if (moves.length === 0) return null;

  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="transition-buttons">
      {moves.map(move => (
        <Button key={move.to} size="small" variant={isForward(move) ? 'contained' : 'outlined'} color={colorOf(move)} onClick={() => setChosen(move)}>
          {translate(move.label)}
        </Button>
      ))}
      {chosen && (
        <GovernanceDialog
          title={translate('regie.initiatives.step_title', { step: translate(chosen.label), title: record.title })}
          description={
            <>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                <StatusChip status={chosen.from} />
                <span>→</span>
                <StatusChip status={chosen.to} />
              </Stack>
              {chosen.needsReason
                ? translate('regie.initiatives.say_why', { status: translate(statusKey(chosen.to)).toLowerCase() })
                : translate('regie.initiatives.step_kept')}
            </>
          }
          confirmLabel={translate(chosen.label)}
          confirmColor={colorOf(chosen)}
          reasonRequired={chosen.needsReason}
          doneMessage={translate(`regie.initiatives.done.${chosen.action}`)}
          onConfirm={({ reason }) => dataProvider.transitionInitiative({ id: record.id, to: chosen.to, reason, version: record.version })}
          onClose={() => setChosen(undefined)}
        />
      )}
    </Stack>
  );
};
