// Writes docs/tables.md, every table duibiao reads with its columns, from
// the table specs in @duibiao/core:  node scripts/tables-doc.mjs
// test/docs-tables.test.ts fails when the file and the specs disagree.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The Markdown of docs/tables.md.
 *
 * @param core - The @duibiao/core module.
 * @returns The text.
 */
export function renderTables(core) {
  const { households, members, villages, LIST_KEYS, LISTS } = core;
  const lines = [
    '# Tables duibiao reads',
    '',
    'Generated from the table specs of `@duibiao/core` by',
    '`node scripts/tables-doc.mjs`; a test keeps it in step. A file is named',
    "by the table's English key or Chinese name (`education.csv`,",
    '`教育学籍.xlsx`); a header may be the Chinese header or the English key.',
    'A blank cell is unknown unless the column says what blank means.',
    '',
  ];
  const section = (spec, what) => {
    lines.push(`## ${spec.key} — ${spec.name}`, '', what, '');
    lines.push(
      `Key column: ${spec.fields[spec.keyField].header} (\`${spec.keyField}\`).`,
      '',
    );
    lines.push('| header | key | kind | values | blank | what |');
    lines.push('|---|---|---|---|---|---|');
    for (const [key, field] of Object.entries(spec.fields)) {
      const values = field.values
        ? field.values.join(' · ')
        : (field.unit ?? '');
      const blank =
        typeof field.blank === 'object'
          ? `means ${field.blank.default}`
          : field.blank === 'none'
            ? 'means none'
            : spec.requiredValues.includes(key) || field.kind === 'key'
              ? 'row rejected'
              : 'unknown';
      lines.push(
        `| ${field.header} | \`${key}\` | ${field.kind} | ${values} | ${blank} | ${field.description} |`,
      );
    }
    lines.push('');
  };

  section(households, 'The registry: one row per registered household.');
  section(
    members,
    'The registry: one row per member of a registered household.',
  );
  section(villages, 'The registry: one row per village.');
  for (const key of LIST_KEYS) {
    const list = LISTS[key];
    const what =
      list.group === 'department'
        ? "A line department's list, dated by 数据截至日期."
        : 'A follow-up table.';
    section(list.table, what);
  }

  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const core = await import('@duibiao/core');
  const target = new URL('../docs/tables.md', import.meta.url);
  await writeFile(target, renderTables(core));
  console.log(`wrote ${fileURLToPath(target)}`);
}
