import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * `npm run bench` end to end, shortened: real processes, real MySQL, the
 * three gateways, one round. It proves the command a user runs works and prints every figure;
 * the figures themselves are docs/performance.md's business, not a test's.
 */
describe('npm run bench', () => {
  it('runs two workloads through the three gateways and reports every figure, with no errors', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-')), 'run.md');
    const args = ['--import', 'tsx', 'scripts/bench.ts', '--scale', '1', '--duration', '2', '--warmup', '1', '--connections', '4', '--rounds', '1', '--workloads', 'tiles,catalog', '--out', out];
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, BENCH_DATABASE_PREFIX: 'benchtest_', MYSQL_URL: process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect({ code, tail: output.slice(-2000) }).toMatchObject({ code: 0 });

    const report = fs.readFileSync(out, 'utf8');
    const rows = report.split('\n').filter((l) => /^\| (tiles|catalog) \|/.test(l));
    expect(rows.map((r) => r.split('|')[1].trim() + ' ' + r.split('|')[2].trim())).toEqual(['tiles ours', 'tiles hive', 'tiles hive-rust', 'catalog ours', 'catalog hive', 'catalog hive-rust']);
    for (const row of rows) {
      const [, , gateway, rps, rounds, versus, graphCpu, p50, p99, errors, sql, rss] = row.split('|').map((c) => c.trim());
      expect(Number(rps)).toBeGreaterThan(0);
      expect(rounds.split(', ')).toHaveLength(1);
      expect(Number(graphCpu)).toBeGreaterThan(0);
      if (gateway === 'ours') expect(versus).toMatch(/^[\d.]+× hive(-rust)?$/);
      else expect(versus).toBe('');
      expect(Number(p50)).toBeGreaterThanOrEqual(0);
      expect(Number(p99)).toBeGreaterThanOrEqual(Number(p50));
      expect(Number(errors)).toBe(0);
      expect(sql.split(' ')).toHaveLength(4);
      expect(rss.split(' ').every((v) => Number(v) > 0)).toBe(true);
    }
    // The comparison with the best peer, and the overhead line with its ratio.
    expect(report).toMatch(/- tiles: [\d.]+ vs [\d.]+ req\/s \(hive(-rust)?\) = [\d.]+×; p99 /);
    expect(report).toMatch(/tiles \(last round\): gateway p50 [\d.]+ ms; critical path partner-benefits → support-contracts ∥ agreements; .*Gateway p50 \/ critical path = [\d.]+/);
    expect(report).toMatch(/- tiles via hive-rust: [\d.]+ · /);
  }, 240_000);
});
