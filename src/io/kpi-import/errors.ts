import type { Bilingual } from '../../contract/imports.js';

/**
 * A file that cannot be read at all (not CSV nor XLSX, a broken archive, a malformed quote), or a
 * mapping that does not fit the file. The server answers 400 with the English text and both
 * languages in `message`; the command line prints it.
 */
export class ImportFileError extends Error {
  constructor(
    readonly code: 'unreadable' | 'unsupported' | 'empty' | 'mapping',
    readonly text: Bilingual,
    /** Field errors for a mapping that does not fit (path such as `mapping.columns.1.column`). */
    readonly fields: { path: string; message: string; line?: number }[] = [],
  ) {
    super(text.en);
    this.name = 'ImportFileError';
  }

  static unreadable(kind: 'csv' | 'xlsx', cause: unknown, line?: number): ImportFileError {
    const detail = cause instanceof Error ? cause.message : String(cause);
    const where = line ? { fr: ` (ligne ${line})`, en: ` (line ${line})` } : { fr: '', en: '' };
    return kind === 'xlsx'
      ? new ImportFileError('unreadable', {
          fr: `Ce classeur XLSX ne peut pas être lu${where.fr} : ${detail}`,
          en: `This XLSX workbook cannot be read${where.en}: ${detail}`,
        })
      : new ImportFileError('unreadable', {
          fr: `Ce fichier CSV ne peut pas être lu${where.fr} : ${detail}`,
          en: `This CSV file cannot be read${where.en}: ${detail}`,
        });
  }

  static legacyExcel(): ImportFileError {
    return new ImportFileError('unsupported', {
      fr: 'Les classeurs Excel 97-2003 (.xls) ne sont pas pris en charge : enregistrez le fichier en .xlsx ou en CSV.',
      en: 'Excel 97-2003 workbooks (.xls) are not supported: save the file as .xlsx or CSV.',
    });
  }

  static empty(): ImportFileError {
    return new ImportFileError('empty', {
      fr: 'Le fichier est vide ou ne contient aucun tableau.',
      en: 'The file is empty or holds no table.',
    });
  }

  static mapping(text: Bilingual, fields: { path: string; message: string }[]): ImportFileError {
    return new ImportFileError('mapping', text, fields);
  }
}
