import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`), which `.ci/run` installs. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Whether this machine has Chromium; browser tests skip where it has not. */
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);

/** The title of the test that stands for the skipped ones. */
export const NO_CHROMIUM = `skipped: ${CHROMIUM_PATH} is not installed (apt-get install chromium)`;

/**
 * Headless, no sandbox (CI runs as root), and nothing that reaches out on
 * its own: no QUIC, no updates, no sync, no background requests.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A page of a browser started for one test file, and what it did. */
export interface BrowserSession {
  /** The page to drive. */
  page: Page;
  /** Console errors and uncaught exceptions of the page, as text. */
  errors: string[];
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/**
 * Starts Chromium with a fresh profile and opens a page, recording its
 * console errors, uncaught exceptions and requests.
 *
 * @returns The page and what it records.
 */
export async function openBrowser(): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'duibiao-chromium-'));
  let context: BrowserContext;
  try {
    // A persistent context is how Playwright takes a profile folder of
    // ours; it passes the folder to Chromium as --user-data-dir.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: FLAGS,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }

  const page = context.pages()[0] ?? (await context.newPage());
  // A wait that fails should fail well inside the test's own time limit.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));

  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };

  return { page, errors, requests, close };
}
