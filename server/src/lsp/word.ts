import { Connection, ResponseError, ErrorCodes } from 'vscode-languageserver';
import { word } from '../word/load';

/** `bantin/importDocx`: the bytes of a .docx (base64) → its bulletin text. */
export const IMPORT_DOCX = 'bantin/importDocx';
/** `bantin/exportDocx`: a bulletin's text → the bytes of a .docx (base64). */
export const EXPORT_DOCX = 'bantin/exportDocx';

/** The Word conversions run in the server process; the client only picks files and moves bytes. */
export function registerWordRequests(connection: Connection): void {
  connection.onRequest(IMPORT_DOCX, async (params: { data: string }) => {
    try {
      return { text: (await word().convertDocx(Buffer.from(params.data, 'base64'))).text };
    } catch (error) {
      throw new ResponseError(ErrorCodes.InvalidParams, word().describeWordError(error));
    }
  });
  connection.onRequest(EXPORT_DOCX, async (params: { text: string; declaredBulletin?: boolean }) => ({
    data: (await word().bulletinToDocx(params.text, { declaredBulletin: params.declaredBulletin })).toString('base64'),
  }));
}
