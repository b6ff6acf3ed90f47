/**
 * The side-by-side app in a web page: bundled with `buttplug` resolving to the official browser build
 * or to compat's browser entry. The test drives it through `window` (its hardware hooks are functions
 * the test exposes to the page).
 */
import { runApp } from './sideBySideApp.js';

interface SideBySidePage {
  runSideBySide(url: string): Promise<string[]>;
  sensorSubscribed(): Promise<void>;
  removeSmallDevice(): Promise<void>;
}

const page = globalThis as unknown as SideBySidePage;
page.runSideBySide = (url) =>
  runApp(url, { sensorSubscribed: () => page.sensorSubscribed(), removeSmallDevice: () => page.removeSmallDevice() });
