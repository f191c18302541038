import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

/**
 * Which Chromium the browser tests drive. Playwright's own browser download
 * is not possible here, and a fresh machine has no Chromium at all, so:
 * `CHROMIUM_PATH` when set; else Debian's (`/usr/bin/chromium`, or
 * `CHROMIUM_SYSTEM_PATH`: point it at a missing file to act as a machine
 * without it); else the build the npm dev dependency `@sparticuz/chromium`
 * ships inside its package, unpacked once into the temporary folder.
 */
export interface ChromiumBinary {
  executablePath: string;
  /** Extra environment the binary needs (the bundled build brings its own NSS libraries and fonts). */
  env: Record<string, string>;
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumBinary {
  if (env.CHROMIUM_PATH) {
    if (!fs.existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH names no file: ${env.CHROMIUM_PATH}`);
    return { executablePath: env.CHROMIUM_PATH, env: {}, source: 'CHROMIUM_PATH' };
  }
  const system = env.CHROMIUM_SYSTEM_PATH || SYSTEM_CHROMIUM;
  if (fs.existsSync(system)) return { executablePath: system, env: {}, source: 'system' };
  return bundledChromium();
}

/**
 * Unpacks `@sparticuz/chromium`'s brotli archives (the binary, the Amazon
 * Linux NSS libraries it links against, fonts, SwiftShader) into
 * `<tmp>/lgt-chromium-<version>`. The package's own `executablePath()`
 * unpacks to a fixed `/tmp/chromium` that a second test worker could find
 * half-written; here each process unpacks into a folder of its own and
 * renames it into place, so a folder that exists is complete. The package is
 * ESM, which jest's module system cannot load, so a plain node process runs
 * the package's `inflate`.
 */
function bundledChromium(): ChromiumBinary {
  let entry: string;
  try {
    entry = require.resolve('@sparticuz/chromium');
  } catch {
    throw new Error('No Chromium: no /usr/bin/chromium, no CHROMIUM_PATH, and @sparticuz/chromium is not installed (npm ci installs it).');
  }
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const target = path.join(os.tmpdir(), `lgt-chromium-${version}`);
  if (!fs.existsSync(path.join(target, 'chromium'))) {
    const staging = fs.mkdtempSync(`${target}.partial-`);
    const bin = path.join(packageDir, 'bin');
    const script = `
      const { inflate } = await import(${JSON.stringify(pathToFileURL(entry).href)});
      for (const archive of ['chromium.br', 'al2023.tar.br', 'fonts.tar.br', 'swiftshader.tar.br']) {
        await inflate(${JSON.stringify(bin)} + '/' + archive);
      }`;
    // inflate() unpacks into os.tmpdir(), which TMPDIR moves to the staging folder.
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TMPDIR: staging }, stdio: 'inherit' });
    // The package's fonts.conf names Lambda's /tmp/fonts; ours names the fonts it unpacked here (and the system's, if any).
    fs.mkdirSync(path.join(staging, 'fontconfig'));
    fs.writeFileSync(
      path.join(staging, 'fontconfig', 'fonts.conf'),
      `<?xml version="1.0"?>\n<fontconfig>\n  <dir>${path.join(target, 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n  <cachedir>${path.join(target, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    try {
      fs.renameSync(staging, target);
    } catch (err) {
      // Another worker renamed its complete copy first: keep that one.
      fs.rmSync(staging, { recursive: true, force: true });
      if (!fs.existsSync(path.join(target, 'chromium'))) throw err;
    }
  }
  return {
    executablePath: path.join(target, 'chromium'),
    env: { LD_LIBRARY_PATH: path.join(target, 'al2023', 'lib'), FONTCONFIG_PATH: path.join(target, 'fontconfig') },
    source: '@sparticuz/chromium',
  };
}

/** Launches headless Chromium with the flags that keep it off the network it cannot reach. */
export async function launchChromium(found: ChromiumBinary = findChromium()): Promise<Browser> {
  return chromium.launch({
    executablePath: found.executablePath,
    env: { ...process.env, ...found.env },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
