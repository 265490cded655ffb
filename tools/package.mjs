// Lays out the built extension: extension/ (with pkg/ from wasm-bindgen) → dist/chrome,
// the Firefox variant → dist/firefox (manifest transform: background.scripts and a gecko
// id, as uBlock Origin and Ruffle do), their store zips, and the playground's copy of
// the wasm in www/pkg. Run by `make build` after wasm-bindgen and wasm-opt.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'extension');
const dist = join(root, 'dist');

/** Firefox reads `background.scripts` (Chromium ignores it beside `service_worker`). */
function firefoxManifest(manifest) {
  const copy = structuredClone(manifest);
  copy.background = { scripts: [manifest.background.service_worker], type: 'module' };
  // Afterview collects nothing: Firefox asks extensions to say so (desktop 140+, Android 142+).
  copy.browser_specific_settings = {
    gecko: { id: 'afterview@afterview.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    gecko_android: { strict_min_version: '142.0' },
  };
  return copy;
}

function layOut(name, transform) {
  const out = join(dist, name);
  rmSync(out, { recursive: true, force: true });
  cpSync(source, out, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8'));
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(transform(manifest), null, 2) + '\n');
  const zip = join(dist, `afterview-${name}-${manifest.version}.zip`);
  rmSync(zip, { force: true });
  execFileSync('zip', ['-q', '-r', '-X', zip, '.'], { cwd: out });
}

mkdirSync(dist, { recursive: true });
layOut('chrome', (m) => m);
layOut('firefox', firefoxManifest);

const www = join(root, 'www', 'pkg');
rmSync(www, { recursive: true, force: true });
// The playground runs the pages module only; the engine module stays in the extension.
mkdirSync(www, { recursive: true });
for (const file of ['pages.js', 'pages_bg.wasm']) cpSync(join(source, 'pkg', file), join(www, file));
cpSync(join(source, 'styles', 'pages.css'), join(root, 'www', 'pages.css'));
cpSync(join(source, '_locales', 'en'), join(root, 'www', '_locales', 'en'), { recursive: true });
console.log('dist/chrome, dist/firefox and their zips are ready; www/pkg updated');
