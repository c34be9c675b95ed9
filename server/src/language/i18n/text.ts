import { messageTable } from './messageTable';

/** Messages of the `text.*` checks. */
export const textMessages = messageTable({
  vi: {
    'text.doubled-word': '“{found}”: từ “{word}” bị gõ lặp hai lần. Nếu không cố ý, chỉ giữ một lần “{word}”.',
    'text.doubled-word.unsure': '“{found}”: từ “{word}” bị lặp hai lần. Kiểm tra lại: có thể gõ thừa một lần, hoặc gõ sai một từ.',
  },
  en: {
    'text.doubled-word': '“{found}”: the word “{word}” is typed twice. Unless intended, keep one “{word}”.',
    'text.doubled-word.unsure': '“{found}”: the word “{word}” appears twice. Check it: one copy may be extra, or one word mistyped.',
  },
});
