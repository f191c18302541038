import type { Browser } from 'playwright-core';
import { launchChromium } from '../harness/browser';
import { startStack, type Stack } from '../harness/stack';

/**
 * Issue 17: analysts build queries by pointing and clicking. The GraphiQL
 * explorer plugin is served by the gateway like the rest of the playground
 * (offline), and a query ticked together in it runs with an analyst's token.
 */

let stack: Stack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startStack(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('playground explorer', () => {
  it('MP-8 builds an analyst query with the explorer, offline, and runs it', async () => {
    const token = await stack.tokenFor('ana');
    // What the clicked query must show: the most downloaded product, asked straight from the gateway.
    const expected = await stack.queryGateway<{ catalogInsights: { mostDownloaded: { productName: string }[] } }>(
      '{ catalogInsights { mostDownloaded { productName } } }',
      { as: 'ana' },
    );
    const top = expected.data!.catalogInsights.mostDownloaded[0]?.productName;
    expect(top).toEqual(expect.any(String));

    const page = await browser.newPage();
    const blocked: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    await page.goto(`${stack.gatewayUrl}/`);
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });

    // A fresh tab, then the analyst's token in its Headers editor.
    await page.locator('.graphiql-tab-add').click();
    await page.getByText('Headers', { exact: true }).click();
    const headersEditor = page.locator('.graphiql-editor-tool .graphiql-editor').last();
    await headersEditor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${token}` }));

    // Open the explorer and tick catalogInsights > mostDownloaded > productName.
    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    const explorer = page.locator('.graphiql-explorer-root');
    await explorer.waitFor({ timeout: 20_000 });
    await explorer.getByText('catalogInsights', { exact: true }).click();
    await explorer.getByText('mostDownloaded', { exact: true }).click();
    await explorer.getByText('productName', { exact: true }).click();

    const editorText = await page.locator('.graphiql-query-editor').innerText();
    expect(editorText).toMatch(/catalogInsights[\s\S]*mostDownloaded[\s\S]*productName/);

    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText(top!).first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.result-window').innerText()).not.toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    expect(blocked).toEqual([]);
    await page.close();
  });
});
