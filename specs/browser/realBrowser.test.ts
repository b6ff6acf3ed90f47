import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/realBrowser.js';

describe('the real browser for browser tests', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(() => browser?.close());

  it('loads a local page, runs its script and reports what it requested', async () => {
    const server = createServer((_, response) => {
      response.setHeader('content-type', 'text/html');
      response.end('<button id="b" onclick="document.title = String(1 + 1)">go</button>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      await page.goto(url);
      await page.click('#b');
      expect(await page.title()).toBe('2');
      expect(requested).toEqual([url]);
    } finally {
      server.close();
    }
  });
});
