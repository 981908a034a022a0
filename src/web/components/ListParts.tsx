/**
 * Small pieces the registry list pages share: the primary "create" button (in the header and in the
 * empty state) and the header's actions (create, import from Excel, export to Excel).
 */
import type { ReactNode } from 'react';
import { Button } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QueryParams } from '../app/api';
import { ExportButton } from './ExportButton';

/** The primary "create …" button of a list. */
export function CreateButton({ label, onClick }: { label: ReactNode; onClick: () => void }) {
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={onClick}>
      {label}
    </Button>
  );
}

/** A list's header actions: create (when given), import (when `importKind` is given: /import?kind=…), export. */
export function ListHeaderActions({
  create,
  importKind,
  exportKind,
  params,
  fileName,
}: {
  create?: ReactNode;
  importKind?: string;
  exportKind: string;
  params: QueryParams;
  fileName: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      {create}
      {importKind && (
        <Button icon={<ImportOutlined />} onClick={() => navigate(`/import?kind=${importKind}`)}>
          {t('common.importExcel')}
        </Button>
      )}
      <ExportButton kind={exportKind} params={params} fileName={fileName} />
    </>
  );
}
