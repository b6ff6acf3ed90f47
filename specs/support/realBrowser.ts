/**
 * A real headless Chromium for browser tests, from npm alone: `@sparticuz/chromium` carries the
 * browser inside its package (unpacked into the temp directory on first use) and `playwright-core`
 * drives it. Nothing is downloaded at install or test time.
 *
 *   const browser = await launchBrowser();
 *   const page = await browser.newPage();
 *   ...
 *   await browser.close();
 */
import chromium from '@sparticuz/chromium';
import { chromium as playwright, type Browser } from 'playwright-core';

/** Our own flags, not the package's Lambda set (which turns web security off). */
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-features=MediaRouter,OptimizationHints',
];

let executable: Promise<string> | undefined;

/** The browser binary's path (unpacked once per process). */
export const browserExecutable = (): Promise<string> => (executable ??= chromium.executablePath());

export const launchBrowser = async (): Promise<Browser> =>
  playwright.launch({ executablePath: await browserExecutable(), args: FLAGS, headless: true, timeout: 30_000 });
