import { gql } from '@apollo/client';
import type { AuthProvider } from 'react-admin';
import { canAccess } from './canAccess';
import { apolloClient, mutate } from './dataProvider';
import { serverErrorOf } from './errors';
import { clearSession, isExpired, readSession, saveSession, type Session } from './session';

const SIGN_IN = gql`
  mutation signIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
      expiresAt
      person { id name email role departmentId department { id name code } }
    }
  }
`;

/** Sends the user to the login page, saying why; without a message (never signed in) it says nothing. */
const signedOut = (message?: string) => Promise.reject({ message: message ?? false });

/** Why a request was refused, from the HttpError the data provider rejects with. */
const statusOf = (error: unknown) => (error as { status?: unknown } | null)?.status;

export const authProvider: AuthProvider = {
  async login({ email, password }: { email: string; password: string }) {
    // Wrong email or password, and too many tries, come back as the server's message.
    const { signIn } = await mutate<{ signIn: Session }>(SIGN_IN, { email, password });
    // Nothing of whoever used this browser before may show through.
    await apolloClient.clearStore();
    saveSession({ token: signIn.token, expiresAt: signIn.expiresAt, person: signIn.person });
  },

  async logout() {
    clearSession();
    // react-admin clears its own query cache; Apollo's must go too, or the next person sees this one's data.
    await apolloClient.clearStore();
  },

  checkAuth() {
    const session = readSession();
    if (!session) return signedOut();
    if (isExpired(session)) return signedOut('regie.layout.session_expired');
    return Promise.resolve();
  },

  checkError(error: unknown) {
    const code = serverErrorOf(error)?.code;
    // react-admin shows the server's reason ("Your session has expired; …"), then signs out through logout().
    if (code === 'UNAUTHENTICATED' || statusOf(error) === 401) return signedOut(error instanceof Error ? error.message : undefined);
    // FORBIDDEN (403) and the rest: stay signed in; the page that asked shows the refusal.
    return Promise.resolve();
  },

  async getIdentity() {
    const session = readSession();
    if (!session) throw new Error('Not signed in');
    const { id, name, role, department } = session.person;
    return { id, fullName: name, role, department };
  },

  async getPermissions() {
    return readSession()?.person.role;
  },

  async canAccess({ action, resource, record }) {
    const person = readSession()?.person;
    return canAccess(person?.role, action, resource, { departmentId: person?.departmentId, record });
  },
};
