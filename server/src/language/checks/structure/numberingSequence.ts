import { BulletinModel, Marker } from '../../parse/model';
import { Edit, Check } from '../types';
import { expectedText, formatItem } from './expectedMarker';
import { isHeadingMarker, levelName } from './levels';
import { slipOf } from './slip';

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
    for (const marker of model.markers) {
      const count = marker.count;
      // A sub-item with no item to count it under is reported by structure.subitem-parent alone.
      if (!isHeadingMarker(marker) || count.under === null) continue;
      // It fires when the number written is not one its run waited for; the first it waited for is the one meant.
      // After a slip ("3." for "2.") the run also waits for what follows the number meant: one slip, one finding.
      const value = marker.values[marker.values.length - 1];
      const meant = count.waitedFor[0];
      if (meant === undefined || count.waitedFor.includes(value)) continue;
      const slip = slipOf(marker, value, count);
      const expected = expectedText(marker, meant, count.under);
      // When the next marker goes on from the number as written, renumbering this one would break the run again.
      const renumber = !count.nextWentOnAsWritten;
      report({
        span: marker.span,
        message: t(`structure.numbering-sequence.${slip}`, { level: levelName(marker, t), found: marker.text, expected }),
        fix: renumber
          ? { title: t('fix.replace', { text: expected }), edits: renumbering(model, marker, expected), preferred: slip !== 'order' }
          : undefined,
      });
    }
    // A line the walk counted as an item ("Tin trong tỉnh" before "1.1."): reported where the number is missing.
    for (const item of model.unnumberedItems) {
      const expected = formatItem(item.countedAs, { text: '' });
      report({
        span: item.span,
        message: t('structure.numbering-sequence.unnumbered', { heading: item.text, expected }),
        fix: { title: t('fix.number', { text: expected }), edits: [{ ...item.span, newText: `${expected} ` }], preferred: false },
      });
    }
  },
};

/** Renumbering an item renumbers its sub-items too: "2." → "1." makes its "2.1." a "1.1.". */
function renumbering(model: BulletinModel, marker: Marker, expected: string): Edit[] {
  const edits: Edit[] = [{ ...marker.span, newText: expected }];
  if (marker.kind !== 'item') return edits;
  const newPath = expected.replace(/\.$/, '').split('.');
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
