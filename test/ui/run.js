// `npm run test:ui`: clicks through the real VS Code UI (code-server + headless chromium) with the
// extension loaded in development mode: open a bulletin from the Explorer, wait for a squiggle,
// check the Problems panel and the hover, and save screenshots to test-results/.
// Needs dist/ (npm run build) and `npm run vscode-deps`.
'use strict';

const fs = require('fs');
const path = require('path');
const harness = require('../vscode/harness');

const ROOT = harness.ROOT;
const FILE = 'ui.bulletin'; // same content as numbering.bulletin: findings on lines 9, 11, 14 (1-based)
const CODES = ['structure.numbering-sequence', 'structure.number-format'];
const VIETNAMESE = /[ăâđêôơưàáạảãầấậẩẫằắặẳẵèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;
const STEP_MS = Number(process.env.BANTIN_UI_STEP_MS || 30000);
const RESULTS = path.join(ROOT, 'test-results');

let stepNo = 0;
async function step(name, fn) {
  stepNo++;
  const t = Date.now();
  process.stdout.write(`[test:ui] ${stepNo}. ${name} … `);
  try {
    const r = await fn();
    console.log(`ok (${Date.now() - t} ms)`);
    return r;
  } catch (err) {
    console.log('FAILED');
    err.message = `step ${stepNo} "${name}": ${err.message}`;
    throw err;
  }
}

async function shot(page, name) {
  const file = path.join(RESULTS, `ui-${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

async function main() {
  const started = Date.now();
  const extensionPath = process.env.BANTIN_EXTENSION_PATH || ROOT; // override: debugging the harness only
  if (!fs.existsSync(path.join(extensionPath, 'dist', 'client', 'extension.js'))) {
    console.error(`[test:ui] ${extensionPath}/dist/client/extension.js does not exist: run \`npm run build\` first.`);
    process.exit(1);
  }
  harness.checkPrerequisites();
  fs.mkdirSync(RESULTS, { recursive: true });
  const tmpRoot = harness.makeTempDir('bantin-ui-');
  const workspace = harness.copyWorkspace(path.join(ROOT, 'test', 'vscode', 'workspace'), tmpRoot);
  let server;
  let browser;
  let page;
  let ok = false;
  try {
    server = await harness.startCodeServer({ tmpRoot });
    browser = await harness.launchBrowser(tmpRoot);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(STEP_MS);
    const url = harness.workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: extensionPath });

    await step('load the workbench', async () => {
      await page.goto(url);
      await page.locator('.monaco-workbench').waitFor();
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    });
    await shot(page, '01-workbench');

    await step(`open ${FILE} from the Explorer`, async () => {
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE });
      await row.click();
      await page.locator(`.tabs-container .tab.active`, { hasText: FILE }).waitFor();
      await page.locator('.editor-instance .monaco-editor .view-lines').waitFor();
    });

    const squiggle = await step('wait for a squiggle', async () => {
      const s = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first();
      await s.waitFor();
      return s;
    });
    await shot(page, '02-squiggle');

    const problems = await step('Problems panel lists the findings with their codes', async () => {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill('>Focus on Problems View');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Focus on Problems View' }).first().waitFor();
      await page.keyboard.press('Enter');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.filter({ hasText: CODES[0] }).first().waitFor();
      const texts = await rows.allInnerTexts();
      for (const code of CODES) {
        if (!texts.some((t) => t.includes(code))) throw new Error(`no Problems entry with ${code}; rows:\n  ${texts.join('\n  ')}`);
      }
      return texts;
    });
    await shot(page, '03-problems');

    await step('hovering a squiggle shows the Vietnamese message', async () => {
      const box = await squiggle.boundingBox();
      if (!box) throw new Error('squiggle has no bounding box');
      await page.mouse.move(box.x + Math.min(box.width / 2, 6), box.y + box.height / 2);
      const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: /bantin|structure\./ }).first();
      await hover.waitFor();
      const text = await hover.innerText();
      if (!CODES.some((c) => text.includes(c))) throw new Error(`hover does not show a finding code:\n${text}`);
      const messages = problems.map((t) => t.split('\n')[0]).filter((m) => VIETNAMESE.test(m));
      if (!VIETNAMESE.test(text) || !messages.some((m) => text.includes(m.trim()))) {
        throw new Error(`hover does not show a Vietnamese message from the Problems panel:\n${text}\nProblems:\n  ${problems.join('\n  ')}`);
      }
    });
    await shot(page, '04-hover');
    ok = true;
  } catch (err) {
    console.error(`[test:ui] FAILED: ${err && err.message ? err.message : err}`);
    if (page) {
      const f = await shot(page, 'failure').catch(() => undefined);
      if (f) console.error(`[test:ui] screenshot: ${f}`);
    }
    if (server) console.error(`[test:ui] code-server log:\n${harness.readTail(server.logFile, 2000)}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (ok) {
    harness.removeDir(tmpRoot);
    console.log(`[test:ui] passed in ${secs} s; screenshots in ${path.relative(process.cwd(), RESULTS) || RESULTS}/`);
  } else {
    console.error(`[test:ui] failed after ${secs} s; temp dir kept: ${tmpRoot}`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
