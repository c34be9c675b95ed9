/**
 * Declares one category's messages. The ids stay literal types, so that `MessageId` (i18n/index.ts) is the union of
 * every table's ids and a message that does not exist fails to compile; and the English table must have exactly the
 * Vietnamese table's ids (one missing or one extra fails to compile), so the two stay in step.
 */
export function messageTable<Vietnamese extends Record<string, string>>(table: {
  vi: Vietnamese;
  en: { [Id in keyof Vietnamese]: string };
}): { vi: Vietnamese; en: { [Id in keyof Vietnamese]: string } } {
  return table;
}
