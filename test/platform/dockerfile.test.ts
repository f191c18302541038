import fs from 'node:fs';
import path from 'node:path';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS } from '../../common/services';

/**
 * Issue 18, acceptance 1: the Dockerfile read as the builder would read it
 * (there is no Docker engine on the CI machine). Its stages, what each copies
 * and runs, the user, ports, health check and command are checked against the
 * build (tsconfig.build.json, package.json) and the services' ports.
 */

const root = path.resolve(__dirname, '..', '..');

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  from: string;
  name?: string;
  instructions: Instruction[];
}

/** Instructions of a Dockerfile: comments dropped, `\` continuations joined. */
function parseDockerfile(text: string): Stage[] {
  const logical = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(line)!;
    if (keyword.toUpperCase() === 'FROM') {
      const [, from, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args)!;
      stages.push({ from, name, instructions: [] });
    } else {
      stages[stages.length - 1].instructions.push({ keyword: keyword.toUpperCase(), args });
    }
  }
  return stages;
}

const stages = parseDockerfile(fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8'));
const runtime = stages[stages.length - 1];
const all = (stage: Stage, keyword: string) => stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
const last = (stage: Stage, keyword: string) => all(stage, keyword).pop();
const stageNamed = (name: string) => stages.find((s) => s.name === name);
/** `COPY --from=x a b` as its source stage (or the context) and paths. */
const copies = (stage: Stage) =>
  all(stage, 'COPY').map((args) => {
    const parts = args.split(/\s+/);
    const from = parts.find((p) => p.startsWith('--from='))?.slice('--from='.length);
    const paths = parts.filter((p) => !p.startsWith('--'));
    return { from, sources: paths.slice(0, -1), target: paths[paths.length - 1] };
  });

describe('Dockerfile (issue 18)', () => {
  it('is multi-stage: a build stage runs npm ci and npm run build, with the tools better-sqlite3 needs', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const build = stages.find((s) => all(s, 'RUN').some((r) => /\bnpm run build\b/.test(r)));
    expect(build).toBeDefined();
    expect(build).not.toBe(runtime);
    const runs = all(build!, 'RUN');
    // Every dependency, dev ones too: the compiler is one.
    expect(runs.some((r) => /\bnpm ci\b/.test(r) && !r.includes('--omit=dev'))).toBe(true);
    expect(runs.indexOf(runs.find((r) => /\bnpm ci\b/.test(r))!)).toBeLessThan(runs.findIndex((r) => /\bnpm run build\b/.test(r)));
    // better-sqlite3 is native: whichever stage installs it can compile it.
    for (const stage of stages.filter((s) => all(s, 'RUN').some((r) => /\bnpm ci\b/.test(r)))) {
      expect(all(stage, 'RUN').join(' ')).toEqual(expect.stringMatching(/apt-get install[^&]*\bpython3\b[^&]*\bmake\b[^&]*\bg\+\+/));
    }
    // The build stage gets the sources tsconfig.build.json compiles, the schema files and the lock file.
    const copied = copies(build!).flatMap((c) => c.sources);
    const buildConfig = fs.readFileSync(path.join(root, 'tsconfig.build.json'), 'utf8');
    for (const dir of ['common', 'gateway', 'subgraphs', 'scripts']) {
      expect(buildConfig).toContain(`"${dir}`);
      expect(copied).toContain(dir);
    }
    expect(copied).toEqual(expect.arrayContaining(['schema', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json']));
    expect(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.build).toBe('tsx scripts/build.ts');
  });

  it('runs an image with production dependencies and dist/ only: no sources, no compiler, no build tools', () => {
    const runtimeCopies = copies(runtime);
    // node_modules from a stage that installed with --omit=dev, or installed here the same way.
    const modules = runtimeCopies.find((c) => c.sources.some((s) => s.endsWith('node_modules')));
    const installer = modules ? stageNamed(modules.from ?? '') : runtime;
    expect(installer).toBeDefined();
    expect(all(installer!, 'RUN').some((r) => /\bnpm ci\b.*--omit=dev/.test(r))).toBe(true);
    const dist = runtimeCopies.find((c) => c.sources.some((s) => /(^|\/)dist\/?$/.test(s)));
    expect(dist?.from).toBeDefined();
    expect(all(stageNamed(dist!.from!)!, 'RUN').some((r) => /\bnpm run build\b/.test(r))).toBe(true);
    // Nothing else from the build context but package.json (npm and Node read its metadata).
    const fromContext = runtimeCopies.filter((c) => c.from === undefined).flatMap((c) => c.sources);
    expect(fromContext).toEqual(['package.json']);
    expect(all(runtime, 'RUN').join(' ')).not.toMatch(/apt-get|npm (ci|install)(?!.*--omit=dev)/);
    expect(all(runtime, 'ENV')).toContain('NODE_ENV=production');
  });

  it('runs as a non-root user', () => {
    const user = last(runtime, 'USER');
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    // USER comes before the command and the health check it governs.
    const order = runtime.instructions.map((i) => i.keyword);
    expect(order.lastIndexOf('USER')).toBeLessThan(order.lastIndexOf('CMD'));
  });

  it('has one CMD that runs the compiled service SERVICE names, with plain node', () => {
    const cmd = JSON.parse(last(runtime, 'CMD')!) as string[];
    expect(cmd).toEqual(['node', 'dist/scripts/startService.js']);
    expect(fs.existsSync(path.join(root, 'scripts', 'startService.ts'))).toBe(true);
    expect(last(runtime, 'ENTRYPOINT')).toBeUndefined();
  });

  it('exposes the gateway and every subgraph port', () => {
    const exposed = all(runtime, 'EXPOSE').flatMap((args) => args.split(/\s+/)).map(Number);
    expect(exposed.sort()).toEqual([GATEWAY_DEFAULT_PORT, ...SUBGRAPHS.map((s) => s.defaultPort)].sort());
  });

  it('checks health with node (no curl in the image), on the compiled healthcheck', () => {
    const healthcheck = last(runtime, 'HEALTHCHECK')!;
    expect(healthcheck).toMatch(/--interval=\d+s/);
    expect(healthcheck).toMatch(/--timeout=\d+s/);
    const command = JSON.parse(/\bCMD\s+(\[.*\])$/.exec(healthcheck)![1]) as string[];
    expect(command).toEqual(['node', 'dist/scripts/healthcheck.js']);
    expect(fs.existsSync(path.join(root, 'scripts', 'healthcheck.ts'))).toBe(true);
    expect(fs.readFileSync(path.join(root, 'scripts', 'healthcheck.ts'), 'utf8')).toContain('/health');
  });

  it('keeps local state, builds and secrets out of the build context', () => {
    const ignored = fs.readFileSync(path.join(root, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim());
    expect(ignored).toEqual(expect.arrayContaining(['.git', 'node_modules', 'dist', '.data', '.env']));
  });
});
