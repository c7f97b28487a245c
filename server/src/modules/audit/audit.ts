import { AsyncLocalStorage } from 'node:async_hooks';
import { ChangeSetType, ReferenceKind, type ChangeSet, type Collection, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { MiddlewareFn } from 'type-graphql';
import type { Actor } from '../../common/auth/actor.js';
import type { Context } from '../../context.js';
import { AuditEntry, type AuditChange } from './audit-entry.entity.js';

interface Captured {
  entity: object;
  name: string;
  action: AuditEntry['action'];
  changes: AuditChange[];
}

interface AuditScope {
  actor: Actor;
  operation: string;
  captured: Captured[];
}

/** The mutation being executed, for the flushes it causes (wherever in the service they happen). */
const auditScope = new AsyncLocalStorage<AuditScope>();

const byValue = (a: unknown, b: unknown) => Number(a) - Number(b) || String(a).localeCompare(String(b));

/** Bookkeeping columns every change touches; the trail says what the user changed. */
const NOISE = new Set(['id', 'version', 'createdAt', 'updatedAt']);
const REDACTED = '[redacted]';

function changesOf(changeSet: ChangeSet<object>): AuditChange[] {
  const hidden = new Set<string>(changeSet.meta.props.filter(p => p.hidden).map(p => String(p.name)));
  // A hidden field (a hash) is never written down, not even whether it was empty before: lazy
  // fields are not loaded, so `undefined` there means "not known", not "absent".
  const value = (field: string, v: unknown) => (hidden.has(field) ? (v === null ? null : REDACTED) : v === undefined ? null : plain(v));
  const current = changeSet.entity as Record<string, unknown>;
  if (changeSet.type === ChangeSetType.DELETE) {
    return changeSet.meta.props
      .filter(p => p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE)
      .map(p => String(p.name))
      .filter(field => !NOISE.has(field))
      .map(field => ({ field, before: value(field, current[field]), after: null }));
  }
  const before = (changeSet.originalEntity ?? {}) as Record<string, unknown>;
  // The payload says which fields changed (in database form); the entity holds their values.
  const columns = Object.keys(changeSet.payload)
    .filter(field => !NOISE.has(field))
    .map(field => ({
      field,
      before: changeSet.type === ChangeSetType.CREATE ? null : value(field, before[field]),
      after: value(field, current[field]),
    }));
  if (changeSet.type !== ChangeSetType.CREATE) return columns;
  // A new record's many-to-many sets (later changes are seen as collection updates, below).
  const sets = changeSet.meta.props
    .filter(p => p.kind === ReferenceKind.MANY_TO_MANY && p.owner)
    .map(p => ({ field: String(p.name), before: [], after: idsOf((current[p.name] as Collection<object>).getItems(false)) }))
    .filter(change => change.after.length > 0);
  return [...columns, ...sets];
}

const idsOf = (items: readonly object[] | undefined) => (items ?? []).map(item => (item as { id: unknown }).id).sort(byValue);

/** One entry per record and mutation: a record created and then completed counts as created. */
function merge(captured: Captured[]): Captured[] {
  const merged = new Map<object, Captured>();
  for (const next of captured) {
    const first = merged.get(next.entity);
    if (!first) {
      merged.set(next.entity, { ...next, changes: next.changes.map(c => ({ ...c })) });
    } else if (next.action === 'DELETE') {
      // Created and deleted by the same mutation: nothing is left to account for.
      if (first.action === 'CREATE') merged.delete(next.entity);
      else merged.set(next.entity, next);
    } else {
      for (const change of next.changes) {
        const earlier = first.changes.find(c => c.field === change.field);
        if (earlier) earlier.after = change.after;
        else first.changes.push({ ...change });
      }
    }
  }
  return [...merged.values()];
}

/** References become their id, so the trail holds plain JSON. */
function plain(v: unknown): unknown {
  if (v && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v) && 'id' in v) return (v as { id: unknown }).id;
  return v;
}

const ACTIONS: Partial<Record<ChangeSetType, AuditEntry['action']>> = {
  [ChangeSetType.CREATE]: 'CREATE',
  [ChangeSetType.UPDATE]: 'UPDATE',
  [ChangeSetType.DELETE]: 'DELETE',
};

/** Notes every change a mutation flushes; the entries are written by auditMutations. */
export class AuditSubscriber implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    const scope = auditScope.getStore();
    if (!scope) return;
    for (const changeSet of uow.getChangeSets()) {
      const action = ACTIONS[changeSet.type];
      if (!action || changeSet.meta.class === AuditEntry) continue;
      scope.captured.push({ entity: changeSet.entity, name: changeSet.meta.className, action, changes: changesOf(changeSet) });
    }
    // Many-to-many sets (a journey's segments, a stage's channels) live in pivot tables, not in
    // the owner's row: their changes are recorded as a change of the owner, as lists of ids.
    for (const collection of uow.getCollectionUpdates()) {
      const owner = collection.owner as { id?: unknown };
      if (collection.property.kind !== ReferenceKind.MANY_TO_MANY || owner.id === undefined) continue;
      const before = idsOf(collection.getSnapshot());
      const after = idsOf(collection.getItems(false));
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      scope.captured.push({
        entity: owner,
        name: owner.constructor.name,
        action: 'UPDATE',
        changes: [{ field: String(collection.property.name), before, after }],
      });
    }
  }
}

/**
 * A change written with set-based SQL (which MikroORM's flush does not see), noted for the audit
 * entry of the mutation or import running now. Outside one it is a programming error.
 */
export function noteChange(name: string, entityId: string | number, action: AuditEntry['action'], changes: AuditChange[]): void {
  const scope = auditScope.getStore();
  if (!scope) throw new Error(`noteChange(${name}) outside an audited operation`);
  scope.captured.push({ entity: { id: entityId }, name, action, changes });
}

/**
 * Runs `work` in one transaction whose audit entries (one per changed record) are written in it
 * after its last flush, when the ids of created rows are known. Every GraphQL mutation runs in
 * it (auditMutations); so does the CSV import, which is not one.
 */
export async function audited<T>(em: SqlEntityManager, actor: Actor, operation: string, work: () => Promise<T>): Promise<T> {
  const scope: AuditScope = { actor, operation, captured: [] };
  await em.begin();
  try {
    const result = await auditScope.run(scope, work);
    for (const { entity, name, action, changes } of merge(scope.captured)) {
      if (action === 'UPDATE' && changes.length === 0) continue;
      em.create(AuditEntry, {
        actorType: actor.kind === 'person' ? 'PERSON' : 'API_TOKEN',
        actorId: actor.id,
        actorName: actor.name,
        actorEmail: actor.kind === 'person' ? actor.email : null,
        operation: scope.operation,
        entity: name,
        entityId: String((entity as { id?: unknown }).id),
        action,
        changes,
      } as never);
    }
    await em.flush();
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    throw error;
  }
}

/** Every mutation by a signed-in actor runs audited, in one transaction. */
export const auditMutations: MiddlewareFn<Context> = ({ info, context }, next) => {
  const actor = context.actor;
  // signIn writes its own entries, on its own connection: a refused sign-in must count and be
  // recorded even when it came with a valid token (a rollback here would undo both).
  if (info.parentType !== info.schema.getMutationType() || !actor || info.fieldName === 'signIn') return next();
  return audited(context.em, actor, info.fieldName, next);
};
