import { Check } from '../types';
import { referenceFormat } from './format';
import { referenceUnknownCode } from './unknownCode';
import { referenceTypeMismatch } from './typeMismatch';
import { referenceIssuerMismatch } from './issuerMismatch';
import { referenceTerm } from './term';
import { referenceKnownDocument } from './knownDocument';
import { referenceInconsistent } from './inconsistent';
import { referenceFutureDate } from './futureDate';
import { referenceAbbreviatedType } from './abbreviatedType';
import { referenceIssuerSpelling } from './issuerSpelling';

/** Checks of citations of Party and State documents (`reference.*`), in the order their findings are listed. */
export const referenceChecks: readonly Check[] = [
  referenceFormat,
  referenceUnknownCode,
  referenceTypeMismatch,
  referenceIssuerMismatch,
  referenceTerm,
  referenceKnownDocument,
  referenceInconsistent,
  referenceFutureDate,
  referenceAbbreviatedType,
  referenceIssuerSpelling,
];
