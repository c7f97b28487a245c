import { ROLES, type Role } from '../../server/src/common/auth/permissions.ts';

/** The signed-in person as signIn returns it; kept with the token so the admin needs no extra request. */
export interface SessionPerson {
  id: string;
  name: string;
  email: string;
  role: Role;
  departmentId: string | null;
  department: { id: string; name: string; code: string } | null;
}

export interface Session {
  token: string;
  /** ISO time after which the server refuses the token. */
  expiresAt: string;
  person: SessionPerson;
}

const KEY = 'regie.session';

// Who listens for sign-in and sign-out: the layout, which leaves the moment the session ends.
const listeners = new Set<() => void>();
const notify = () => listeners.forEach(listener => listener());

/** Calls `listener` when the session changes, here or in another tab; returns the unsubscribe. */
export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => event.key === KEY && listener();
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}

/** The stored session as text: a snapshot that stays equal while the session does. */
export const storedSession = (): string | null => localStorage.getItem(KEY);

const isSession = (value: unknown): value is Session => {
  const session = value as Partial<Session> | null;
  return (
    typeof session?.token === 'string' &&
    typeof session.expiresAt === 'string' &&
    typeof session.person?.id === 'string' &&
    typeof session.person.name === 'string' &&
    (ROLES as readonly string[]).includes(session.person.role as string)
  );
};

/** The stored session, or undefined when there is none or it is unreadable (edited by hand, an old format). */
export function readSession(text = storedSession()): Session | undefined {
  try {
    const stored: unknown = JSON.parse(text ?? 'null');
    return isSession(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session): void {
  localStorage.setItem(KEY, JSON.stringify(session));
  notify();
}

export function clearSession(): void {
  if (storedSession() === null) return;
  localStorage.removeItem(KEY);
  notify();
}

/** Expired a little early, so that a request sent just before the end is not refused mid-way. */
const MARGIN_MS = 10_000;

export function isExpired(session: Session, now = Date.now()): boolean {
  const end = Date.parse(session.expiresAt);
  return Number.isNaN(end) || end - MARGIN_MS <= now;
}

/** The token to send, if a session is stored and still valid. */
export function currentToken(): string | undefined {
  const session = readSession();
  return session && !isExpired(session) ? session.token : undefined;
}
