#!/usr/bin/env node
// Small fixes to dependencies, applied after every install (package.json postinstall). Each names the exact
// text it replaces: when an upgrade changes that text, the install stops here and the fix is looked at again,
// rather than silently not applying.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

const PATCHES = [
  {
    // linkedom gives every node a Map of event listeners at construction, kept in a WeakMap: a page of
    // 100,000 links spent 1 s of its 2.5 s parse there and in the garbage collector. The map is made on
    // the first addEventListener instead; nothing else reads it (dispatch already skips a node without one).
    files: ['esm', 'cjs'].map((build) => `node_modules/linkedom/${build}/interface/event-target.js`),
    edits: [
      ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {}'],
      [
        '  addEventListener(type, listener, options) {\n    const map = wm.get(this);',
        '  addEventListener(type, listener, options) {\n    if (!wm.has(this)) wm.set(this, new Map);\n    const map = wm.get(this);',
      ],
      [
        '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
        '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {',
      ],
    ],
  },
];

for (const { files, edits } of PATCHES) for (const file of files) patch(file, edits);

function patch(file, edits) {
  const path = join(root, file);
  let text = readFileSync(path, 'utf8');
  for (const [from, to] of edits) {
    if (text.includes(to)) continue;
    if (!text.includes(from)) {
      console.error(`scripts/patches: ${file} has changed; the fix for it needs another look`);
      process.exit(1);
    }
    text = text.replace(from, to);
  }
  writeFileSync(path, text);
}
