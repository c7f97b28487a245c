import { SCOPES, type Scope } from '../../../server/src/common/auth/permissions.ts';

/** Each scope with what it allows; the names are translation keys (messages.ts), which CheckboxGroupInput translates. */
export const SCOPE_CHOICES = SCOPES.map((scope: Scope) => ({ id: scope, name: `regie.api_tokens.scope.${scope}` }));
