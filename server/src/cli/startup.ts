import * as v8 from 'node:v8';
import { shortRunTuning } from './tuning';

/** Imported first by the CLI entry, so that the settings hold before any other module runs (see tuning.ts). */
export const inputRead = shortRunTuning((flags) => v8.setFlagsFromString(flags));
