import { useTranslation } from 'react-i18next';
import { ExcelImportModal as SharedImportModal } from '../../components/ExcelImportModal';
import { formatNumber } from '../../app/format';
import { EXCEL_SLUG } from './parts';
import { useInvalidateRecords } from './queries';
import type { ExcelKind } from './types';

/** Excel import of ratings, initiatives or award register entries (the shared import modal). */
export function ExcelImportModal({ kind, open, onClose }: { kind: ExcelKind; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateRecords();
  return (
    <SharedImportModal
      open={open}
      onClose={onClose}
      title={t('records.import.title', { kind: t(`records.kinds.${kind}`) })}
      help={t(`records.import.help.${kind}`)}
      importPath={`/records/${kind}/import`}
      templatePath={`/records/${kind}/template`}
      templateName={`mau-${EXCEL_SLUG[kind]}.xlsx`}
      onImported={(r) => {
        void invalidate();
        return t('records.import.done', { total: formatNumber(r.total), created: formatNumber(r.created), updated: formatNumber(r.updated ?? 0), unchanged: formatNumber(r.unchanged) });
      }}
    />
  );
}
