import type { Browser } from 'playwright-core';
import { launchChromium } from '../harness/browser';
import { startStack, type Stack } from '../harness/stack';

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('playground at /', () => {
  it('loads and runs a query with every request outside localhost cut off', async () => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    // Cut the network: anything not served by our own gateway fails, as on a machine offline.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    await page.goto(`${stack.gatewayUrl}/`);
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
    // The first example tab is the public catalog; run it and read the result pane.
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText('Windows Server').first().waitFor({ timeout: 20_000 });
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('takes a bearer token in the Headers editor and runs a private query with it', async () => {
    const token = await stack.tokenFor('ada');
    const page = await browser.newPage();
    await page.goto(`${stack.gatewayUrl}/`);
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
    await page.locator('.graphiql-tab').nth(1).click();
    await page.getByText('Headers', { exact: true }).click();
    const headersEditor = page.locator('.graphiql-editor-tool .graphiql-editor').last();
    await headersEditor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));
    const sent = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname === '/graphql');
    await page.locator('.graphiql-execute-button').click();
    // The token typed into the Headers editor is what the playground sends, and the private answer is Ada's organisation.
    expect((await sent).headers().authorization).toBe(`Bearer ${token}`);
    await page.locator('.result-window').getByText('Northwind Partners').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.result-window').textContent()).not.toContain('UNAUTHENTICATED');
    await page.close();
  });
});
