// Prints the Markdown tables of a built plugin's own parameters and rules,
// for its README:  node scripts/rule-table.mjs national|shaanxi
// The plugin READMEs are tested against this metadata, so run this after
// changing a rule or parameter and paste the tables in.
const name = process.argv[2] ?? 'national';
const module = await import(`../packages/plugin-${name}/dist/index.js`);
const plugin = module[name];

const value = (v) => (typeof v === 'object' ? JSON.stringify(v) : String(v));
console.log('| parameter | value | from | unit |');
console.log('|---|---|---|---|');
for (const p of plugin.parameters ?? []) {
  for (const v of p.values) {
    console.log(
      `| \`${p.name}\` | \`${value(v.value)}\` | ${v.from ?? 'always'} | ${p.unit ?? ''} |`,
    );
  }
}
console.log('');
console.log(
  '| rule | subject | category | indicator | severity | title | department | action |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const rule of plugin.rules ?? []) {
  console.log(
    `| \`${rule.id}\` | ${rule.subject} | ${rule.category} | ${rule.indicator} | ${rule.severity} | ${rule.title} | ${rule.department} | ${rule.action} |`,
  );
}
