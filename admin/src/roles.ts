import { ROLES, type Role } from '../../server/src/common/auth/permissions.ts';

/** The roles as people read them; the app bar and the People pages use the same words. */
export const ROLE_LABELS: Record<Role, string> = { REGIE: 'Regie team', DEPARTMENT_LEAD: 'Department lead', VIEWER: 'Viewer' };

export const ROLE_CHOICES = ROLES.map(role => ({ id: role, name: ROLE_LABELS[role] }));
