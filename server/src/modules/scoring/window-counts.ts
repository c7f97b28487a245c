import type { SqlEntityManager } from '@mikro-orm/sql';
import type { Database } from '../../database/orm.js';
import { zonedDate } from '../../common/time-zone.js';
import { scoreCtes } from './score-sql.js';

/**
 * Keeps stage_window_count current (see its entity): ingest and erasure change it in their own
 * statement (ingest.ts), and this rebuilds the rows that are for another day or window once the
 * day turns, the model's window changes or a stage is new. Scores are right without it (they fall
 * back to the daily and monthly counts); they are faster with it.
 */

/** Whether some stage lacks counts for `today` and the active model's window. */
export async function windowCountsStale(em: SqlEntityManager, today: string): Promise<boolean> {
  const [row] = await em.getConnection().execute<{ stale: boolean }[]>(
    `select exists (
       select 1 from journey_stage s left join stage_window_count c on c.stage_id = s.id
       where c.stage_id is null or c.as_of <> ?::date or c.window_days <> (select window_days from scoring_model order by version desc limit 1)
     ) as stale`,
    [today],
    'all',
    em.getTransactionContext(),
  );
  return row.stale;
}

/**
 * Rebuilds the stale rows from the daily and monthly counts. Takes a lock that ingest's updates
 * (row exclusive) wait for, so that no response is counted from a snapshot that missed it.
 */
export async function refreshWindowCounts(em: SqlEntityManager, today: string): Promise<number> {
  return em.transactional(async tx => {
    const connection = tx.getConnection();
    const ctx = tx.getTransactionContext();
    await connection.execute('lock table stage_window_count in share row exclusive mode', [], 'run', ctx);
    // A new statement after the lock: its snapshot holds every ingest that touched the table.
    const rows = await connection.execute<{ stage_id: number }[]>(
      `with ${scoreCtes(today)}
       insert into stage_window_count as k (stage_id, as_of, window_days, responses, promoters, detractors)
       select s.id, score_today.t, m.window_days, coalesce(c.responses, 0), coalesce(c.promoters, 0), coalesce(c.detractors, 0)
       from journey_stage s cross join score_today cross join score_model m left join score_counts c on c.stage_id = s.id
       where s.id not in (select stage_id from score_kept)
       order by s.id
       on conflict (stage_id) do update set as_of = excluded.as_of, window_days = excluded.window_days,
         responses = excluded.responses, promoters = excluded.promoters, detractors = excluded.detractors
       returning k.stage_id`,
      [],
      'all',
      ctx,
    );
    return rows.length;
  });
}

/** Checks every minute (and when asked) whether the window counts need a rebuild, and rebuilds them. */
export class WindowCountKeeper {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly db: Database,
    private readonly timeZone: string,
    private readonly onError: (error: unknown) => void,
    private readonly everyMs = 60_000,
  ) {}

  start(): void {
    this.poke();
    this.timer = setInterval(() => this.poke(), this.everyMs);
    this.timer.unref();
  }

  /** Runs a check now unless one is running (a new model window is rebuilt by updateScoringModel itself). */
  poke(): void {
    if (this.running) return;
    this.running = this.check()
      .catch(this.onError)
      .finally(() => (this.running = undefined));
  }

  private async check(): Promise<void> {
    const work = async () => {
      const em = this.db.fork();
      const today = zonedDate(new Date(), this.timeZone);
      if (await windowCountsStale(em, today)) await refreshWindowCounts(em, today);
    };
    await (this.db.gate ? this.db.gate.run(work) : work());
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
