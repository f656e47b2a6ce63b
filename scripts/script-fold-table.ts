// `npx tsx scripts/script-fold-table.ts`: writes src/library/scriptFoldTable.ts, the Traditional → Simplified
// characters search folds, from OpenCC's dictionaries (opencc-js). test/library/scriptFold.test.ts checks the
// file against OpenCC, so an upgrade of opencc-js that changes a character fails until this is run again.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/t2cn';

const RANGES: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** Every CJK character OpenCC converts, alone, to one other character: pairs `traditional simplified`. */
export function t2sPairs(): string {
  const toSimplified = Converter({ from: 't', to: 'cn' });
  let out = '';
  for (const [from, to] of RANGES) {
    const chars: string[] = [];
    for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c));
    // A character a line: a dictionary phrase never spans a line break, so each line is that character alone.
    const converted = toSimplified(chars.join('\n')).split('\n');
    if (converted.length !== chars.length) throw new Error('OpenCC changed the line breaks');
    converted.forEach((s, i) => {
      if (s.length === 1 && s !== chars[i]) out += `${chars[i]}${s}`;
    });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pairs = t2sPairs();
  writeFileSync(
    join(import.meta.dirname, '../src/library/scriptFoldTable.ts'),
    `// Written by scripts/script-fold-table.ts from OpenCC's dictionaries (opencc-js); do not edit.\n// ${pairs.length / 2} characters, each followed by its Simplified form.\nexport const T2S_PAIRS =\n  '${pairs}';\n`,
  );
  console.log(`${pairs.length / 2} pairs`);
}
