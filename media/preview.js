// Bản tin preview script: renders the HTML the extension sends, syncs scrolling both ways, reports double clicks.
// Runs under a strict CSP (nonce); inserts only the renderer's output, in which all document text is escaped.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('bt-content');
  let state = vscode.getState() || {};
  let ignoreScrollUntil = 0;

  function blocks() {
    return Array.from(content.querySelectorAll('[data-line]'));
  }

  /** The block for a source line: the last one starting on or before it. */
  function blockAt(line) {
    let found = null;
    for (const el of blocks()) {
      if (Number(el.dataset.line) <= line) found = el;
      else break;
    }
    return found;
  }

  function scrollToLine(line, programmatic) {
    const el = blockAt(line);
    const top = el ? el.getBoundingClientRect().top + window.scrollY - 8 : 0;
    if (programmatic) ignoreScrollUntil = Date.now() + 200;
    window.scrollTo(0, Math.max(0, top));
    if (!programmatic) report();
  }

  /** The source line of the first block at the top of the view. */
  function topLine() {
    for (const el of blocks()) {
      if (el.getBoundingClientRect().bottom > 0) return Number(el.dataset.line);
    }
    return 0;
  }

  function report() {
    const line = topLine();
    state = { ...state, line };
    vscode.setState(state);
    vscode.postMessage({ type: 'revealLine', line });
  }

  let scrollFrame = 0;
  window.addEventListener('scroll', () => {
    if (Date.now() < ignoreScrollUntil) return;
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      report();
    });
  });

  document.addEventListener('dblclick', (e) => {
    const el = e.target instanceof Element ? e.target.closest('[data-line]') : null;
    if (el) vscode.postMessage({ type: 'openLine', line: Number(el.dataset.line) });
  });

  window.addEventListener('message', (event) => {
    const msg = event.data;
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'render') {
      content.innerHTML = msg.html;
      state = { ...state, uri: msg.uri };
      vscode.setState(state);
      if (typeof msg.line === 'number') scrollToLine(msg.line, true);
      vscode.postMessage({ type: 'rendered', version: msg.version, blocks: blocks().length });
    } else if (msg.type === 'scrollTo') {
      scrollToLine(msg.line, true);
    } else if (msg.type === 'userScrollTo') {
      // The same as the user scrolling the preview to that block (used by the editor tests).
      scrollToLine(msg.line, false);
    } else if (msg.type === 'userDoubleClick') {
      // A real dblclick event on that block, through the same listener as the user's (used by the editor tests).
      const el = blockAt(msg.line);
      if (el) el.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, cancelable: true, view: window }));
    } else if (msg.type === 'computedStyle') {
      // What the page's styles (built-in and bantin.preview.styles) make of an element (used by the editor tests).
      const el = document.querySelector(String(msg.selector));
      const value = el ? getComputedStyle(el).getPropertyValue(String(msg.property)) : null;
      vscode.postMessage({ type: 'computedStyle', id: msg.id, value });
    }
  });
  vscode.postMessage({ type: 'ready' });
})();
