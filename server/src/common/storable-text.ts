import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context.js';
import { BadUserInput } from './errors.js';

/** PostgreSQL text holds neither NUL characters nor halves of a UTF-16 surrogate pair. */
export const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path (`responses.0.comment`) of the first string inside `value` that PostgreSQL cannot store. */
function unstorableAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object' || value instanceof Date) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableAt(item, `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

/**
 * Refuses a query or mutation whose arguments hold text PostgreSQL cannot store, as BAD_USER_INPUT
 * naming the argument, before anything runs. Statements carry their values inline (MikroORM
 * formats them into the SQL text): a NUL there breaks the protocol message and PostgreSQL drops the
 * connection; half a surrogate pair would be stored as U+FFFD, not as sent.
 */
export const refuseUnstorableText: MiddlewareFn<Context> = ({ args, info }, next) => {
  const root = info.parentType === info.schema.getQueryType() || info.parentType === info.schema.getMutationType();
  if (root) {
    for (const [name, value] of Object.entries(args)) {
      const field = unstorableAt(value, name);
      if (field) throw new BadUserInput(field, `${field} contains a character that cannot be stored (NUL or half of a UTF-16 pair)`);
    }
  }
  return next();
};
