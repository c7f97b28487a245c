import type autocannon from 'autocannon';
import { readRequest, updateRequest, type ScenarioKey, type Sent, type Target } from './scenarios.js';

/**
 * The initiatives the mixed run edits, with the version each is at. A connection takes one that
 * no other connection is editing, sends the version it knows, and notes the answer's version, so
 * updates do not collide; a CONFLICT (an update cut off when a run stopped) teaches the current
 * version and is counted apart from errors.
 */
export class EditPool {
  private readonly versions = new Map<number, number>();
  private free: number[] = [];
  private sequence = 0;
  updates = 0;
  conflicts = 0;

  constructor(ids: readonly number[]) {
    for (const id of ids) this.versions.set(id, 1);
    this.reset();
  }

  /** Before each run: every initiative free again, the counts at zero. */
  reset(): void {
    this.free = [...this.versions.keys()];
    this.updates = 0;
    this.conflicts = 0;
  }

  take(): { id: number; version: number; n: number } {
    const id = this.free.shift() ?? [...this.versions.keys()][this.sequence % this.versions.size];
    return { id, version: this.versions.get(id)!, n: ++this.sequence };
  }

  settle(id: number, responseBody: string): void {
    try {
      const answer = JSON.parse(responseBody) as {
        data?: { updateInitiative?: { version: number } };
        errors?: { extensions?: { code?: string; currentVersion?: number | null } }[];
      };
      const updated = answer.data?.updateInitiative;
      const conflict = answer.errors?.find(e => e.extensions?.code === 'CONFLICT');
      if (updated) {
        this.versions.set(id, updated.version);
        this.updates++;
      } else if (conflict) {
        // Without the current version (a race the answer could not see), the next try learns it.
        if (typeof conflict.extensions?.currentVersion === 'number') this.versions.set(id, conflict.extensions.currentVersion);
        this.conflicts++;
      }
    } finally {
      this.free.push(id);
    }
  }
}

interface EditContext {
  editing?: number;
}

const post = (sent: Sent): autocannon.Request => ({ method: 'POST', ...sent });

/** Scenario 3 asks for initiatives spread over the table, the same sequence for every server. */
function initiativePages(target: Target, initiatives: number): autocannon.Request {
  let k = 0;
  return {
    ...post(readRequest('initiative', target)),
    setupRequest: request => ({ ...request, ...readRequest('initiative', target, 1 + ((k++ * 7919) % initiatives)) }),
  };
}

/**
 * The mixed run: a plain read, then a request that is an update one time in five (counted over all
 * connections) and else the same read; 10 % updates overall from the first cycles on. (The first
 * request of a cycle is built before the connections open, so it must not take an initiative.)
 */
function mixed(target: Target, pool: EditPool, writeHeader: string): autocannon.Request[] {
  const read = readRequest('initiatives', target);
  let n = 0;
  const either: autocannon.Request = {
    ...post(read),
    setupRequest: (request, context) => {
      const editing = context as EditContext;
      if (n++ % 5 !== 4) {
        editing.editing = undefined;
        return { ...request, ...read };
      }
      const edit = pool.take();
      editing.editing = edit.id;
      return { ...request, ...updateRequest(target, edit), headers: { ...request.headers, authorization: writeHeader } };
    },
    onResponse: (_status, responseBody, context) => {
      const id = (context as EditContext).editing;
      if (id !== undefined) pool.settle(id, responseBody);
    },
  };
  return [post(read), either];
}

export interface WorkloadOptions {
  initiatives: number;
  pool: EditPool;
  /** `Bearer …` of the write token, for the mixed run's updates. */
  writeHeader: string;
}

/** The cycle of requests one connection repeats in a scenario. */
export function workload(key: ScenarioKey, target: Target, options: WorkloadOptions): autocannon.Request[] {
  switch (key) {
    case 'initiatives':
    case 'journeys':
    case 'roadmap':
    case 'ranked':
      return [post(readRequest(key, target))];
    case 'initiative':
      return [initiativePages(target, options.initiatives)];
    case 'mixed':
      return mixed(target, options.pool, options.writeHeader);
  }
}
