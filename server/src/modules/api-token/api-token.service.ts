import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { randomBytes } from 'node:crypto';
import type { Context } from '../../context.js';
import { requireActor } from '../../common/auth/actor.js';
import { DEPARTMENT_BOUND, SCOPES, SCOPE_PERMISSIONS, type Scope } from '../../common/auth/permissions.js';
import { BadUserInput } from '../../common/errors.js';
import { allOf, countAll, findForRead, findPage, textSearch, type ListArgs, type ListMetadata } from '../../common/list.js';
import { findOrFail, flushChecked, parseId } from '../../common/persistence.js';
import { sha256 } from '../auth/authenticate.js';
import { Department } from '../department/department.entity.js';
import { Person } from '../person/person.entity.js';
import { ApiToken } from './api-token.entity.js';
import type { ApiTokenFilter, IssueApiTokenArgs } from './api-token.inputs.js';

/** Scopes whose permissions hold for one department only, so a token with one must be bound (DESIGN §1). */
const DEPARTMENT_SCOPES: readonly Scope[] = SCOPES.filter(scope => SCOPE_PERMISSIONS[scope].some(permission => DEPARTMENT_BOUND.includes(permission)));

export class ApiTokenService {
  constructor(private readonly ctx: Context) {}

  private where(filter: ApiTokenFilter = {}): FilterQuery<ApiToken> {
    return allOf<ApiToken>(
      textSearch<ApiToken>(filter.q, ['name']),
      filter.ids ? { id: { $in: filter.ids.map(id => parseId(id, 'filter.ids')) } } : undefined,
      filter.departmentId ? { department: parseId(filter.departmentId, 'filter.departmentId') } : undefined,
      filter.revoked === true ? { revokedAt: { $ne: null } } : filter.revoked === false ? { revokedAt: null } : undefined,
    );
  }

  list(args: ListArgs, filter?: ApiTokenFilter, info?: GraphQLResolveInfo): Promise<ApiToken[]> {
    return findPage(this.ctx, ApiToken, this.where(filter), args, info);
  }

  count(filter?: ApiTokenFilter): Promise<ListMetadata> {
    return countAll(this.ctx.em, ApiToken, this.where(filter));
  }

  get(id: string, info?: GraphQLResolveInfo): Promise<ApiToken> {
    return info ? findForRead(this.ctx, ApiToken, id, info) : findOrFail(this.ctx.em, ApiToken, id);
  }

  /** Returns the secret once; only its hash is stored. */
  async issue(input: IssueApiTokenArgs): Promise<{ secret: string; apiToken: ApiToken }> {
    const { em } = this.ctx;
    const bound = input.scopes.find(scope => DEPARTMENT_SCOPES.includes(scope));
    if (bound && !input.departmentId) {
      throw new BadUserInput('departmentId', `A token with ${bound} acts for one department only: give that department's departmentId`);
    }
    const department = input.departmentId ? await findOrFail(em, Department, input.departmentId, { field: 'departmentId' }) : null;
    const random = randomBytes(32).toString('base64url');
    const token = em.create(ApiToken, {
      name: input.name.trim(),
      scopes: [...input.scopes],
      department,
      createdBy: em.getReference(Person, requireActor(this.ctx).id),
      prefix: 'pending',
      secretHash: sha256(random),
      expiresAt: input.expiresAt ?? null,
    } as never);
    await flushChecked(em);
    // The id is part of the secret, so it is known only after the insert.
    token.prefix = `rgt_${token.id}_${random.slice(0, 4)}`;
    await flushChecked(em);
    return { secret: `rgt_${token.id}_${random}`, apiToken: token };
  }

  async revoke(id: string): Promise<ApiToken> {
    const { em } = this.ctx;
    const token = await this.get(id);
    if (token.revokedAt) throw new BadUserInput('id', 'This API token is already revoked');
    token.revokedAt = new Date();
    await flushChecked(em);
    return token;
  }
}
