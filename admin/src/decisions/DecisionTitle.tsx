import { useRecordContext, useTranslate } from 'react-admin';
import { actionKey } from './choices';

/** A decision as its record is named (titles, references): "Approved: Digital meter reading". */
export const DecisionTitle = () => {
  const decision = useRecordContext<{ action: string; initiative?: { title: string } }>();
  const translate = useTranslate();
  return decision ? <>{`${translate(actionKey(decision.action), { _: decision.action })}: ${decision.initiative?.title ?? ''}`}</> : null;
};
