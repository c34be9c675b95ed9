import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import {
  allChecks, BulletinModel, CATALOG_SERVICE, citationIndex, Locale, parseBulletin, pickLocale, runChecks, SeveritySetting, TONE_STYLE_SERVICE, ToneStyle, USER_WORDS,
  WORKSPACE_SERVICE,
} from '../language';
import { isToneStyle, settingsToneStyle } from './toneStyle';
import { listCatalog, userCatalog } from './catalog';
import { userWordList } from './words';
import { expandArguments, readText, ReadResult } from './files';
import { FileReport, formatJson, formatSarif, formatText } from './format';

declare const BANTIN_VERSION: string | undefined;

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  docsDir: string;
  /** The directory whose `.bantin/catalog.json` and `.vscode/settings.json` are read (default: the process's). */
  cwd?: string;
  /** Reads a file as text (default: readText); the Word commands give converted .docx text here. */
  readFile?(file: string): ReadResult;
  /**
   * For a converted file, where each of its lines comes from ("đoạn 12 / paragraph 12", '' for none); undefined for a
   * file read as it is. Asked once per file.
   */
  lineOrigins?(file: string): ((line: number) => string) | undefined;
}

const USAGE = `Cách dùng / usage: bantin check [--format text|json|sarif] [--locale vi|en] [--severity code=level]... [--catalog tệp.json]... <tệp|thư mục|glob>...
       bantin catalog [--format text|json] [--catalog tệp.json]... [từ khóa / query]
       bantin import <tệp.docx> [-o <tệp.bulletin>]
       bantin export --format docx|html <tệp> [-o <tệp ra>]
  --format     text (mặc định), json, sarif
  --locale     vi (mặc định) hoặc en
  --severity   đổi mức của một kiểm tra: structure.heading-level=off, structure.number-format=error
  --catalog    thêm một danh mục văn bản (ngoài .bantin/catalog.json và bantin.catalogFiles của thư mục hiện tại)
  --tone-style cách đặt dấu thanh oa/oe/uy: auto (theo tệp), old (hoà, uỷ), new (hòa, ủy); mặc định bantin.text.toneStyle
Mã thoát / exit: 0 không có lỗi, 1 có lỗi mức error, 2 sai cách dùng hoặc tệp không đọc được.`;

const LEVELS = ['error', 'warning', 'information', 'hint', 'off'];

/** Runs the CLI; returns the exit code. */
export function main(argv: string[], io: Io): number {
  if (argv.length === 0) return usage(io, 'thiếu lệnh / no command given');
  if (argv[0] === '--help' || argv[0] === '-h') {
    io.stdout(USAGE);
    return 0;
  }
  if (argv[0] === '--version') {
    io.stdout(typeof BANTIN_VERSION === 'string' ? BANTIN_VERSION : 'dev');
    return 0;
  }
  if (argv[0] !== 'check' && argv[0] !== 'catalog') return usage(io, `lệnh không hợp lệ / unknown command: ${argv[0]}`);
  const catalogs: string[] = [];
  let format = 'text';
  let locale: Locale = pickLocale(process.env.BANTIN_LOCALE);
  const severities: Record<string, SeveritySetting> = {};
  const files: string[] = [];
  let toneStyle: ToneStyle | undefined;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : undefined);
    if (flag === '--format') format = value() ?? '';
    else if (flag === '--locale') {
      const requested = value();
      if (requested !== 'vi' && requested !== 'en') return usage(io, '--locale phải là vi hoặc en / must be vi or en');
      locale = requested;
    }
    else if (flag === '--severity') {
      const [code, level] = (value() ?? '').split('=');
      if (!code || !LEVELS.includes(level) || !allChecks.some((c) => c.code === code || c.category === code.replace(/\.\*$/, ''))) {
        return usage(io, `--severity cần dạng mã=mức (mức: ${LEVELS.join(', ')}) / expects code=level`);
      }
      severities[code] = level as SeveritySetting;
    } else if (flag === '--catalog') {
      const file = value();
      if (!file) return usage(io, '--catalog cần một tệp / expects a file');
      catalogs.push(file);
    } else if (flag === '--tone-style') {
      const style = value();
      if (!isToneStyle(style)) return usage(io, '--tone-style phải là auto, old hoặc new / must be auto, old or new');
      toneStyle = style;
    } else if (flag.startsWith('--')) return usage(io, `tùy chọn không hợp lệ / unknown option: ${flag}`);
    else files.push(arg);
  }
  const cwd = io.cwd ?? process.cwd();
  const user = userCatalog(cwd, catalogs);
  for (const problem of user.problems) io.stderr(`bantin: ${problem}`);
  if (argv[0] === 'catalog') {
    if (format !== 'text' && format !== 'json') return usage(io, '--format phải là text hoặc json / must be text or json');
    io.stdout(listCatalog(user, files.join(' '), format, cwd));
    return user.problems.length ? 2 : 0;
  }
  if (!['text', 'json', 'sarif'].includes(format)) return usage(io, `--format phải là text, json hoặc sarif / must be text, json or sarif`);
  if (files.length === 0) return usage(io, 'thiếu tệp cần kiểm tra / no files given');

  toneStyle ??= settingsToneStyle(cwd);
  const words = userWordList(cwd);
  let unreadable = false;
  const parsed: Array<{ file: string; model: BulletinModel }> = [];
  for (const { file, missing } of expandArguments(files)) {
    const read = missing ? { ok: false as const, reason: 'không tìm thấy tệp / file not found' } : (io.readFile ?? readText)(file);
    if (!read.ok) {
      io.stderr(`bantin: ${file}: ${read.reason}`);
      unreadable = true;
      continue;
    }
    const ext = path.extname(file).toLowerCase();
    const model = parseBulletin(read.text, {
      flavor: ext === '.md' ? 'markdown' : ext === '.txt' || ext === '.docx' ? 'plain' : 'auto',
      declaredBulletin: ext === '.bulletin' || ext === '.bantin',
    });
    parsed.push({ file, model });
  }
  // The files checked together are each other's workspace: the same document dated differently across files is found.
  // One file alone has no other to compare with, and its index is not built.
  const entries = parsed.length > 1 ? parsed.map(({ file, model }) => ({ uri: file, entries: citationIndex(model) })) : [];
  const reports: FileReport[] = parsed.map(({ file, model }) => {
    const services = new Map<string, unknown>([[WORKSPACE_SERVICE, { others: entries.filter((e) => e.uri !== file) }], [CATALOG_SERVICE, user.catalog]]);
    services.set(TONE_STYLE_SERVICE, toneStyle);
    services.set(USER_WORDS, words);
    return { file, findings: runChecks(model, { locale, severities, services, fixes: false }), describeLine: io.lineOrigins?.(file) };
  });
  const docsBase = pathToFileURL(io.docsDir).href + '/';
  const version = typeof BANTIN_VERSION === 'string' ? BANTIN_VERSION : 'dev';
  io.stdout(format === 'json' ? formatJson(reports) : format === 'sarif' ? formatSarif(reports, locale, version, docsBase) : formatText(reports, locale));
  if (unreadable || user.problems.length) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function usage(io: Io, message: string): number {
  io.stderr(`bantin: ${message}`);
  io.stderr(USAGE);
  return 2;
}
