import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A server under test, running as its own process. */
export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  readonly baseUrl: string;
  /** Resident memory now and its high-water mark since start, in MiB (from /proc/<pid>/status). */
  memory(): { rssMb: number; hwmMb: number };
  /** CPU time the process has used, in milliseconds (user + system, from /proc/<pid>/stat). */
  cpuMs(): number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const kib = (status: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);

// Linux reports CPU time in clock ticks; USER_HZ is 100 on every mainstream kernel build.
const TICK_MS = 10;

const cpuTicks = (stat: string) => {
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

/** CPU time, in milliseconds, of the whole machine and of this suite's parts. */
export interface CpuSnapshot {
  machineMs: number;
  /** This process (the load generator) and the servers. */
  nodeMs: number;
  /** Per PostgreSQL backend serving the bench database, by pid (backends come and go with the pools). */
  databaseMs: Map<number, number>;
}

/**
 * What the machine spends beyond the suite's processes is other work, which skews the figures;
 * the backends' share, while one server is under load, is what its SQL costs PostgreSQL.
 */
export function cpuSnapshot(database: string, servers: readonly ServerProcess[]): CpuSnapshot {
  const [, ...counters] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = counters;
  const usage = process.cpuUsage();
  let nodeMs = (usage.user + usage.system) / 1000;
  for (const server of servers) nodeMs += server.cpuMs();
  const databaseMs = new Map<number, number>();
  for (const pid of readdirSync('/proc').filter(name => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(` ${database} `))
        databaseMs.set(Number(pid), cpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8')) * TICK_MS);
    } catch {
      // The process ended in between.
    }
  }
  return { machineMs: (user + nice + system + irq + softirq + steal) * TICK_MS, nodeMs, databaseMs };
}

/** The CPU time the suite's PostgreSQL backends spent between two snapshots (a backend that ended in between is not counted). */
export function databaseCpuMs(before: CpuSnapshot, after: CpuSnapshot): number {
  let total = 0;
  for (const [pid, ms] of after.databaseMs) total += ms - (before.databaseMs.get(pid) ?? 0);
  return total;
}

const running = new Set<ChildProcess>();
// Leave no server behind, whatever ends the harness.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface SpawnOptions {
  name: string;
  script: string;
  env: Record<string, string>;
  port: number;
  /** A line on stdout that says the server takes requests. */
  ready: RegExp;
  nodeArgs?: string[];
  cwd?: string;
  timeoutMs?: number;
}

/** Starts `node <script>` and resolves once it prints its ready line; its output is kept for errors. */
export async function startServer(options: SpawnOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${options.name} did not start within ${options.timeoutMs ?? 60_000} ms:\n${output}`)),
      options.timeoutMs ?? 60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 20_000) output = output.slice(-20_000);
      if (options.ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then(code => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited with ${code} before it was ready:\n${output}`));
    });
  });
  const pid = child.pid!;
  return {
    name: options.name,
    pid,
    baseUrl: `http://127.0.0.1:${options.port}`,
    memory() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return { rssMb: kib(status, 'VmRSS') / 1024, hwmMb: kib(status, 'VmHWM') / 1024 };
    },
    cpuMs: () => cpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8')) * TICK_MS,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(killer);
      }
      running.delete(child);
    },
  };
}
