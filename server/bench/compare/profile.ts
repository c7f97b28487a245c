/**
 * Summarises a V8 .cpuprofile (`node --cpu-prof`): where the busy time went, by package or Regie
 * module (self time, and total time with callees), and the top functions by self time. Idle time
 * is left out of the percentages. Also runnable alone: `node dist/bench/compare/profile.js <file>`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  busyMs: number;
  idleMs: number;
  /** Per package or Regie module: self time, and total time (samples with any of its frames on the stack). */
  modules: { module: string; selfPct: number; totalPct: number }[];
  functions: { fn: string; module: string; selfPct: number }[];
  /** Native and Node built-in self time (socket writes, microtasks, HTTP), by the package whose code called it. */
  builtinsByCaller: { caller: string; selfPct: number }[];
}

const SPECIAL: Record<string, string> = {
  '(garbage collector)': 'GC',
  '(program)': '(program: V8/native)',
  '(idle)': '(idle)',
  '(root)': '(root)',
};

/** A package (`graphql`, `@mikro-orm/core`), a Regie module (`regie: common/json-read`), or a Node built-in. */
export function moduleOf(frame: CallFrame): string {
  if (!frame.url) return SPECIAL[frame.functionName] ?? '(native)';
  if (frame.url.startsWith('node:')) return frame.url;
  const path = decodeURIComponent(frame.url.replace(/^file:\/\//, ''));
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (pkg) return pkg[1];
  const regie = /\/dist\/src\/(.+)\.js$/.exec(path);
  if (regie) return `regie: ${regie[1]}`;
  return path;
}

/**
 * Only the samples of a window, in milliseconds since the profile started (a profile covers the
 * process's whole life, start-up and shutdown included).
 */
export interface ProfileWindow {
  fromMs: number;
  toMs: number;
}

export function summariseProfile(file: string, top = 25, window?: ProfileWindow): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  if (window) {
    const from = profile.startTime + window.fromMs * 1000;
    const to = profile.startTime + window.toMs * 1000;
    let at = profile.startTime;
    const keep = profile.timeDeltas.map(delta => {
      at += delta;
      return at >= from && at <= to;
    });
    profile.samples = profile.samples.filter((_, i) => keep[i]);
    profile.timeDeltas = profile.timeDeltas.filter((_, i) => keep[i]);
  }
  const byId = new Map(profile.nodes.map(node => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + Math.max(0, profile.timeDeltas[i] ?? 0)));

  let idle = 0;
  let busy = 0;
  const moduleSelf = new Map<string, number>();
  const moduleTotal = new Map<string, number>();
  const functionSelf = new Map<string, { module: string; us: number }>();
  const builtinCaller = new Map<string, number>();
  const isBuiltin = (module: string) => module === '(native)' || module.startsWith('node:');
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const module = moduleOf(node.callFrame);
    if (module === '(idle)') {
      idle += us;
      continue;
    }
    busy += us;
    moduleSelf.set(module, (moduleSelf.get(module) ?? 0) + us);
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\/src\//, 'regie/')}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    const entry = functionSelf.get(key) ?? { module, us: 0 };
    entry.us += us;
    functionSelf.set(key, entry);
    if (isBuiltin(module)) {
      let at = parent.get(id);
      while (at !== undefined && isBuiltin(moduleOf(byId.get(at)!.callFrame))) at = parent.get(at);
      const found = at === undefined ? '(root)' : moduleOf(byId.get(at)!.callFrame);
      const caller = found === '(root)' ? '(no JS caller: called from the event loop)' : found;
      builtinCaller.set(caller, (builtinCaller.get(caller) ?? 0) + us);
    }
    // Total time: once per module on the stack of this sample's node.
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) onStack.add(moduleOf(byId.get(at)!.callFrame));
    for (const m of onStack) moduleTotal.set(m, (moduleTotal.get(m) ?? 0) + us);
  }
  const pct = (us: number) => Math.round((1000 * us) / Math.max(1, busy)) / 10;
  return {
    busyMs: Math.round(busy / 1000),
    idleMs: Math.round(idle / 1000),
    modules: [...moduleSelf.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([module, us]) => ({ module, selfPct: pct(us), totalPct: pct(moduleTotal.get(module) ?? us) })),
    functions: [...functionSelf.entries()]
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, top)
      .map(([fn, { module, us }]) => ({ fn, module, selfPct: pct(us) })),
    builtinsByCaller: [...builtinCaller.entries()].sort((a, b) => b[1] - a[1]).map(([caller, us]) => ({ caller, selfPct: pct(us) })),
  };
}

export function printProfile(summary: ProfileSummary, modules = 25): void {
  console.log(`busy ${summary.busyMs} ms, idle ${summary.idleMs} ms (percentages of busy time)`);
  console.log('\n  self %  total %  package / module');
  for (const m of summary.modules.slice(0, modules)) console.log(`  ${m.selfPct.toFixed(1).padStart(6)}  ${m.totalPct.toFixed(1).padStart(7)}  ${m.module}`);
  console.log('\n  self %  native and node: built-in time, by the package that called it');
  for (const b of summary.builtinsByCaller.slice(0, 10)) console.log(`  ${b.selfPct.toFixed(1).padStart(6)}  ${b.caller}`);
  console.log('\n  self %  function (module)');
  for (const f of summary.functions) console.log(`  ${f.selfPct.toFixed(1).padStart(6)}  ${f.fn}  (${f.module})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node dist/bench/compare/profile.js <file.cpuprofile>');
    process.exit(2);
  }
  printProfile(summariseProfile(file));
}
