/**
 * The files of a new city plugin, as `duibiao init` writes them: plain
 * JavaScript modules checked by TypeScript through JSDoc (`// @ts-check`),
 * so that the plugin runs and passes its tests without a build step. The
 * code is written as prettier formats it.
 */

/** What the scaffold is made for. */
export interface ScaffoldOptions {
  /** The plugin id, used in rule ids: `xian`. */
  id: string;
  /** The package name: `duibiao-plugin-xian`. */
  name: string;
  /** Region code prefix of the city, under Shaanxi's 61: `6101`. */
  region: string;
}

/**
 * The scaffold's files by relative path.
 *
 * @param options - Id, package name and region.
 * @returns File contents by path.
 */
export function scaffoldFiles(
  options: ScaffoldOptions,
): Record<string, string> {
  const { id, name, region } = options;
  const ruleId = `${id}/low-income-no-job-help`;
  // The plugin's rules judge only households of its regions; the SDK's
  // builders put theirs in Xi'an, so the cases give a code of the city.
  const regionCode = region.padEnd(12, '0');

  return {
    'package.json': `${JSON.stringify(
      {
        name,
        version: '0.1.0',
        description: `duibiao rules of region ${region}, extending the Shaanxi plugin`,
        type: 'module',
        main: './index.js',
        exports: { '.': './index.js' },
        files: ['index.js', 'parameters.js', 'rules', 'README.md'],
        scripts: { test: 'duibiao test --plugin .' },
        dependencies: {
          '@duibiao/core': '^0.1.0',
          '@duibiao/plugin-sdk': '^0.1.0',
          '@duibiao/plugin-shaanxi': '^0.1.0',
        },
        devDependencies: { '@duibiao/cli': '^0.1.0' },
      },
      null,
      2,
    )}\n`,
    'index.js': `// @ts-check
import { definePlugin } from '@duibiao/plugin-sdk';
import { shaanxi } from '@duibiao/plugin-shaanxi';

import { monitoringLine } from './parameters.js';
import { lowIncomeNoJobHelpCases } from './rules/low-income-no-job-help.cases.js';
import { lowIncomeNoJobHelp } from './rules/low-income-no-job-help.js';

/**
 * The rules of region ${region}: Shaanxi's, with the city's own
 * monitoring line and one rule of its own. The city's rules judge only
 * subjects whose region code starts with ${region}; its monitoring line
 * holds for whatever data it checks.
 */
export const plugin = definePlugin({
  name: ${jsString(name)},
  id: ${jsString(id)},
  version: '0.1.0',
  regions: [${jsString(region)}],
  extends: [shaanxi],
  parameters: [monitoringLine],
  rules: [lowIncomeNoJobHelp],
  tests: {
    ${jsString(ruleId)}: lowIncomeNoJobHelpCases,
  },
});
`,
    'parameters.js': `// @ts-check
import { defineParameter } from '@duibiao/plugin-sdk';

/**
 * The city's monitoring line overrides Shaanxi's (the national 6000)
 * from 1 July 2020: a dated value, so older data is still judged by the
 * line in force at its date.
 */
export const monitoringLine = defineParameter({
  name: 'monitoringLine',
  description: ${jsString(`Monitoring line of region ${region} from 2020-07-01.`)},
  unit: '元/人·年',
  values: [{ from: '2020-07-01', value: 7000 }],
});
`,
    'rules/low-income-no-job-help.js': `// @ts-check
import { defineRule } from '@duibiao/plugin-sdk';

/**
 * A household under the city's monitoring line that has no employment
 * help recorded.
 */
export const lowIncomeNoJobHelp = defineRule({
  id: ${jsString(ruleId)},
  subject: 'household',
  category: 'measure-gap',
  indicator: 'employment',
  severity: 'medium',
  title: '收入低于本市监测线但未落实就业帮扶',
  description:
    'A household whose per-capita net income is under the monitoring line in force has no employment help (就业帮扶) among its measures.',
  basis: '陕脱贫发〔2020〕9号 二（二）、四（二）',
  department: '人社部门',
  action: '落实帮扶',
  conditions: {
    all: [
      {
        fact: 'perCapitaNetIncome',
        operator: 'lessThan',
        value: { param: 'monitoringLine' },
      },
      { fact: 'measures', operator: 'doesNotContain', value: '就业帮扶' },
    ],
  },
  message: {
    zh: '人均纯收入 {perCapitaNetIncome} 元，低于监测线 {monitoringLine} 元，帮扶措施中没有就业帮扶',
    en: 'Per-capita net income {perCapitaNetIncome} yuan, under the monitoring line of {monitoringLine} yuan, with no employment help among the measures',
  },
});
`,
    'rules/low-income-no-job-help.cases.js': `// @ts-check
import { dataset, household, village } from '@duibiao/plugin-sdk';

/**
 * A region code of the city for the cases' household and village. Only
 * its prefix ${region} matters: the plugin's rules judge only subjects
 * whose region code starts with it, and the SDK's builders put their
 * records in Xi'an (610124…) unless told otherwise.
 */
const REGION_CODE = ${jsString(regionCode)};

/**
 * A data set of one household of the city, with its family and village.
 *
 * @param {Partial<import('@duibiao/core').Household>} overrides
 * @returns {import('@duibiao/core').Dataset}
 */
function cityHousehold(overrides) {
  return dataset({
    household: household({ regionCode: REGION_CODE, ...overrides }),
    village: village({ regionCode: REGION_CODE }),
  });
}

/**
 * Cases of ${ruleId}.
 * The city's line is 7000 from 2020-07-01; the cases run on 2020-09-30,
 * when it is in force.
 *
 * @type {import('@duibiao/core').RuleCases}
 */
export const lowIncomeNoJobHelpCases = {
  valid: [
    {
      name: 'under the line, with employment help recorded',
      data: cityHousehold({ perCapitaNetIncome: 6800 }),
    },
    {
      name: 'exactly on the line, with no employment help',
      data: cityHousehold({
        perCapitaNetIncome: 7000,
        measures: ['产业帮扶'],
      }),
    },
    {
      name: 'before the city line took effect, 6800 was over the line of 6000',
      asOf: '2020-06-30',
      data: cityHousehold({
        perCapitaNetIncome: 6800,
        measures: ['产业帮扶'],
      }),
    },
  ],
  invalid: [
    {
      name: 'under the city line (7000) though over the national one (6000), with no employment help',
      data: cityHousehold({
        perCapitaNetIncome: 6800,
        measures: ['产业帮扶'],
      }),
      findings: [
        {
          householdId: 'H001',
          message:
            '人均纯收入 6800 元，低于监测线 7000 元，帮扶措施中没有就业帮扶',
        },
      ],
    },
  ],
};
`,
    'README.md': `# ${name}

duibiao rules for region ${region}: the Shaanxi plugin, with the city's
own monitoring line and one rule of its own. Made by \`duibiao init\`.

## What

- \`parameters.js\` overrides Shaanxi's \`monitoringLine\` from 2020-07-01
  (7000 元/人·年). Older data is still judged by the line in force then.
- \`rules/low-income-no-job-help.js\` — a household under the monitoring
  line with no employment help (就业帮扶): rule \`${ruleId}\`.
- \`rules/low-income-no-job-help.cases.js\` — its test cases: households of
  the city on which it must stay silent and one on which it must report.

The city's rules judge only households whose region code starts with
${region}, so the cases give theirs such a code. The monitoring line, and
any rule the plugin switches off, hold for all the data checked: check a
city's data with its plugin.

## Test

The \`@duibiao\` packages are not on the npm registry, so \`npm install\`
cannot fetch them. Keep this folder inside a checkout of duibiao (say
\`plugins/${id}\`): the packages resolve from the checkout once it is built.

\`\`\`sh
npm run build       # once, at the root of the duibiao checkout
npm test            # here: duibiao test --plugin .
\`\`\`

Elsewhere, link the packages of a built checkout into this folder first:

\`\`\`sh
npm link <checkout>/packages/core <checkout>/packages/plugin-sdk \\
  <checkout>/packages/plugin-shaanxi <checkout>/packages/cli
\`\`\`

Every rule needs at least one valid and one invalid case; an invalid case
lists the findings it expects.

## Review a change

\`\`\`sh
npx duibiao rules --plugin . --as-of 2020-09-30
npx duibiao diff <folder> --plugin . --against shaanxi --as-of 2020-09-30
\`\`\`

\`diff\` shows, per rule, the findings this plugin adds and removes
compared with Shaanxi's rules, in region ${region}.
`,
  };
}

/** Escapes in a single-quoted string literal, by character. */
const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * A single-quoted JavaScript string literal of a text, as prettier
 * writes one in this project (`JSON.stringify` would give double quotes).
 */
function jsString(text: string): string {
  const escaped = text.replace(
    /[\\'\n\r\u2028\u2029]/g,
    (char) => ESCAPES[char] ?? char,
  );

  return `'${escaped}'`;
}
