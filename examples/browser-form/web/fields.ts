import { type FieldSpec, households, members } from '@duibiao/core';

/** The household fields the form asks for, in the order it shows them. */
export const HOUSEHOLD_FIELDS = [
  'householdId',
  'regionCode',
  'householdType',
  'perCapitaNetIncome',
  'dangerousHouse',
  'safeWater',
] as const satisfies readonly (keyof typeof households.fields)[];

/**
 * The fields asked of each member. The member's 户编号 is the household's,
 * so it is not asked again.
 */
export const MEMBER_FIELDS = [
  'idNumber',
  'relation',
  'birthDate',
  'schoolStatus',
  'notInSchoolReason',
  'residentMedical',
] as const satisfies readonly (keyof typeof members.fields)[];

/** The answers of a flag (是否…) field, as the data format writes them. */
const FLAG_VALUES = ['是', '否'];

/**
 * Makes the input of one field: a drop-down of the field's values for an
 * enum or a flag, a date picker for a date, and a text box otherwise.
 * Labels, units and values come from the core's table definitions, where
 * the data format's Chinese names live, so the form cannot drift from
 * what the rules read.
 *
 * @param key - The field's English key; it names the input.
 * @param spec - The field's definition.
 * @returns A label wrapping the input and a place for its problem.
 */
export function fieldInput(key: string, spec: FieldSpec): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'field';
  const caption = document.createElement('span');
  caption.textContent = spec.unit
    ? `${spec.header}（${spec.unit}）`
    : spec.header;

  const input = control(spec);
  input.name = key;
  const problem = document.createElement('small');
  problem.className = 'problem';
  label.append(caption, input, problem);

  return label;
}

function control(spec: FieldSpec): HTMLInputElement | HTMLSelectElement {
  const values = spec.kind === 'boolean' ? FLAG_VALUES : spec.values;
  if (values) return select(values, spec.blank === 'none' ? '无' : '');

  const input = document.createElement('input');
  if (spec.kind === 'date') input.type = 'date';
  else if (spec.kind === 'number') input.inputMode = 'decimal';

  return input;
}

/** A drop-down whose first, blank choice reads `blankText`. */
function select(values: readonly string[], blankText: string) {
  const element = document.createElement('select');
  element.add(new Option(blankText, ''));
  for (const value of values) element.add(new Option(value, value));

  return element;
}

/**
 * Reads the inputs inside an element as raw cells, by field key, as a
 * spreadsheet row would give them.
 *
 * @param root - The element holding the inputs.
 * @param keys - The fields to read.
 * @returns The text of each field's input.
 */
export function readCells(
  root: ParentNode,
  keys: readonly string[],
): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const key of keys) {
    const input = root.querySelector<HTMLInputElement | HTMLSelectElement>(
      `[name="${key}"]`,
    );
    cells[key] = input?.value ?? '';
  }

  return cells;
}

/**
 * Shows each field's problem beside its input, and clears the others.
 *
 * @param root - The element holding the inputs.
 * @param problems - The reason for each field that could not be read.
 */
export function showProblems(
  root: ParentNode,
  problems: ReadonlyMap<string, string>,
): void {
  for (const label of root.querySelectorAll<HTMLLabelElement>('.field')) {
    const input = label.querySelector<HTMLInputElement>('[name]');
    const problem = label.querySelector('.problem');
    const reason = input ? problems.get(input.name) : undefined;
    if (problem) problem.textContent = reason ?? '';
    input?.setAttribute('aria-invalid', String(reason !== undefined));
  }
}
