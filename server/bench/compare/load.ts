import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { cpuSnapshot, databaseCpuMs, type ServerProcess } from './processes.js';

/** The figures of one autocannon run against one server. */
export interface RunFigures {
  connections: number;
  seconds: number;
  /** 2xx responses per second. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** Answers that are not `{"data": …}` without errors (CONFLICT answers of the mixed run aside); non-2xx included. */
  badAnswers: number;
  /** The first few bad answers, cut short, to tell what went wrong. */
  badAnswerSamples: string[];
  /** The server process's largest resident set seen during the run (sampled every 100 ms), MiB. */
  peakRssMb: number;
  /** CPU time of the server process per 2xx response, ms. */
  cpuMsPerRequest: number;
  /** CPU time of the PostgreSQL backends of the bench database per 2xx response, ms (only this server is under load). */
  dbCpuMsPerRequest: number;
  bytesPerResponse: number;
  /** The machine's 1-minute load average when the run ended. */
  loadAverage: number;
  /** CPU cores busy with work outside this suite during the run (see cpuSnapshot): above 0 skews the figures. */
  otherCores: number;
}

/** Only CONFLICT errors: an accepted answer to an update of a stale version (the run counts them). */
export const onlyConflicts = (body: string): boolean => {
  try {
    const errors = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors ?? [];
    return errors.length > 0 && errors.every(e => e.extensions?.code === 'CONFLICT');
  } catch {
    return false;
  }
};

const DATA = /^\{\s*"data"\s*:/;
const ERRORS = /"errors"\s*:/;

/** An answer is right when it has data and no errors; a search in the text spares parsing every page. */
const verifyBody = (body: string | Buffer | undefined): boolean => {
  const text = String(body ?? '');
  return ERRORS.test(text) ? onlyConflicts(text) : DATA.test(text);
};

const percentile = (sorted: Float64Array, p: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface LoadOptions {
  server: ServerProcess;
  connections: number;
  seconds: number;
  /** The cycle each connection repeats. */
  requests: autocannon.Request[];
  headers: Record<string, string>;
  /** What else belongs to the suite, to tell its CPU time from other work's. */
  suite: { database: string; servers: readonly ServerProcess[] };
}

/** One autocannon run (programmatic API, one thread), with the server's memory and CPU beside it. */
export async function runLoad({ server, connections, seconds, requests, headers, suite }: LoadOptions): Promise<RunFigures> {
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  let bytes = 0;
  const badAnswerSamples: string[] = [];
  let peakRssMb = server.memory().rssMb;
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, server.memory().rssMb);
  }, 100);
  const cpuBefore = server.cpuMs();
  const machineBefore = cpuSnapshot(suite.database, suite.servers);
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.baseUrl,
        connections,
        duration: seconds,
        timeout: 10,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        requests,
        verifyBody,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    // Emitted with the body of each answer verifyBody refused (not in @types/autocannon).
    (instance as NodeJS.EventEmitter).on('reqMismatch', (answer: unknown) => {
      if (badAnswerSamples.length < 3) badAnswerSamples.push(String(answer).slice(0, 300));
    });
    instance.on('response', (_client, status, resBytes, responseTime) => {
      if (status < 200 || status > 299) return;
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = responseTime;
      bytes += resBytes;
    });
  });
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRssMb = Math.max(peakRssMb, server.memory().rssMb);
  const cpuMs = server.cpuMs() - cpuBefore;
  const machineAfter = cpuSnapshot(suite.database, suite.servers);
  const databaseMs = databaseCpuMs(machineBefore, machineAfter);
  const otherMs = machineAfter.machineMs - machineBefore.machineMs - (machineAfter.nodeMs - machineBefore.nodeMs) - databaseMs;
  const sorted = latencies.subarray(0, count).sort();
  return {
    connections,
    seconds: round(elapsed),
    rps: round(count / elapsed, 1),
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    errors: result.errors,
    non2xx: result.non2xx,
    badAnswers: result.mismatches,
    badAnswerSamples,
    peakRssMb: Math.round(peakRssMb),
    cpuMsPerRequest: count ? round(cpuMs / count, 3) : 0,
    dbCpuMsPerRequest: count ? round(databaseMs / count, 3) : 0,
    bytesPerResponse: count ? Math.round(bytes / count) : 0,
    loadAverage: round(loadavg()[0]),
    otherCores: round(Math.max(0, otherMs) / (elapsed * 1000)),
  };
}
