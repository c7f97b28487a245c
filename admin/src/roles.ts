import { ROLES, type Role } from '../../server/src/common/auth/permissions.ts';
import type { Translate } from './i18n/translation.ts';

/** The translation key of a role's name (people/messages.ts); the app bar and the People pages use the same words. */
export const roleKey = (role: Role | string) => `regie.people.role.${role}`;

/** A role in the reader's words: "Regie team", "Regieteam". */
export const roleName = (role: Role | string, translate: Translate) => translate(roleKey(role), { _: role });

/** Roles as choices; SelectField and SelectInput translate the names. */
export const ROLE_CHOICES = ROLES.map(role => ({ id: role, name: roleKey(role) }));
