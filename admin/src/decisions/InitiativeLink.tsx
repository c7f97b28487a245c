import type { MouseEvent } from 'react';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';

// Inside a list row, following the link must not also open the row.
const stopPropagation = (event: MouseEvent) => event.stopPropagation();

interface WithInitiative {
  initiativeId: string;
  initiative?: { id: string; title: string };
}

/** The decision's initiative by its title, linked to its page (read with the decision: see fields.ts). */
export const InitiativeLink = (_props: { label?: string }) => {
  const decision = useRecordContext<WithInitiative>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!decision) return null;
  return (
    <Link to={createPath({ resource: 'Initiative', id: decision.initiativeId, type: 'show' })} onClick={stopPropagation}>
      {decision.initiative?.title ?? translate('regie.decisions.initiative', { id: decision.initiativeId })}
    </Link>
  );
};
