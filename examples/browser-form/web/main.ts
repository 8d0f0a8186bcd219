import {
  type Checker,
  createChecker,
  households,
  isCalendarDate,
  localDate,
  members,
} from '@duibiao/core';
import { shaanxi } from '@duibiao/plugin-shaanxi';

import { type Declaration, readDeclaration } from './declaration.js';
import {
  fieldInput,
  HOUSEHOLD_FIELDS,
  MEMBER_FIELDS,
  readCells,
  showProblems,
} from './fields.js';
import { showFindings } from './findings-view.js';
import { TEXT } from './text.js';

/*
 * The self-declaration form: a household enters its own record and the
 * Shaanxi rules (national ones included) run in the page on every change.
 * Nothing leaves the page.
 */

const form = byId<HTMLFormElement>('declaration');
const householdBox = byId('household-fields');
const memberRows = byId('member-rows');
const asOfInput = byId<HTMLInputElement>('as-of');
const status = byId('status');
const list = byId('finding-list');

/** A checker per reference date: loading the rules is the slow part. */
const checkers = new Map<string, Checker>();
/** The number of the latest check; an older one that ends later is dropped. */
let latest = 0;

for (const key of HOUSEHOLD_FIELDS) {
  householdBox.append(fieldInput(key, households.fields[key]));
}
addMember();
asOfInput.value = today();
status.textContent = TEXT.start;

form.addEventListener('input', () => void check());
form.addEventListener('submit', (event) => event.preventDefault());
byId('add-member').addEventListener('click', () => {
  addMember();
  void check();
});

/** Adds an empty member row with its own remove button. */
function addMember(): void {
  const row = document.createElement('div');
  row.className = 'member';
  for (const key of MEMBER_FIELDS) {
    row.append(fieldInput(key, members.fields[key]));
  }

  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = TEXT.removeMember;
  remove.addEventListener('click', () => {
    row.remove();
    void check();
  });
  row.append(remove);
  memberRows.append(row);
}

/** Reads the form, shows its problems, and checks what can be read. */
async function check(): Promise<void> {
  const run = ++latest;
  const rows = [...memberRows.querySelectorAll<HTMLElement>('.member')];
  const declaration = readDeclaration(
    readCells(householdBox, HOUSEHOLD_FIELDS),
    rows.map((row) => readCells(row, MEMBER_FIELDS)),
  );
  showProblems(householdBox, declaration.household);
  rows.forEach((row, i) => showProblems(row, declaration.members[i]!));
  const date = asOf();
  asOfInput.setAttribute('aria-invalid', String(date === undefined));
  if (!declaration.dataset || date === undefined) {
    list.replaceChildren();
    setStatus(...statusWithout(declaration, date));
    return;
  }

  setStatus('checking', TEXT.checking);
  try {
    const result = await checkerOn(date).check(declaration.dataset);
    if (run !== latest) return;
    const unknown = result.stats.rules.filter((rule) => rule.unknown > 0);
    const found = result.findings.length;
    showFindings(list, result.findings, declaration.memberIds);
    setStatus(
      'checked',
      `${found > 0 ? TEXT.findings(found) : TEXT.noFindings}；${TEXT.unknownRules(unknown.length)}`,
    );
  } catch (error) {
    if (run !== latest) return;
    list.replaceChildren();
    setStatus('failed', TEXT.failed((error as Error).message));
  }
}

function checkerOn(asOf: string): Checker {
  let checker = checkers.get(asOf);
  if (!checker) {
    checker = createChecker({ plugins: [shaanxi], asOf });
    checkers.set(asOf, checker);
  }

  return checker;
}

/**
 * Why nothing is checked: a field to fix comes first, then a missing
 * reference date; a form with nothing entered yet waits for input.
 */
function statusWithout(
  declaration: Declaration,
  date: string | undefined,
): [state: string, text: string] {
  const marked = [declaration.household, ...declaration.members].some(
    (problems) => problems.size > 0,
  );
  if (marked) return ['invalid', TEXT.fixFields];
  if (date === undefined) return ['invalid', TEXT.needAsOf];

  return ['waiting', TEXT.start];
}

/**
 * The reference date entered. None while the input is cleared or holds
 * no whole date: checking as of today instead would judge the household
 * on another date than the one the user set, without a word.
 */
function asOf(): string | undefined {
  const value = asOfInput.value;

  return isCalendarDate(value) && value.length === 10 ? value : undefined;
}

/** Today's date where the user is, as `YYYY-MM-DD`. */
function today(): string {
  return localDate();
}

/** Shows where the check stands; `data-state` says it to scripts and tests. */
function setStatus(state: string, text: string): void {
  status.dataset.state = state;
  status.textContent = text;
}

function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no element #${id}`);

  return found as T;
}
