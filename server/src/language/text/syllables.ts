import { memoByWord } from './memo';
import { SYLLABLE_KEYS } from './syllableList';

/**
 * Vietnamese syllables by the rules of the orthography: onset + rhyme + tone, the tones a stop final allows, one tone
 * mark per syllable and where it goes; and the decoding of Telex and VNI keystrokes left in the text. Pure and linear
 * in the length of the word (a word is a few letters: every loop here is bounded by it).
 */

/** 0 ngang (no mark), 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** Each vowel with its five marked forms, in the order of `Tone`. */
const TONE_FORMS = ['aáàảãạ', 'ăắằẳẵặ', 'âấầẩẫậ', 'eéèẻẽẹ', 'êếềểễệ', 'iíìỉĩị', 'oóòỏõọ', 'ôốồổỗộ', 'ơớờởỡợ', 'uúùủũụ', 'ưứừửữự', 'yýỳỷỹỵ'];

/** Lower-case letter → [unmarked letter, tone]. Vietnamese letters, plus the Latin letters Vietnamese lacks (f j w z). */
const LETTERS = new Map<string, [string, Tone]>();
for (const forms of TONE_FORMS) for (let t = 0; t < forms.length; t++) LETTERS.set(forms[t], [forms[0], t as Tone]);
for (const c of 'bcdđghklmnpqrstvxfjwz') LETTERS.set(c, [c, 0]);

const VOWELS = new Set('aăâeêioôơuưy');
const MODIFIED = new Set('ăâêôơư');

const ONSETS = ['ngh', 'ng', 'nh', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'ch', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

/** Every rhyme of standard spelling (vowels + final), without tone. */
const RHYMES = new Set(
  (
    'a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây ' +
    'e ec em en eng eo ep et ê êch êm ên ênh êp êt êu ' +
    'i ia ich iêc iêm iên iêng iêp iêt iêu im in inh ip it iu ' +
    'o oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oc oe oen oeo oet oi om on ong ooc oong op ot ' +
    'ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt ' +
    'u ua uân uâng uât uây uc uê uêch uênh ui um un ung uy uya uych uyên uyêt uynh uyt uyu uôc uôi uôm uôn uông uôt up ut uơ ' +
    'ư ưa ưc ưi ưm ưn ưng ưt ươc ươi ươm ươn ương ươp ươt ươu ưu ' +
    'y yêm yên yêng yêt yêu'
  ).split(' '),
);

/** Rhymes that follow only qu, whose u stands in the onset ("quýt", "quỳnh", "huých" is h + uych). */
const AFTER_QU = new Set(['yt', 'ynh', 'ych']);

const STOP_FINALS = ['ch', 'c', 'p', 't'];
const FINAL = /(?:ch|nh|ng|[cmnpt])$/;

/** A word read letter by letter: its letters without tone marks, the tone, and how many letters carry a mark. */
export interface Letters {
  base: string;
  tone: Tone;
  marks: number;
  /** Index in `base` of the (last) marked letter, -1 without a mark. */
  markAt: number;
  /** Every tone written, in order (two differing tones on one word: no certain fix). */
  tones: Tone[];
}

/** The letters of a lower-case word, or undefined when it holds anything but Latin and Vietnamese letters. */
export function readLetters(word: string): Letters | undefined {
  let base = '';
  let tone: Tone = 0;
  let markAt = -1;
  const tones: Tone[] = [];
  for (const ch of word) {
    const entry = LETTERS.get(ch);
    if (!entry) return undefined;
    if (entry[1] !== 0) {
      tone = entry[1];
      markAt = base.length;
      tones.push(entry[1]);
    }
    base += entry[0];
  }
  return { base, tone, marks: tones.length, markAt, tones };
}

export interface Parsed {
  onset: string;
  rhyme: string;
  /** The final consonant(s) of the rhyme ('' for an open syllable). */
  final: string;
}

/** Onset + rhyme of unmarked lower-case letters, by the spelling rules (c/k, g/gh, ng/ngh, gi, qu); undefined if none. */
export function parseSyllable(base: string): Parsed | undefined {
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const parsed = withOnset(base, onset);
    if (parsed) return parsed;
    // "gìn", "gì": g + i… when gi + rest is not a rhyme.
  }
  return withOnset(base, '');
}

function withOnset(base: string, onset: string): Parsed | undefined {
  const rhyme = base.slice(onset.length);
  if (!RHYMES.has(rhyme) && !(onset === 'qu' && AFTER_QU.has(rhyme))) return undefined;
  const first = rhyme[0];
  const front = first === 'e' || first === 'ê' || first === 'i' || first === 'y';
  if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !front) return undefined;
  if ((onset === 'gh' || onset === 'ngh') && first === 'y') return undefined;
  if ((onset === 'c' || onset === 'ng') && front && first !== 'y') return undefined;
  if (onset === 'g' && (first === 'e' || first === 'ê')) return undefined;
  if (onset === 'qu' && (first === 'u' || first === 'o')) return undefined;
  if (onset === 'gi' && first === 'i') return undefined;
  // "yên", "yêu" stand alone or after qu/u ("quyết", "khuyên" are parsed with the u in the rhyme).
  if (rhyme.startsWith('yê') && onset !== '' && onset !== 'qu') return undefined;
  return { onset, rhyme, final: FINAL.exec(rhyme)?.[0] ?? '' };
}

export function isStopFinal(final: string): boolean {
  return STOP_FINALS.includes(final);
}

/** Whether unmarked letters + tone make a syllable: a known onset and rhyme, and a stop final only with sắc or nặng. */
export function isSyllable(base: string, tone: Tone): boolean {
  const parsed = parsedSyllable(base);
  return parsed !== undefined && (!isStopFinal(parsed.final) || tone === 1 || tone === 5);
}

/**
 * Where the tone mark goes in a valid syllable (index in `base`): on the vowel with a diacritic (the last one: "ươ"
 * → ơ), else on the last vowel before a final consonant, else on the middle of three vowels ("ngoài", "khuya") or the
 * first of two ("mùa", "hòa": the new style for oa, oe, uy, the one of the ministry's 2018 rules).
 */
export function markIndex(base: string, parsed: Parsed): number {
  const start = parsed.onset.length;
  const vowels: number[] = [];
  for (let i = start; i < base.length - parsed.final.length; i++) if (VOWELS.has(base[i])) vowels.push(i);
  for (let k = vowels.length - 1; k >= 0; k--) if (MODIFIED.has(base[vowels[k]])) return vowels[k];
  if (parsed.final !== '') return vowels[vowels.length - 1];
  if (vowels.length >= 3) return vowels[1];
  return vowels[0];
}

/** Unmarked letters + tone written as one NFC syllable, with the mark in its place; undefined if not a syllable. */
export function spell(base: string, tone: Tone): string | undefined {
  const parsed = parseSyllable(base);
  if (!parsed || (isStopFinal(parsed.final) && tone !== 1 && tone !== 5)) return undefined;
  if (tone === 0) return base;
  const at = markIndex(base, parsed);
  const forms = TONE_FORMS.find((f) => f[0] === base[at]);
  return forms ? base.slice(0, at) + forms[tone] + base.slice(at + 1) : undefined;
}

const TELEX_TONES: Record<string, Tone> = { s: 1, f: 2, r: 3, x: 4, j: 5 };
const VNI_TONES: Record<string, Tone> = { '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 };
const CIRCUMFLEX: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' };
const BREVE_HORN: Record<string, string> = { a: 'ă', o: 'ơ', u: 'ư' };

/** A word decoded from keystrokes: the syllable meant and how many keystrokes were input-method keys. */
export interface Decoded {
  text: string;
  /** Tone keys, doubled vowel keys, w, dd (Telex) or digits (VNI) applied. */
  keys: number;
  /** A tone key typed after the last letter ("cuar", "truyeenf"). */
  toneAtEnd: boolean;
  /** A doubled vowel key (aa, ee, oo) applied. */
  doubled: boolean;
}

/**
 * The syllable a lower-case word typed in Telex stands for ("truyeenf" → "truyền"), marks already applied kept
 * ("đanr" → "đảng"… with its letters). Undefined when the keys do not make one syllable.
 */
export function decodeTelex(word: string): Decoded | undefined {
  return decode(word, 'telex');
}

/** The syllable a lower-case word typed in VNI stands for ("tie6ng1" → "tiếng"); undefined when there is none. */
export function decodeVni(word: string): Decoded | undefined {
  return decode(word, 'vni');
}

/**
 * Telex with one slipped key besides ("cuuar" → "của", "đanmgr" → "đảng"): the word decoded with one letter left out,
 * the first that makes a syllable. Only for words that end with a tone key; the caller asks for stronger evidence.
 */
export function decodeTelexWithSlip(word: string): Decoded | undefined {
  const chars = [...word];
  for (let i = 1; i < chars.length - 1; i++) {
    const decoded = decode(chars.slice(0, i).join('') + chars.slice(i + 1).join(''), 'telex');
    if (decoded?.toneAtEnd) return decoded;
  }
  return undefined;
}

function decode(word: string, method: 'telex' | 'vni'): Decoded | undefined {
  const read = readLetters(method === 'vni' ? word.replace(/\d/g, '') : word);
  if (!read || read.marks > 1) return undefined;
  // Candidates: the letters as typed, then with a doubled vowel key taken at its second place ("trueyenf": the first
  // e is a slip, "truyeenf" was meant).
  const out = decodeOnce(word, method, false);
  if (out && isSyllable(out.base, out.tone)) return finish(out);
  const late = decodeOnce(word, method, true);
  if (late && isSyllable(late.base, late.tone)) return finish(late);
  return undefined;
}

interface Partial {
  base: string;
  tone: Tone;
  keys: number;
  toneAtEnd: boolean;
  doubled: boolean;
}

function finish(p: Partial): Decoded | undefined {
  const text = spell(p.base, p.tone);
  return text === undefined ? undefined : { text, keys: p.keys, toneAtEnd: p.toneAtEnd, doubled: p.doubled };
}

function decodeOnce(word: string, method: 'telex' | 'vni', late: boolean): Partial | undefined {
  const chars = [...word];
  let base = '';
  let tone: Tone = 0;
  let keys = 0;
  let toneAtEnd = false;
  let doubled = false;
  const vowelIndexes = (): number[] => {
    const out: number[] = [];
    for (let i = 0; i < base.length; i++) if (VOWELS.has(base[i])) out.push(i);
    return out;
  };
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k];
    const last = k === chars.length - 1;
    const entry = LETTERS.get(ch);
    const hasVowel = vowelIndexes().length > 0;
    const toneKey = method === 'telex' ? TELEX_TONES[ch] : VNI_TONES[ch];
    if (toneKey !== undefined && hasVowel && tone === 0) {
      tone = toneKey;
      keys++;
      toneAtEnd = last;
      continue;
    }
    if (method === 'vni' && /\d/.test(ch)) {
      const done = applyVni(base, ch);
      if (done === undefined) return undefined;
      base = done;
      keys++;
      continue;
    }
    if (!entry) return undefined;
    if (entry[1] !== 0) tone = entry[1];
    const letter = entry[0];
    if (method === 'telex') {
      if (letter === 'd' && base.endsWith('d') && base.length === 1) {
        base = 'đ';
        keys++;
        continue;
      }
      if (letter in CIRCUMFLEX) {
        const at = base.lastIndexOf(letter);
        if (at >= 0 && at >= base.length - 3 && [...base.slice(at + 1)].every((c) => VOWELS.has(c))) {
          const mark = CIRCUMFLEX[letter];
          base = late && at < base.length - 1 ? base.slice(0, at) + base.slice(at + 1) + mark : base.slice(0, at) + mark + base.slice(at + 1);
          keys++;
          doubled = true;
          continue;
        }
      }
      if (letter === 'w') {
        const done = applyHorn(base);
        base = done ?? base + 'ư';
        keys++;
        continue;
      }
    }
    base += letter;
  }
  return { base, tone, keys, toneAtEnd, doubled };
}

/** Telex w / VNI 7 and 8: uo → ươ, else the last a, o or u of the vowels → ă, ơ, ư. */
function applyHorn(base: string, only?: string): string | undefined {
  const uo = base.lastIndexOf('uo');
  if (uo >= 0 && only !== 'a' && uo >= base.length - 4) return base.slice(0, uo) + 'ươ' + base.slice(uo + 2);
  for (let i = base.length - 1; i >= 0 && i >= base.length - 4; i--) {
    const c = base[i];
    if (c in BREVE_HORN && (only === undefined || (only === 'a') === (c === 'a'))) return base.slice(0, i) + BREVE_HORN[c] + base.slice(i + 1);
  }
  return undefined;
}

function applyVni(base: string, digit: string): string | undefined {
  if (digit === '6') {
    for (let i = base.length - 1; i >= 0 && i >= base.length - 4; i--) if (base[i] in CIRCUMFLEX) return base.slice(0, i) + CIRCUMFLEX[base[i]] + base.slice(i + 1);
    return undefined;
  }
  if (digit === '7') return applyHorn(base, 'ou');
  if (digit === '8') return applyHorn(base, 'a');
  if (digit === '9') return base.startsWith('d') ? 'đ' + base.slice(1) : undefined;
  return undefined;
}

/** "đảng" written with the case of "Đanmgr": all capitals, a capital first, or as it is. */
export function withCaseOf(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  return model[0] !== model[0].toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

let known: Set<string> | undefined;

/**
 * Whether unmarked letters + tone are a syllable of the dictionary list, wherever the word put its mark ("hoà" = "hòa").
 * The list holds the syllables already read (`base + tone`, by scripts/gen-syllables.mjs with `readLetters`).
 */
export function isKnownSyllable(base: string, tone: Tone): boolean {
  if (!known) {
    known = new Set();
    for (const line of SYLLABLE_KEYS) for (const key of line.split(' ')) known.add(key);
  }
  return known.has(base + tone);
}

/** `parseSyllable`, remembered per spelling. */
export const parsedSyllable = memoByWord(parseSyllable);
