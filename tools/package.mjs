// Lays out the built extension: extension/ (with pkg/ from wasm-bindgen) → dist/chrome,
// the Firefox variant → dist/firefox (manifest transform: background.scripts and a gecko
// id, as uBlock Origin and Ruffle do), their store zips, and the playground's copies in
// www/ (both wasm modules, the content scripts, styles, English strings, dictionary).
// Run by `make build` after wasm-bindgen and wasm-opt.
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

// The playground runs both modules, the content scripts and the dictionary the extension
// ships, unchanged, beside its stand-in for chrome.* (www/demo-chrome.js).
const www = join(root, 'www');
rmSync(join(www, 'pkg'), { recursive: true, force: true });
mkdirSync(join(www, 'pkg'), { recursive: true });
for (const file of ['pages.js', 'pages_bg.wasm', 'engine.js', 'engine_bg.wasm']) cpSync(join(source, 'pkg', file), join(www, 'pkg', file));
cpSync(join(source, 'styles', 'pages.css'), join(www, 'pages.css'));
cpSync(join(source, 'sends.js'), join(www, 'sends.js'));
cpSync(join(source, '_locales', 'en'), join(www, '_locales', 'en'), { recursive: true });
rmSync(join(www, 'content'), { recursive: true, force: true });
cpSync(join(source, 'content'), join(www, 'content'), { recursive: true });
mkdirSync(join(www, 'dictionaries'), { recursive: true });
for (const file of ['en_US.aff', 'en_US.dic']) cpSync(join(source, 'dictionaries', file), join(www, 'dictionaries', file));
console.log('dist/chrome, dist/firefox and their zips are ready; www/ updated');
