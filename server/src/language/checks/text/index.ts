import { Check } from '../types';
import { doubledWord } from './doubledWord';

/** Checks of the Vietnamese text itself (`text.*`), in the order their findings are listed. */
export const textChecks: readonly Check[] = [doubledWord];
