import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium, launchChromium } from '../harness/browser';

/**
 * The browser tests must run on a fresh machine with nothing installed by
 * hand (README: `npm ci && npm test`): Debian's Chromium when the machine has
 * it, otherwise the build an npm dev dependency ships inside its package.
 */
describe('the Chromium the browser tests drive', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lgt-browser-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('without Debian\'s Chromium, unpacks the one @sparticuz/chromium ships and renders a page with it', async () => {
    const found = findChromium({ CHROMIUM_SYSTEM_PATH: path.join(dir, 'no-chromium-here') });
    expect(found.source).toBe('@sparticuz/chromium');
    const browser = await launchChromium(found);
    try {
      const page = await browser.newPage();
      await page.setContent('<p id="greeting">offline and bundled</p>');
      expect(await page.locator('#greeting').textContent()).toBe('offline and bundled');
    } finally {
      await browser.close();
    }
  });

  it('prefers Debian\'s Chromium when the machine has it', () => {
    const system = path.join(dir, 'chromium');
    fs.writeFileSync(system, '');
    expect(findChromium({ CHROMIUM_SYSTEM_PATH: system })).toMatchObject({ executablePath: system, source: 'system' });
  });

  it('takes CHROMIUM_PATH first, and says so when it names no file', () => {
    const own = path.join(dir, 'my-chromium');
    fs.writeFileSync(own, '');
    expect(findChromium({ CHROMIUM_PATH: own })).toMatchObject({ executablePath: own, source: 'CHROMIUM_PATH' });
    expect(() => findChromium({ CHROMIUM_PATH: path.join(dir, 'missing') })).toThrow(/CHROMIUM_PATH names no file/);
  });
});
