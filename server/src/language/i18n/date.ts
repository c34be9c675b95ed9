import type { MessageTable } from './index';

/** Messages of the `date.*` checks. */
export const dateMessages: MessageTable = { vi: {}, en: {} };
