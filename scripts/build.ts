/**
 * `npm run build [-- --out-dir DIR] [--project tsconfig.x.json]`: compiles
 * the services with tsc (tsconfig.build.json, or the given project) into dist/ and copies the files they read at run
 * time beside the compiled code, at the same relative places as in the
 * source tree: schema/*.graphql (subgraph SDL, supergraph) and
 * gateway/public/. Code resolves those from its own __dirname, so the same
 * paths work from the sources (tsx) and from dist/, and dist/ plus
 * production node_modules is all a container needs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

function outDirArgument(argv: string[]): string {
  const at = argv.indexOf('--out-dir');
  return path.resolve(root, at >= 0 && argv[at + 1] ? argv[at + 1] : 'dist');
}

function projectArgument(argv: string[]): string {
  const at = argv.indexOf('--project');
  return path.resolve(root, at >= 0 && argv[at + 1] ? argv[at + 1] : 'tsconfig.build.json');
}

const outDir = outDirArgument(process.argv.slice(2));
const project = projectArgument(process.argv.slice(2));
// Inside the project, so the compiled code finds node_modules; and never the project itself, which is wiped below.
if (!outDir.startsWith(root + path.sep)) {
  process.stderr.write(`--out-dir must be a folder inside ${root}\n`);
  process.exit(2);
}
// A clean build: a module deleted from the sources must not linger in dist/.
fs.rmSync(outDir, { recursive: true, force: true });

const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', project, '--outDir', outDir], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const assets: Array<{ from: string; filter?: (name: string) => boolean }> = [
  { from: 'schema', filter: (name) => name.endsWith('.graphql') },
  { from: path.join('gateway', 'public') },
];
for (const { from, filter } of assets) {
  fs.cpSync(path.join(root, from), path.join(outDir, from), {
    recursive: true,
    filter: (source) => fs.statSync(source).isDirectory() || !filter || filter(path.basename(source)),
  });
}
process.stdout.write(`built ${path.relative(root, outDir)}/ (node ${path.relative(root, outDir)}/scripts/startService.js <service>)\n`);
