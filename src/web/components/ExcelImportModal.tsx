import { ExcelImport, type ImportCounts } from './ExcelImport';

export type { ImportCounts } from './ExcelImport';

export interface ExcelImportProps {
  open: boolean;
  onClose: () => void;
  title: string;
  help: string;
  /** API path of the import (multipart, field "file"); `?dryRun=1` is added to check */
  importPath: string;
  templatePath: string;
  templateName: string;
  /** after a successful import: the message to show, and what to refresh */
  onImported: (r: ImportCounts) => string | void;
}

/** The Excel import in a dialog (the shared `ExcelImport`): template, check (dry run), import. */
export function ExcelImportModal(props: ExcelImportProps) {
  return <ExcelImport variant="modal" {...props} />;
}
