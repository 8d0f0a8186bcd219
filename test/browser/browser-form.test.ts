import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  type BrowserSession,
  HAS_CHROMIUM,
  NO_CHROMIUM,
  openBrowser,
} from './chromium.js';

const EXAMPLE = fileURLToPath(
  new URL('../../examples/browser-form/', import.meta.url),
);
const PAGE = pathToFileURL(`${EXAMPLE}index.html`).href;
const SCRIPT = pathToFileURL(`${EXAMPLE}dist/form.js`).href;

/** What the findings list shows: each item's rule id and message. */
async function listed(session: BrowserSession): Promise<string[][]> {
  return session.page
    .locator('#finding-list li')
    .evaluateAll((items) =>
      items.map((item) => [
        item.getAttribute('data-rule-id') ?? '',
        item.querySelector('.message')?.textContent ?? '',
      ]),
    );
}

/** Waits until the list holds an item of the rule with this message. */
function shown(session: BrowserSession, ruleId: string, message: string) {
  return session.page
    .locator(`#finding-list li[data-rule-id="${ruleId}"]`)
    .filter({ hasText: message })
    .waitFor();
}

/** Waits until the list holds no item of the rule. */
function gone(session: BrowserSession, ruleId: string) {
  return session.page
    .locator(`#finding-list li[data-rule-id="${ruleId}"]`)
    .waitFor({ state: 'detached' });
}

function field(scope: Locator, name: string): Locator {
  return scope.locator(`[name="${name}"]`);
}

describe.skipIf(!HAS_CHROMIUM)('examples/browser-form in Chromium', () => {
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    // The README's way: build the page's script, then open index.html.
    await promisify(execFile)('npm', ['run', 'build', '--silent'], {
      cwd: EXAMPLE,
    });
    session = await openBrowser();
    await session.page.goto(PAGE);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the income finding while the typed income is below the line, and drops it once fixed', async () => {
    const page = session!.page;
    const household = page.locator('#household-fields');
    const head = page.locator('.member').first();
    await page.locator('#as-of').fill('2020-09-30');
    await field(household, 'householdId').fill('6101241012010001');
    await field(household, 'regionCode').fill('610124101201');
    await field(household, 'householdType').selectOption('贫困户');
    await field(household, 'dangerousHouse').selectOption('否');
    await field(household, 'safeWater').selectOption('是');
    await field(head, 'idNumber').fill('610124197503121114');
    await field(head, 'relation').selectOption('户主');
    await field(head, 'birthDate').fill('1975-03-12');
    await field(head, 'residentMedical').selectOption('是');

    // Typed key by key: 3, 35, 350 and 3500 are each checked. A registered
    // poor household's 3500 yuan a head is under 2020's line of 4000.
    const income = field(household, 'perCapitaNetIncome');
    await income.pressSequentially('3500');
    const message = '人均纯收入 3500 元，低于 2020 年扶贫标准 4000 元';
    await shown(session!, 'national/income-below-line', message);

    expect(await listed(session!)).toEqual([
      ['national/income-below-line', message],
    ]);
    expect(await page.locator('#status').textContent()).toMatch(
      /^发现 1 个问题；/,
    );

    // At 4500 yuan the household meets the line, and nothing else it
    // declared is wrong: a head of 45 insured, a safe house, safe water.
    await income.fill('4500');
    await gone(session!, 'national/income-below-line');

    expect(await listed(session!)).toEqual([]);
    expect(await page.locator('#status').textContent()).toMatch(
      /^未发现问题；/,
    );
  });

  it("shows a member's finding beside its row while a child of ten is recorded out of school", async () => {
    const page = session!.page;
    await page.locator('#add-member').click();
    const child = page.locator('.member').nth(1);
    await field(child, 'idNumber').fill('610124201005010031');
    await field(child, 'relation').selectOption('之子');
    await field(child, 'residentMedical').selectOption('是');
    await field(child, 'birthDate').fill('2010-05-01');

    // Born 2010-05-01, the child is 10 on 2020-09-30: of compulsory-school
    // age (6 to 15). A blank school status says "not a student" and a
    // blank reason says "none", which the message shows as 空.
    const message =
      '10 周岁，处于义务教育阶段，在校生状况为「空」，未上学原因为「空」';
    await shown(session!, 'national/dropout', message);

    expect(await listed(session!)).toEqual([['national/dropout', message]]);
    expect(
      await page.locator('#finding-list li .meta').first().textContent(),
    ).toMatch(/^第 2 位成员 · /);

    await field(child, 'schoolStatus').selectOption('小学');
    await gone(session!, 'national/dropout');

    expect(await listed(session!)).toEqual([]);
  });

  it('marks a field it cannot read and checks nothing until it is fixed', async () => {
    const page = session!.page;
    const income = field(
      page.locator('#household-fields'),
      'perCapitaNetIncome',
    );
    await income.fill('三千五');
    await page.locator('#status[data-state="invalid"]').waitFor();

    expect(await income.getAttribute('aria-invalid')).toBe('true');
    expect(await listed(session!)).toEqual([]);

    await income.fill('3500');
    await shown(
      session!,
      'national/income-below-line',
      '人均纯收入 3500 元，低于 2020 年扶贫标准 4000 元',
    );

    expect(await income.getAttribute('aria-invalid')).toBe('false');
  });

  it("checks nothing while a member's cell cannot be read, as for the household's", async () => {
    const page = session!.page;
    const child = page.locator('.member').nth(1);
    const id = field(child, 'idNumber');
    const income = '人均纯收入 3500 元，低于 2020 年扶贫标准 4000 元';

    // Excel turned the ID number into a number and back: it names no one.
    // Checked without the child, the household would pass unseen.
    await id.fill('6.10124E+17');
    await page.locator('#status[data-state="invalid"]').waitFor();

    expect(await id.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#status').textContent()).toBe(
      '请先更正标出的字段，再检查',
    );
    expect(await listed(session!)).toEqual([]);

    // The child, 10 and at primary school, adds no finding of its own.
    await id.fill('610124201005010031');
    await shown(session!, 'national/income-below-line', income);

    expect(await id.getAttribute('aria-invalid')).toBe('false');
    expect(await listed(session!)).toEqual([
      ['national/income-below-line', income],
    ]);
  });

  it('asks for the reference date once it is cleared, rather than checking as of today', async () => {
    const page = session!.page;
    const asOf = page.locator('#as-of');
    const income = '人均纯收入 3500 元，低于 2020 年扶贫标准 4000 元';

    await asOf.fill('');
    await page.locator('#status[data-state="invalid"]').waitFor();

    expect(await page.locator('#status').textContent()).toBe(
      '请填写参考日期，再检查',
    );
    expect(await asOf.getAttribute('aria-invalid')).toBe('true');
    expect(await listed(session!)).toEqual([]);

    await asOf.fill('2020-09-30');
    await shown(session!, 'national/income-below-line', income);

    expect(await asOf.getAttribute('aria-invalid')).toBe('false');
  });

  it('logs no console error and loads nothing but its page and script', () => {
    expect(session!.errors).toEqual([]);
    expect(session!.requests).toEqual([PAGE, SCRIPT]);
  });

  it('marks nothing when only the reference date of an empty form changes, and says a blank 户编号 in Chinese', async () => {
    const page = session!.page;
    await page.goto(PAGE);
    const household = page.locator('#household-fields');
    const problems = page.locator('.problem');

    await page.locator('#as-of').fill('2020-09-30');
    await page.locator('#status[data-state="waiting"]').waitFor();

    expect(await page.locator('#status').textContent()).toBe('填写后即时检查');
    expect(
      await problems.evaluateAll((all) => all.map((p) => p.textContent)),
    ).toEqual(Array(await problems.count()).fill(''));

    // Once something is entered, the blank 户编号 is marked, in Chinese.
    await field(household, 'regionCode').fill('610124101201');
    await page.locator('#status[data-state="invalid"]').waitFor();

    expect(
      await household
        .locator('.field', { has: page.locator('[name="householdId"]') })
        .locator('.problem')
        .textContent(),
    ).toBe('必填');
  });
});

if (!HAS_CHROMIUM) it.skip(`examples/browser-form in Chromium: ${NO_CHROMIUM}`);
