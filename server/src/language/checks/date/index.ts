import { Check } from '../types';
import { invalid } from './invalid';
import { rangeOrder } from './rangeOrder';
import { weekday } from './weekday';
import { anniversary } from './anniversary';
import { termLength } from './termLength';
import { period } from './period';
import { futureEvent } from './futureEvent';
import { mixedFormat } from './mixedFormat';
import { padding } from './padding';

/** Checks of dates, ranges, anniversaries and terms (`date.*`), in the order their findings are listed. */
export const dateChecks: readonly Check[] = [invalid, rangeOrder, weekday, anniversary, termLength, period, futureEvent, mixedFormat, padding];
