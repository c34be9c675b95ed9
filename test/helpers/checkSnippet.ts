import * as assert from 'node:assert/strict';
import { allChecks, applyEdits, combineFixes, Finding, parseBulletin, runChecks } from '../../server/src/language';

/**
 * Runs some checks on a snippet, as harper's `assert_suggestion_result` does for one rule: only the named checks run
 * (a code "reference.format", or a category "reference"), so a test reads as an example of its rule and no filter
 * by code prefix hides what the other checks say.
 */
export interface SnippetOptions {
  flavor?: 'plain' | 'markdown' | 'auto';
  declaredBulletin?: boolean;
  locale?: 'vi' | 'en';
  services?: Map<string, unknown>;
}

/** The findings of the checks named by `which` (codes or categories) on `text`. */
export function findingsOf(which: string | string[], text: string, options: SnippetOptions = {}): Finding[] {
  const names = typeof which === 'string' ? [which] : which;
  const checks = allChecks.filter((c) => names.includes(c.code) || names.includes(c.category));
  assert.ok(checks.length > 0, `no check is named ${names.join(', ')}`);
  const model = parseBulletin(text, { flavor: options.flavor ?? 'plain', declaredBulletin: options.declaredBulletin ?? false });
  return runChecks(model, { checks, locale: options.locale ?? 'vi', ...(options.services ? { services: options.services } : {}) });
}

/** A finding as `line:code “the text it covers”` (1-based line), the form assertFindings compares. */
export function describeFinding(text: string, f: Finding): string {
  return `${f.range.start.line + 1}:${f.code} “${text.slice(f.span.start, f.span.end)}”`;
}

/** The checks named by `which` report exactly `expected` (see describeFinding), in order. */
export function assertFindings(which: string | string[], text: string, expected: string[], options: SnippetOptions = {}): Finding[] {
  const found = findingsOf(which, text, options);
  assert.deepEqual(
    found.map((f) => describeFinding(text, f)),
    expected,
  );
  return found;
}

/**
 * Applying every fix the checks named by `which` offer ("fix all" of their kinds) turns `text` into `expected`, and
 * those checks then report nothing that has a fix.
 */
export function assertFixed(which: string | string[], text: string, expected: string, options: SnippetOptions = {}): void {
  const found = findingsOf(which, text, options);
  const fixed = applyEdits(text, combineFixes(found.flatMap((f) => (f.fix ? [f.fix] : []))));
  assert.equal(fixed, expected);
  assert.deepEqual(
    findingsOf(which, fixed, options)
      .filter((f) => f.fix)
      .map((f) => describeFinding(fixed, f)),
    [],
  );
}
