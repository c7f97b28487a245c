import { SCOPES, type Scope } from '../../../server/src/common/auth/permissions.ts';

const SCOPE_DESCRIPTIONS: Record<Scope, string> = {
  read: 'read: query everything through GraphQL',
  'responses:write': 'responses:write: record survey responses',
  'initiatives:write': 'initiatives:write: create and edit initiatives (of its department, when bound to one)',
};

export const SCOPE_CHOICES = SCOPES.map(scope => ({ id: scope, name: SCOPE_DESCRIPTIONS[scope] }));
