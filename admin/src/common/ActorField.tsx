import { Box, Tooltip } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** Who acted, as the decision log and the audit trail keep it: a person's name and email at that moment, or a token's name. */
export interface ActorRecord {
  actorName?: string | null;
  actorEmail?: string | null;
}

/**
 * The actor by name (DESIGN §1: people are shown by name, not by email). A person's email shows on
 * hover and on keyboard focus, and is the element's description (and title) for assistive
 * technology; a token has no email and shows its name alone.
 */
export const ActorField = (_props: { source?: string; label?: string }) => {
  const record = useRecordContext<ActorRecord>();
  if (!record?.actorName) return null;
  const { actorName, actorEmail } = record;
  if (!actorEmail) {
    return (
      <Box component="span" data-testid="actor" sx={{ whiteSpace: 'nowrap' }}>
        {actorName}
      </Box>
    );
  }
  return (
    <Tooltip title={actorEmail} describeChild arrow>
      <Box
        component="span"
        tabIndex={0}
        data-testid="actor"
        data-email={actorEmail}
        sx={{ whiteSpace: 'nowrap', textDecoration: 'underline dotted', textUnderlineOffset: 3, cursor: 'help', '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', borderRadius: 0.5 } }}
      >
        {actorName}
      </Box>
    </Tooltip>
  );
};
