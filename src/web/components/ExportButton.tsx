import { useState } from 'react';
import { App, Button } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { download, type QueryParams } from '../app/api';
import { useErrorText } from '../app/errors';

/** Downloads `/exports/:kind` (or `path`) with the list's current filters (paging dropped). */
export function ExportButton({ kind, params, fileName, path = `/exports/${kind}` }: { kind: string; params: QueryParams; fileName: string; path?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<FileExcelOutlined />}
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          const { page: _p, pageSize: _s, ...filters } = params;
          await download(path, filters, fileName);
        } catch (e) {
          message.error(errorText(e));
        } finally {
          setBusy(false);
        }
      }}
    >
      {t('common.exportExcel')}
    </Button>
  );
}
