import { Extensions, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../../context.js';
import { Forbidden } from '../errors.js';
import { authorize, requireActor } from './actor.js';
import type { Permission } from './permissions.js';

/** Declares what a query or mutation needs. Every root field must have one (see `guard`). */
export const Allow = (permission: Permission) => Extensions({ permission });

export function permissionOf(extensions: Record<string, unknown> | null | undefined): Permission | undefined {
  return extensions?.permission as Permission | undefined;
}

/**
 * Deny by default: a query or mutation without an `@Allow` rule answers FORBIDDEN to everyone,
 * one with a rule demands a valid credential (UNAUTHENTICATED) that holds it (FORBIDDEN).
 * Record-level rules (own department, status) follow in the services.
 */
export const guard: MiddlewareFn<Context> = ({ info, context }, next) => {
  const root = info.parentType === info.schema.getQueryType() || info.parentType === info.schema.getMutationType();
  if (!root) return next();
  const permission = permissionOf(info.parentType.getFields()[info.fieldName]?.extensions);
  if (!permission) throw new Forbidden(`${info.fieldName} has no access rule`);
  if (permission !== 'public') authorize(requireActor(context), permission);
  return next();
};
