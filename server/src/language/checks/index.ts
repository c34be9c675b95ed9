import { Check } from './types';
import { numberingSequence } from './structure/numberingSequence';
import { enumerationSequence } from './structure/enumerationSequence';
import { numberFormat } from './structure/numberFormat';
import { subitemParent } from './structure/subitemParent';
import { enumerationStyle } from './structure/enumerationStyle';
import { headingLevel } from './structure/headingLevel';
import { titleMissing } from './structure/titleMissing';
import { titlePeriod } from './structure/titlePeriod';
import { emptySection } from './structure/emptySection';

/** Every check, in the order findings are listed. New checks are added here, one import and one entry. */
export const allChecks: readonly Check[] = [
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
