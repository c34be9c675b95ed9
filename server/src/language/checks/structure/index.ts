import { Check } from '../types';
import { numberingSequence } from './numberingSequence';
import { enumerationSequence } from './enumerationSequence';
import { numberFormat } from './numberFormat';
import { subitemParent } from './subitemParent';
import { enumerationStyle } from './enumerationStyle';
import { headingLevel } from './headingLevel';
import { titleMissing } from './titleMissing';
import { titlePeriod } from './titlePeriod';
import { emptySection } from './emptySection';

/** Checks of headings and numbering (`structure.*`). */
export const structureChecks: readonly Check[] = [
  titleMissing,
  titlePeriod,
  numberingSequence,
  numberFormat,
  subitemParent,
  emptySection,
  enumerationSequence,
  enumerationStyle,
  headingLevel,
];
