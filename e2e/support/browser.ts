import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = path.resolve(process.env.E2E_ARTIFACTS ?? 'artifacts/e2e');

/** Debian's Chromium, headless, with a fresh temporary profile; the flags keep it off the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page that records its console output and page errors, for the report of a failing test. */
export interface RecordedPage {
  context: BrowserContext;
  page: Page;
  consoleLines: string[];
  pageErrors: string[];
  /** Saves a screenshot and the console log under artifacts/e2e/<name>. */
  saveArtifacts(name: string): Promise<void>;
  close(): Promise<void>;
}

/** The window a page is opened in. */
export interface PageOptions {
  viewport?: { width: number; height: number } | undefined;
  colorScheme?: 'light' | 'dark' | undefined;
}

export async function openPage(browser: Browser, options: PageOptions = {}): Promise<RecordedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const consoleLines: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return {
    context,
    page,
    consoleLines,
    pageErrors,
    async saveArtifacts(name) {
      const dir = path.join(ARTIFACTS_DIR, name.replace(/[^a-z0-9-]+/gi, '-').toLowerCase());
      await mkdir(dir, { recursive: true });
      await page.screenshot({ path: path.join(dir, 'page.png'), fullPage: true }).catch(() => {});
      await writeFile(
        path.join(dir, 'console.log'),
        [...consoleLines, ...pageErrors.map((e) => `[pageerror] ${e}`)].join('\n'),
      );
    },
    close: () => context.close(),
  };
}
