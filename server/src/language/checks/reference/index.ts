import { Check } from '../types';

/** Checks of citations of Party and State documents (`reference.*`), in the order their findings are listed. */
export const referenceChecks: readonly Check[] = [];
