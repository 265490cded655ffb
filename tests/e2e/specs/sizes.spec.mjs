// Sizes of what the extension ships. Timings stay out of `make test`; sizes do not depend
// on the machine, so they are checked here. The dictionary meets its budget; the wasm
// modules do not yet (BENCH.md says why), so their ceilings are today's sizes plus a
// little: growth past them is a regression to look at. A ceiling goes up only with a
// feature that needs the bytes, and says so in BENCH.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { repoRoot } from '../harness.mjs';

/** Shipped file (under dist/chrome) → most gzip KB allowed. */
const CEILINGS_KB = {
  'pkg/engine_bg.wasm': 575,
  'pkg/pages_bg.wasm': 268,
  'dictionaries/en_US.dic': 200,
};

for (const [file, ceiling] of Object.entries(CEILINGS_KB)) {
  test(`${file} stays within ${ceiling} KB gzip`, () => {
    const bytes = readFileSync(join(repoRoot, 'dist', 'chrome', file));
    const kb = gzipSync(bytes, { level: 9 }).length / 1024;
    assert.ok(kb <= ceiling, `${file} is ${kb.toFixed(1)} KB gzip, over its ${ceiling} KB ceiling`);
  });
}
