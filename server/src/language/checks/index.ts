import { Check } from './types';
import { structureChecks } from './structure';
import { referenceChecks } from './reference';
import { dateChecks } from './date';
import { textChecks } from './text';

/** Every check, by category. A new check is one file in its category folder and one entry in that folder's index. */
export const allChecks: readonly Check[] = [...structureChecks, ...referenceChecks, ...dateChecks, ...textChecks];
