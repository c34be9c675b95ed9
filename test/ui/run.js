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
const SAMPLE = 'ban-tin-mau.bulletin'; // samples/, copied into the workspace

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

/** Runs a command from the palette by its title (exact row text). */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The preview's page inside its webview (VS Code nests the page in a second iframe). */
function previewFrame(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** Waits until the preview shows the sample rendered: its title block and a part heading, with the findings marked. */
async function waitForPreview(page, timeout = STEP_MS) {
  const frame = previewFrame(page);
  await frame.locator('.bt-page .bt-name', { hasText: 'THÔNG TIN SINH HOẠT CHI BỘ THÁNG 12 NĂM 2024' }).waitFor({ timeout });
  await frame.locator('.bt-page h2.bt-part', { hasText: 'THÔNG TIN THỜI SỰ' }).first().waitFor({ timeout });
  await frame.locator('.bt-page .bt-mark').first().waitFor({ timeout });
  return frame;
}

/**
 * Switches the workbench to a light (`vs`) or dark (`vs-dark`) theme with "Preferences: Toggle between Light/Dark
 * Themes" (Light Modern / Dark Modern, VS Code's preferred defaults), as a user would, and waits for it to apply.
 */
async function setTheme(page, workbenchClass) {
  if ((await page.locator(`.monaco-workbench.${workbenchClass}`).count()) === 0) {
    await runCommand(page, 'Preferences: Toggle between Light/Dark Themes');
  }
  await page.locator(`.monaco-workbench.${workbenchClass}`).waitFor();
}

/**
 * The colour the editor paints the first character of `needle` on the visible line that starts with `lineStart`
 * (Monaco splits a line into spans by token), or null when that line is not on screen.
 */
function editorColourAt(lineStart, needle) {
  const lines = Array.from(document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line'));
  const line = lines.find((l) => l.textContent.replace(/\u00a0/g, ' ').startsWith(lineStart));
  if (!line) return null;
  const at = line.textContent.replace(/\u00a0/g, ' ').indexOf(needle);
  if (at < 0) return null;
  let seen = 0;
  for (const span of line.querySelectorAll('span > span')) {
    seen += span.textContent.length;
    if (seen > at) return getComputedStyle(span).color;
  }
  return null;
}

/** Waits until the editor paints `a` and `b` in different colours (the semantic tokens have arrived), and returns them. */
async function waitForDifferentColours(page, a, b) {
  const handle = await page.waitForFunction(
    ([fn, x, y]) => {
      const colourAt = new Function(`return (${fn})`)();
      const cx = colourAt(x[0], x[1]);
      const cy = colourAt(y[0], y[1]);
      return cx && cy && cx !== cy ? [cx, cy] : null;
    },
    [editorColourAt.toString(), a, b],
  );
  return handle.jsonValue();
}

/** The relative luminance (0 dark … 1 light) of the preview page's background, as the webview computes it. */
async function previewBackground(frame) {
  const rgb = await frame.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) || ['0', '0', '0']).map(Number);
  return { rgb, luminance: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 };
}

/** Waits until the preview's background is light (or dark): the webview follows the theme. */
async function waitForBackground(frame, light) {
  for (;;) {
    // The theme's colours reach the webview as CSS variables; the next frame after they change shows them.
    const bg = await previewBackground(frame);
    if (light ? bg.luminance > 0.8 : bg.luminance < 0.3) return bg;
    await frame.locator('body').evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  }
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
  fs.copyFileSync(path.join(ROOT, 'samples', SAMPLE), path.join(workspace, SAMPLE));
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

    await step('light theme; the sample open with only the editor area', async () => {
      await setTheme(page, 'vs');
      await runCommand(page, 'View: Hide Panel');
      await runCommand(page, 'View: Close Primary Side Bar');
      await runCommand(page, 'View: Close All Editors');
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(SAMPLE);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: SAMPLE }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: SAMPLE }).waitFor();
      await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first().waitFor();
    });

    await step('semantic tokens: a wrong heading number and a known citation are coloured apart', async () => {
      // Without the server's tokens both pairs have the same grammar scope, hence the same colour.
      const [wrong, right] = await waitForDifferentColours(page, ['45. Một số sự kiện', '45.'], ['1. Một số kết quả', '1.']);
      const [known, unknown] = await waitForDifferentColours(page, ['2.. Tiếp tục thực hiện', '57-NQ/TW'], ['1. Thực hiện Chỉ thị', '38-CT/TU']);
      process.stdout.write(`(45. ${wrong}, 1. ${right}; 57-NQ/TW ${known}, 38-CT/TU ${unknown}) `);
    });

    const frame = await step('the editor-title button opens the preview beside the editor, rendered', async () => {
      await page.locator('.editor-actions .action-label[aria-label*="preview to the side" i]').first().click();
      const f = await waitForPreview(page, 3 * STEP_MS); // a session's first webview can be slow to load (see below)
      await page.locator('.tabs-container .tab', { hasText: `Xem trước: ${SAMPLE}` }).waitFor();
      await page.locator('.tabs-container .tab', { hasText: SAMPLE }).first().waitFor();
      return f;
    });

    await step('the preview is light in the light theme', async () => {
      const bg = await waitForBackground(frame, true);
      process.stdout.write(`(background ${bg.rgb}) `);
    });
    await shot(page, 'preview-light');

    await step('dark theme: the preview follows', async () => {
      await setTheme(page, 'vs-dark');
      const bg = await waitForBackground(frame, false);
      process.stdout.write(`(background ${bg.rgb}) `);
    });
    await shot(page, 'preview-dark');

    await step('"Developer: Reload Window" brings the preview back (the serializer), rendered', async () => {
      // The command, not a bare page reload: the workbench saves its editors (the preview's state with them) first.
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill('>Developer: Reload Window');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Developer: Reload Window' }).first().waitFor();
      await Promise.all([page.waitForEvent('load', { timeout: 2 * STEP_MS }), page.keyboard.press('Enter')]);
      await page.locator('.monaco-workbench').waitFor({ timeout: 2 * STEP_MS });
      await page.locator('.tabs-container .tab', { hasText: `Xem trước: ${SAMPLE}` }).waitFor({ timeout: 2 * STEP_MS });
      // A webview's first load after a reload can take over 20 s on a busy 2-core machine (seen): a larger budget.
      await waitForPreview(page, 3 * STEP_MS);
    });
    await shot(page, 'preview-reloaded');
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
