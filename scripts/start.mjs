// `npm start`: build Readside for Chrome, serve the bundled demo articles on 127.0.0.1 and open
// Chromium with the extension loaded on the demo page. With no display it prints how to load the
// unpacked build by hand instead.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, '.output/chrome-mv3');

const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const howTo = `
Readside is built in ${buildDir}

Load it by hand:
  Chrome/Chromium: open chrome://extensions, turn on "Developer mode", click "Load unpacked"
                   and choose ${buildDir}
  Firefox:         npm run build:firefox, then about:debugging#/runtime/this-firefox,
                   "Load Temporary Add-on…" and choose .output/firefox-mv2/manifest.json
Then open an article and click the Readside button, or press Alt+Shift+K.`;

const chromium = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => existsSync(p));
const hasDisplay = process.platform === 'darwin' || process.platform === 'win32' || !!process.env.DISPLAY;
if (!hasDisplay || !chromium) {
  console.log(!chromium ? '\nNo Chromium found (set CHROME_PATH).' : '\nNo display found, so no browser was opened.');
  console.log(howTo);
  process.exit(0);
}

const mounts = {
  site: path.join(root, 'tests/e2e/site'),
  fixtures: path.join(root, 'tests/fixtures'),
};
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const [, mount, ...rest] = url.pathname.split('/');
  const base = mounts[mount];
  const file = base ? path.resolve(base, decodeURIComponent(rest.join('/'))) : '';
  if (!base || !file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream',
  });
  createReadStream(file).pipe(res);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const demo = `http://127.0.0.1:${port}/site/article.html`;
  const seed = `http://127.0.0.1:${port}/fixtures/seed-cluttered-news/source.html`;
  const profile = mkdtempSync(path.join(tmpdir(), 'readside-start-'));
  console.log(
    `\nDemo articles:\n  ${demo}\n  ${seed}\nClick the Readside toolbar button (pin it from the puzzle menu) or press Alt+Shift+K.`,
  );
  const browser = spawn(
    chromium,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${buildDir}`,
      `--load-extension=${buildDir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      demo,
      seed,
    ],
    { stdio: 'ignore' },
  );
  browser.on('exit', () => server.close());
});
