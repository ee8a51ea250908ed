import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The stylesheets shipped with the tool. */
export interface Templates {
  webCss: string;
  printCss: string;
}

// src/load and dist/load both sit two levels below the package root.
const TEMPLATES = new URL('../../templates/', import.meta.url);

/** Reads the tool's own templates (part of the loader seam: the only disk reads). */
export async function readTemplates(): Promise<Templates> {
  const [webCss, printCss] = await Promise.all([
    readFile(fileURLToPath(new URL('web.css', TEMPLATES)), 'utf8'),
    readFile(fileURLToPath(new URL('print.css', TEMPLATES)), 'utf8'),
  ]);
  return { webCss, printCss };
}
