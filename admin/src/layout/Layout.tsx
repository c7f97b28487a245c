import KeyIcon from '@mui/icons-material/Key';
import { Box, Chip, ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { AppBar, LoadingIndicator, LocalesMenuButton, Layout as RaLayout, Logout, ToggleThemeButton, useGetIdentity, useLogout, useNotify, UserMenu, useTranslate, useUserMenu } from 'react-admin';
import { roleName } from '../roles';
import { isExpired, readSession, storedSession, subscribeToSession, type SessionPerson } from '../session';
import { Menu } from './Menu';

export const CHANGE_PASSWORD_PATH = '/account/password';

// MUI's menu hands its items focus props; they go to the item.
const ChangePasswordMenuItem = (props: { autoFocus?: boolean; tabIndex?: number }) => {
  const { onClose } = useUserMenu() ?? {};
  const translate = useTranslate();
  return (
    <MenuItem {...props} component={Link} to={CHANGE_PASSWORD_PATH} onClick={onClose}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('regie.account.change_password')}</ListItemText>
    </MenuItem>
  );
};

/** The signed-in person's role (and a lead's department) next to their name in the app bar. */
const SignedInRole = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity) return null;
  const { role, department } = identity as unknown as Pick<SessionPerson, 'role' | 'department'>;
  const name = roleName(role, translate);
  const label = department && role === 'DEPARTMENT_LEAD' ? `${name} · ${department.code}` : name;
  return <Chip label={label} size="small" variant="outlined" data-testid="signed-in-role" sx={{ color: 'inherit', borderColor: 'currentColor', ml: 1, display: { xs: 'none', sm: 'inline-flex' } }} />;
};

// react-admin's toolbar (language, theme switch, refresh), with the role right beside the name in the user menu.
const RegieAppBar = () => (
  <AppBar
    toolbar={
      <>
        {/* On a phone the language's name gives way to its icon, so that the user menu stays in view. */}
        <Box sx={{ '& .MuiButton-root': { fontSize: { xs: 0, sm: 'inherit' }, minWidth: { xs: 0, sm: 64 } }, '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } }, '& .MuiButton-endIcon': { display: { xs: 'none', sm: 'inherit' } } }}>
          <LocalesMenuButton />
        </Box>
        <ToggleThemeButton />
        <LoadingIndicator />
        <SignedInRole />
      </>
    }
    userMenu={
      <UserMenu>
        <ChangePasswordMenuItem />
        <Logout />
      </UserMenu>
    }
  />
);

/** Signs out once, through react-admin (which clears its caches and opens the login page). */
const SignOut = ({ expired }: { expired: boolean }) => {
  const logout = useLogout();
  const notify = useNotify();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    if (expired) notify('regie.layout.session_expired', { type: 'error' });
    void logout();
  }, [logout, notify, expired]);
  return null;
};

/**
 * The admin is there only while a session is: the moment it ends (signed out, refused by the
 * server, expired, or signed out in another tab) the pages unmount, so nothing re-asks the server
 * while react-admin moves to the login page. This takes the place of <Admin requireAuth>, whose
 * sign-out can loop for seconds when checkAuth refuses at once (react-admin issue #10764).
 */
const SessionGuard = ({ children }: { children: ReactNode }) => {
  const text = useSyncExternalStore(subscribeToSession, storedSession);
  const session = useMemo(() => readSession(text), [text]);
  const [personId] = useState(session?.person.id);
  const someoneElse = session !== undefined && session.person.id !== personId;
  useEffect(() => {
    // Another tab signed in as someone else: start afresh rather than show their data in this one's screens.
    if (someoneElse) window.location.reload();
  }, [someoneElse]);
  if (!session || isExpired(session)) return <SignOut expired={session !== undefined} />;
  return someoneElse ? null : <>{children}</>;
};

export const Layout = ({ children }: { children: ReactNode }) => (
  <SessionGuard>
    <RaLayout appBar={RegieAppBar} menu={Menu}>{children}</RaLayout>
  </SessionGuard>
);
