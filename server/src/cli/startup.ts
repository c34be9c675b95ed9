import * as v8 from 'node:v8';
import { shortRunTuning } from './tuning';

/**
 * Imported first by the CLI entry, so that the settings hold before any other module runs (see tuning.ts). They were
 * measured on V8 11 (Node 20); another V8 keeps its defaults, as it may not know a flag (V8 then prints an error).
 */
export const inputRead = /^11\./.test(process.versions.v8) ? shortRunTuning((flags) => v8.setFlagsFromString(flags)) : () => {};
