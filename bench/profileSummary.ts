/**
 * Reads a V8 CPU profile (`node --cpu-prof`, as `npm run bench -- --profile`
 * writes one per process) and names where the time went: self time by
 * function and by package (a `node_modules` package, our own folder, or
 * V8's own buckets such as garbage collection), idle time left out. Run
 * alone: `npx tsx bench/profileSummary.ts <file.cpuprofile> [top]`.
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Cost {
  name: string;
  /** Self time, ms. */
  ms: number;
  /** Share of the busy (non-idle) time. */
  share: number;
}

export interface ProfileSummary {
  /** Busy time in the profile, ms. */
  busyMs: number;
  byFunction: Cost[];
  byPackage: Cost[];
}

const ROOT = path.resolve(__dirname, '..');

/** `node_modules/@scope/name`, `node_modules/name`, our own top folder (`gateway`, `common`…), or `node:internal`. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node (internals)';
  const file = url.replace(/^file:\/\//, '');
  const modules = file.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = file.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const relative = path.relative(ROOT, file);
  if (relative.startsWith('..')) return file;
  const parts = relative.split(path.sep);
  return parts[0] === 'subgraphs' ? `subgraphs/${parts[1]}` : parts[0];
}

export function summarizeProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  // timeDeltas[i] is the time before samples[i]; it is charged to that sample's node, as DevTools does.
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  let busy = 0;
  for (const [id, ms] of selfMs) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(root)') continue;
    busy += ms;
    const where = url ? `${path.relative(ROOT, url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : '';
    const fn = `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
    const pkg = packageOf(url, functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
  }
  const ranked = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: busy > 0 ? ms / busy : 0 }));
  return { busyMs: busy, byFunction: ranked(functions), byPackage: ranked(packages) };
}

export function readProfile(file: string): CpuProfile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
}

/** Markdown lines naming a process's top costs. */
export function describeProfile(name: string, summary: ProfileSummary, top = 8): string[] {
  const pct = (c: Cost) => `${(c.share * 100).toFixed(1)} %`;
  return [
    `**${name}** (${(summary.busyMs / 1000).toFixed(1)} s busy)`,
    `- by package: ${summary.byPackage.slice(0, top).map((c) => `${c.name} ${pct(c)}`).join(', ')}`,
    `- by function: ${summary.byFunction.slice(0, top).map((c) => `\`${c.name}\` ${pct(c)}`).join(', ')}`,
  ];
}

/**
 * The top costs of every process profiled under `dir` (`npm run bench --
 * --profile`: one folder per process). In each folder the largest profile is
 * the main thread's; the others are tsx's module-loader thread.
 */
export function describeProfiles(dir: string, top = 8): string[] {
  if (!fs.existsSync(dir)) return [];
  const lines: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const folder = path.join(dir, name);
    if (!fs.statSync(folder).isDirectory()) continue;
    const files = fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => path.join(folder, f))
      .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
    if (files.length === 0) continue;
    lines.push(...describeProfile(name, summarizeProfile(readProfile(files[0]), top), top), '');
  }
  return lines;
}

if (require.main === module) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: tsx bench/profileSummary.ts <file.cpuprofile> [top]\n');
    process.exit(2);
  }
  const n = Number(top ?? 25);
  process.stdout.write(`${describeProfile(path.basename(file), summarizeProfile(readProfile(file), n), n).join('\n')}\n`);
}
