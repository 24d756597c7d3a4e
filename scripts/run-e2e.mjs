// Runs the Playwright e2e suite against the built extension in Debian's Chromium.
// A missing browser or Xvfb is a failure, never a skip. Headed tests (real key events for the
// keyboard shortcut) need a display, so without one the whole run goes under xvfb-run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.READSIDE_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`e2e: Chromium not found at ${chromium}. Install it: apt-get install -y chromium xvfb xdotool`);
  process.exit(1);
}
for (const tool of ['xvfb-run', 'xdotool']) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
    console.error(`e2e: ${tool} not found. Install it: apt-get install -y chromium xvfb xdotool`);
    process.exit(1);
  }
}
const args = ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)];
const cmd = process.env.DISPLAY ? ['npx', args] : ['xvfb-run', ['-a', '-s', '-screen 0 1400x1000x24', 'npx', ...args]];
const result = spawnSync(cmd[0], cmd[1], { stdio: 'inherit' });
process.exit(result.status ?? 1);
