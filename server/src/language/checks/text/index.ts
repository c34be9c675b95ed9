import { Check } from '../types';
import { bodyName } from './bodyName';
import { doubledWord } from './doubledWord';
import { unicodeNormalization } from './unicodeNormalization';
import { detachedMark } from './detachedMark';
import { replacementChar } from './replacementChar';
import { invisibleChar } from './invisibleChar';
import { toneStyle } from './toneStyle';
import { misspelling } from './misspelling';
import { syllable } from './syllable';
import { typingResidue } from './typingResidue';
import { unknownSyllable } from './unknownSyllable';
import { spacing } from './spacing';

/** Checks of the Vietnamese text itself (`text.*`), in the order their findings are listed. */
export const textChecks: readonly Check[] = [
  doubledWord,
  unicodeNormalization,
  detachedMark,
  replacementChar,
  invisibleChar,
  toneStyle,
  syllable,
  typingResidue,
  unknownSyllable,
  misspelling,
  bodyName,
  spacing,
];
