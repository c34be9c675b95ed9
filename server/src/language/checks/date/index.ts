import { Check } from '../types';

/** Checks of dates, ranges, anniversaries and terms (`date.*`), in the order their findings are listed. */
export const dateChecks: readonly Check[] = [];
