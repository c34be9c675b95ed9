import { BulletinModel, Marker, NumberingIssue } from '../../parse/model';
import { Edit, Check } from '../types';
import { isHeadingMarker, levelName } from './levels';

/**
 * Parts, sections and items must run on: no gap ("45." after "3."), no repeat (two "A."), no step back. A line that
 * reads as the heading of the item its sub-items name ("Tin trong tỉnh" before "1.1.", "1.2.") is reported as that
 * item, unnumbered, and the sub-items and items after it are then in their place: one slip, one finding.
 */
export const numberingSequence: Check = {
  code: 'structure.numbering-sequence',
  category: 'structure',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    vi: 'Số thứ tự phần, mục, tiểu mục phải liên tục: không nhảy cóc, không lặp, không ngược.',
    en: 'Parts, sections and items are numbered in sequence: no gaps, repeats or steps back.',
  },
  run({ model, t, report }) {
    for (const issue of model.numberingIssues) {
      const marker = issue.marker;
      if (!isHeadingMarker(marker)) continue;
      if (issue.issue === 'unnumbered') {
        const newText = `${issue.expectedText} `;
        report({
          span: marker.span,
          message: t('structure.numbering-sequence.unnumbered', { heading: issue.heading ?? '', expected: issue.expectedText }),
          fix: { title: t('fix.number', { text: issue.expectedText }), edits: [{ ...marker.span, newText }], preferred: false },
        });
        continue;
      }
      report({
        span: marker.span,
        message: t(`structure.numbering-sequence.${issue.issue}`, {
          level: levelName(marker, t), found: marker.text, expected: issue.expectedText,
        }),
        fix: issue.renumber
          ? { title: t('fix.replace', { text: issue.expectedText }), edits: renumbering(model, issue), preferred: issue.issue !== 'order' }
          : undefined,
      });
    }
  },
};

/** Renumbering an item renumbers its sub-items too: "2." → "1." makes its "2.1." a "1.1.". */
function renumbering(model: BulletinModel, issue: NumberingIssue): Edit[] {
  const marker = issue.marker;
  const edits: Edit[] = [{ ...marker.span, newText: issue.expectedText }];
  if (marker.kind !== 'item') return edits;
  const newPath = issue.expectedText.replace(/\.$/, '').split('.');
  const depth = marker.values.length;
  for (const child of childrenOf(model, marker)) {
    const prefix = new RegExp(`^\\d+(?:\\.\\d+){${depth - 1}}`).exec(child.text);
    if (!prefix) continue;
    edits.push({ start: child.span.start, end: child.span.start + prefix[0].length, newText: newPath.join('.') });
  }
  return edits;
}

/** The sub-items that carry the item's number, up to the next item of its level or a higher heading. */
function childrenOf(model: BulletinModel, item: Marker): Marker[] {
  const out: Marker[] = [];
  const depth = item.values.length;
  const markers = model.markers;
  for (let i = indexOf(model, item) + 1; i < markers.length; i++) {
    const m = markers[i];
    if (m.doc !== item.doc) break;
    if (m.kind === 'part' || m.kind === 'section' || (m.kind === 'item' && m.values.length <= depth)) break;
    if (m.kind === 'item' && item.values.every((v, i) => m.values[i] === v)) out.push(m);
  }
  return out;
}

/** Position of a marker in the model's list (markers are in document order), found once per model. */
function indexOf(model: BulletinModel, marker: Marker): number {
  let index = POSITIONS.get(model);
  if (!index) POSITIONS.set(model, (index = new Map(model.markers.map((m, i) => [m, i]))));
  return index.get(marker) ?? model.markers.length;
}

const POSITIONS = new WeakMap<BulletinModel, Map<Marker, number>>();
