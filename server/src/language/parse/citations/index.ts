/**
 * Finds citations of Party and State documents in one normalised paragraph ("Chỉ thị số 38-CT/TU, ngày 28/11/2023
 * của Ban Thường vụ Tỉnh ủy về …") and records their parts as written, so that checks can judge them.
 *
 * The reader is a hand-written scanner around small sticky regular expressions with bounded quantifiers: every
 * attempt at a position reads at most a few dozen characters, so the whole paragraph is read in linear time and
 * nothing can backtrack catastrophically. Offsets are indexes into the string given.
 */
import type { CitationMatch } from './types';
import { coveredBy, scanSymbols } from './symbols';
import { findTypeWords, readLead } from './typeWords';
import { describeSymbol } from './classify';
import { readTail, Stops } from './tail';
import { readShort } from './shortMentions';
import { listJoinerBefore, shareTail } from './lists';

export * from './types';

/** Every citation in one normalised paragraph, in order of their start. Never throws. */
export function readCitations(text: string): CitationMatch[] {
  try {
    return collect(text);
  } catch {
    return [];
  }
}

/** A short mention's number follows a space, or the colon of "số:" (SHORT_NUMBER). */
const SHORT_NUMBER_START = /[ :][0-9]/;

function collect(text: string): CitationMatch[] {
  const symbols = scanSymbols(text);
  // Without a symbol, only a short mention ("Nghị quyết số 18") can be a citation.
  if (symbols.length === 0 && !SHORT_NUMBER_START.test(text)) return [];
  const stops = new Stops(text);
  const typeWords = findTypeWords(text);
  const symbolStarts = new Set<number>();
  for (const s of symbols) symbolStarts.add(s.number?.start ?? s.start);
  const out: CitationMatch[] = [];
  const bySymbolEnd = new Map<number, CitationMatch>();
  const usedTypeWords = new Set<number>();
  const lists: CitationMatch[][] = [];
  const listOf = new Map<CitationMatch, CitationMatch[]>();

  for (const s of symbols) {
    const facts = describeSymbol(text, s);
    const lead = readLead(text, s.start, typeWords);
    const typeWord = lead.typeWord && !usedTypeWords.has(lead.typeWord.start) ? lead.typeWord : undefined;
    const start = typeWord ? typeWord.start : lead.start;
    const doubledSo = lead.soWords.length > 1;
    let shared: CitationMatch | undefined;
    if (!typeWord && !doubledSo && lead.start === s.start) {
      const joiner = listJoinerBefore(text, s.start);
      const previous = joiner >= 0 ? bySymbolEnd.get(joiner) : undefined;
      if (previous?.typeWord && previous.typeCode?.normalized === facts.typeCode?.normalized) shared = previous;
    }
    const tail = readTail(text, s.end, stops, typeWords);
    const citation: CitationMatch = {
      kind: typeWord || shared ? 'full' : 'bare-symbol',
      start,
      end: tail.end,
      ...facts,
    };
    if (lead.soWords.length > 0) citation.soWords = lead.soWords;
    if (typeWord) {
      usedTypeWords.add(typeWord.start);
      citation.typeWord = { start: typeWord.start, end: typeWord.end, text: typeWord.text, ...(typeWord.abbreviated ? { abbreviated: true as const } : {}) };
    } else if (shared?.typeWord) {
      citation.typeWord = { start: shared.typeWord.start, end: shared.typeWord.end, text: shared.typeWord.text, shared: true };
      let list = listOf.get(shared);
      if (!list) {
        list = [shared];
        lists.push(list);
        listOf.set(shared, list);
      }
      list.push(citation);
      listOf.set(citation, list);
    }
    if (tail.date) citation.date = tail.date;
    if (tail.body) citation.body = tail.body;
    if (tail.term) citation.term = tail.term;
    if (tail.subject) citation.subject = tail.subject;
    out.push(citation);
    bySymbolEnd.set(s.end, citation);
  }
  for (const list of lists) {
    const last = list[list.length - 1];
    for (const member of list.slice(0, -1)) shareTail(member, last);
  }

  const insideSymbol = (i: number): boolean => symbolStarts.has(i) || coveredBy(symbols, i);
  for (const hit of typeWords.byEnd.values()) {
    if (usedTypeWords.has(hit.start)) continue;
    const short = readShort(text, hit, insideSymbol);
    if (!short) continue;
    const tail = readTail(text, short.number.end, stops, typeWords);
    const citation: CitationMatch = {
      kind: 'short',
      start: hit.start,
      end: tail.end,
      typeWord: { start: hit.start, end: hit.end, text: hit.text },
      number: short.number,
      system: 'unknown',
      intendedSystem: 'unknown',
    };
    if (tail.date) citation.date = tail.date;
    if (tail.body) citation.body = tail.body;
    if (tail.term) citation.term = tail.term;
    if (tail.subject) citation.subject = tail.subject;
    out.push(citation);
  }
  return out.sort((a, b) => a.start - b.start);
}
