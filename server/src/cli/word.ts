import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LineOrigin } from '../word';
import { word } from '../word/load';
import { expandArguments, MAX_BYTES, readText, ReadResult } from './files';
import { Io, main } from './main';

export const WORD_EXTENSIONS = ['.docx', '.doc'];
const isWord = (file: string) => WORD_EXTENSIONS.includes(path.extname(file).toLowerCase());

const IMPORT_USAGE = 'Cách dùng / usage: bantin import <tệp.docx> [-o <tệp.bulletin>]';
const EXPORT_USAGE = 'Cách dùng / usage: bantin export --format docx|html <tệp> [-o <tệp ra>]';

/** The CLI with the commands that read or write Word files (async: mammoth and docx are). */
export async function runCli(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'import') return importCommand(argv.slice(1), io);
  if (argv[0] === 'export') return exportCommand(argv.slice(1), io);
  if (argv[0] !== 'check') return main(argv, io);
  const converted = new Map<string, { read: ReadResult; origins?: LineOrigin[] }>();
  const candidates = argv.slice(1).filter((a) => !a.startsWith('--'));
  for (const { file, missing } of expandArguments(candidates)) {
    if (!missing && isWord(file)) converted.set(path.resolve(file), await readWord(file));
  }
  return main(argv, {
    ...io,
    readFile: (file) => converted.get(path.resolve(file))?.read ?? readText(file),
    lineOrigins: (file) => {
      const origins = converted.get(path.resolve(file))?.origins;
      return origins && ((line) => word().describeOrigin(origins[line])); // a text file: its own lines, no Word code loaded
    },
  });
}

/** A Word file as bulletin text, or the one-line reason it cannot be read. */
export async function readWord(file: string): Promise<{ read: ReadResult; origins?: LineOrigin[] }> {
  let buffer: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.size > MAX_BYTES) {
      return { read: { ok: false, reason: `tệp quá lớn (${(stat.size / 1048576).toFixed(1)} MB, giới hạn 10 MB) / file too large` } };
    }
    buffer = fs.readFileSync(file);
  } catch (error) {
    return { read: { ok: false, reason: `không đọc được tệp / cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})` } };
  }
  try {
    const { text, origins } = await word().convertDocx(buffer);
    return { read: { ok: true, text }, origins };
  } catch (error) {
    return { read: { ok: false, reason: word().describeWordError(error) } };
  }
}

function outputOption(args: string[]): { inputs: string[]; output?: string; format?: string; bad?: string } {
  const inputs: string[] = [];
  let output: string | undefined;
  let format: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') ? args[i].split(/=(.*)/s, 2) : [args[i], undefined];
    if (flag === '-o' || flag === '--output') output = inline ?? args[++i];
    else if (flag === '--format') format = inline ?? args[++i];
    else if (flag.startsWith('-')) return { inputs, bad: flag };
    else inputs.push(args[i]);
  }
  return { inputs, output, format };
}

async function importCommand(args: string[], io: Io): Promise<number> {
  const { inputs, output, bad } = outputOption(args);
  if (bad || inputs.length !== 1 || !isWord(inputs[0]) || (args.includes('-o') && !output)) {
    io.stderr(`bantin: ${bad ? `tùy chọn không hợp lệ / unknown option: ${bad}` : 'cần đúng một tệp .docx / expects one .docx file'}`);
    io.stderr(IMPORT_USAGE);
    return 2;
  }
  const { read } = await readWord(inputs[0]);
  if (!read.ok) {
    io.stderr(`bantin: ${inputs[0]}: ${read.reason}`);
    return 2;
  }
  if (output) fs.writeFileSync(output, read.text);
  else io.stdout(read.text.replace(/\n$/, ''));
  return 0;
}

async function exportCommand(args: string[], io: Io): Promise<number> {
  const { inputs, output, format, bad } = outputOption(args);
  if (bad || inputs.length !== 1 || (format !== 'docx' && format !== 'html')) {
    io.stderr(`bantin: ${bad ? `tùy chọn không hợp lệ / unknown option: ${bad}` : 'cần --format docx|html và đúng một tệp / expects --format docx|html and one file'}`);
    io.stderr(EXPORT_USAGE);
    return 2;
  }
  const input = inputs[0];
  const read = isWord(input) ? (await readWord(input)).read : readText(input);
  if (!read.ok) {
    io.stderr(`bantin: ${input}: ${read.reason}`);
    return 2;
  }
  const target = output ?? input.replace(/\.[^./\\]*$/, '') + '.' + format;
  if (path.resolve(target) === path.resolve(input)) {
    io.stderr(`bantin: ${input}: tệp ra trùng tệp vào / output would overwrite the input`);
    return 2;
  }
  const declaredBulletin = ['.bulletin', '.bantin'].includes(path.extname(input).toLowerCase());
  fs.writeFileSync(target, format === 'docx' ? await word().bulletinToDocx(read.text, { declaredBulletin }) : word().bulletinToHtml(read.text, { declaredBulletin }));
  io.stderr(`bantin: ${input} → ${target}`);
  return 0;
}
