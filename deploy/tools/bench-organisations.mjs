// Writes member files (CSV) of generated organisations for bench/platform: 30 countries, the vocabulary's
// competences with a skew, and descriptions whose words follow a Zipf law (a few words very common, most
// rare), with "textile" in a third of them, as on a textile cluster platform.
// Usage: node bench-organisations.mjs <count> <rows per file> <out prefix> <competence ids, comma-separated> <run>
import { writeFileSync } from 'node:fs';

const [count, perFile, prefix, competenceList, run] = process.argv.slice(2);
const total = Number(count);
const rowsPerFile = Number(perFile);
const competences = competenceList.split(',');
const countries = ['FR', 'BE', 'NL', 'DE', 'ES', 'IT', 'PT', 'PL', 'RO', 'BG', 'DK', 'SE', 'FI', 'AT', 'CZ', 'SK', 'HU',
  'SI', 'HR', 'GR', 'IE', 'LU', 'LT', 'LV', 'EE', 'MT', 'CY', 'NO', 'IS', 'CH'];
const types = ['MICRO', 'SME', 'SME', 'SME', 'LARGE', 'RESEARCH'];

// a seeded generator: the same files every run
let seed = 20261205;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

// 5,000 made-up words; the r-th most frequent drawn with probability ~ 1 / r^1.1
const syllables = ['ka', 'lo', 'mi', 'ter', 'vas', 'no', 'pri', 'dun', 'sel', 'ra', 'bo', 'fe', 'gu', 'zan', 'ti', 'mer'];
const words = Array.from({ length: 5000 }, (_, i) => {
  let word = '';
  for (let n = i + 7; n > 0; n = Math.floor(n / 16)) word += syllables[n % 16];
  return word;
});
const weights = words.map((_, r) => 1 / Math.pow(r + 1, 1.1));
const cumulative = [];
weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
const zipf = () => {
  const x = random() * cumulative[cumulative.length - 1];
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cumulative[mid] < x) low = mid + 1;
    else high = mid;
  }
  return words[low];
};

writeFileSync(`${prefix}-words.txt`, `${words.join('\n')}\n`);

const quote = (text) => `"${text.replaceAll('"', '""')}"`;
let file = 0;
for (let start = 0; start < total; start += rowsPerFile, file++) {
  const lines = ['name,type,country,competences,keywords,description_en'];
  for (let i = start; i < Math.min(total, start + rowsPerFile); i++) {
    const own = new Set();
    for (let k = 0; k < 1 + (i % 4); k++) own.add(competences[Math.floor(Math.pow(random(), 2.5) * competences.length)]);
    const description = Array.from({ length: 10 }, zipf);
    if (random() < 1 / 3) description.splice(Math.floor(random() * 10), 0, 'textile');
    // drawn, not taken by the row's number: 30 countries and 6 types by number would give each country one type
    const type = types[Math.floor(random() * types.length)];
    const country = countries[Math.floor(random() * countries.length)];
    lines.push([quote(`Bench ${run} ${i} ${zipf()} ${type === 'SME' ? 'SARL' : 'Group'}`), type, country, quote([...own].join(';')), quote(`${zipf()};${zipf()}`),
      quote(`${description.join(' ')}.`)].join(','));
  }
  writeFileSync(`${prefix}-${file}.csv`, `${lines.join('\n')}\n`);
  console.log(`${prefix}-${file}.csv`);
}
