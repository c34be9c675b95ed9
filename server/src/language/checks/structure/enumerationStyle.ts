import { Marker } from '../../parse/model';
import { capitalize, cardinalWord, ordinalWord } from '../../parse/ordinals';
import { Check, CheckContext } from '../types';

/**
 * Points of one run are written alike: "Mười một" inside a "Thứ nhất… Thứ mười" run should read "Thứ mười một";
 * and a document numbers its points either "(1)" or "(1)." — the less used form is flagged.
 */
export const enumerationStyle: Check = {
  code: 'structure.enumeration-style',
  category: 'structure',
  defaultSeverity: 'information',
  fixable: true,
  description: {
    vi: 'Các ý cùng loạt viết cùng một kiểu: “Thứ mười một” chứ không “Mười một” sau “Thứ mười”; không trộn “(1)” với “(1).”.',
    en: 'Points of one run are written alike: “Thứ mười một”, not “Mười một”, after “Thứ mười”; “(1)” and “(1).” are not mixed.',
  },
  run(context) {
    reportOrdinalForms(context);
    reportMixedParenStyles(context);
  },
};

/** A bare "Mười một," that the walk counted in a "Thứ …" (or "… là") run is written in that run's form. */
function reportOrdinalForms({ model, t, report }: CheckContext): void {
  for (const marker of model.markers) {
    const run = marker.count.inRunOf;
    if (run === undefined) continue;
    const value = marker.values[0];
    const expected = run === 'thu' ? `Thứ ${ordinalWord(value)}` : `${capitalize(cardinalWord(value))} là`;
    report({
      span: marker.span,
      message: t('structure.enumeration-style.ordinal-form', { found: marker.text, expected }),
      fix: { title: t('fix.replace', { text: expected }), edits: [{ ...marker.span, newText: expected }], preferred: true },
    });
  }
}

function reportMixedParenStyles({ model, t, report }: CheckContext): void {
  const byDoc = new Map<number, { dotted: Marker[]; plain: Marker[] }>();
  for (const marker of model.markers) {
    if (marker.kind !== 'paren') continue;
    const group = byDoc.get(marker.doc) ?? { dotted: [], plain: [] };
    (marker.punctuation === 'extra-dot' ? group.dotted : group.plain).push(marker);
    byDoc.set(marker.doc, group);
  }
  for (const { dotted, plain } of byDoc.values()) {
    if (dotted.length === 0 || plain.length === 0 || dotted.length === plain.length) continue;
    const minority = dotted.length < plain.length ? dotted : plain;
    const style = dotted.length < plain.length ? '(1)' : '(1).';
    for (const marker of minority) {
      const expected = marker.punctuation === 'extra-dot' ? marker.text.slice(0, -1) : `${marker.text}.`;
      report({
        span: marker.span,
        message: t('structure.enumeration-style.paren-dot', { found: marker.text, style, expected }),
        fix: { title: t('fix.replace', { text: expected }), edits: [{ ...marker.span, newText: expected }], preferred: true },
      });
    }
  }
}
