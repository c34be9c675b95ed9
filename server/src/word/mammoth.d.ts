// mammoth's internal readers (used to read the numbering definitions it reads but does not expose).
declare module 'mammoth/lib/zipfile' {
  export interface ZipFile {
    exists(name: string): boolean;
    read(name: string, encoding: 'utf-8'): Promise<string>;
  }
  export function openArrayBuffer(buffer: ArrayBuffer | Buffer): Promise<ZipFile>;
}
declare module 'mammoth/lib/docx/office-xml-reader' {
  export interface XmlElement {
    type: 'element' | 'text';
    name: string;
    attributes: Record<string, string | undefined>;
    children: XmlElement[];
    value?: string;
  }
  export function readXmlFromZipFile(zip: import('mammoth/lib/zipfile').ZipFile, name: string): Promise<XmlElement | null>;
}
