import type { MessageTable } from './index';

/** Messages of the `reference.*` checks. */
export const referenceMessages: MessageTable = { vi: {}, en: {} };
