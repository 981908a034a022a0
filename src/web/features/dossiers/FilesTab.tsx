import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Popconfirm, Select, Space, Typography, Upload } from 'antd';
import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, download } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { formatDateTime, formatNumber } from '../../app/format';
import { DOC_TYPES, type DossierDetail, type DossierFile } from './types';
import { LocalTable } from '../../components/LocalTable';

/** Attachments by checklist type, for the dossier or one nominee; checked by content on the server. */
export function FilesTab({ d, onChanged }: { d: DossierDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [docType, setDocType] = useState<string>('to_trinh');
  const [nomineeId, setNomineeId] = useState<number | undefined>();
  const upload = useMutation({
    mutationFn: async (file: File) => {
      const fd = new FormData();
      fd.append('file', file);
      return api.post(`/dossiers/${d.id}/files?docType=${docType}${nomineeId ? `&nomineeId=${nomineeId}` : ''}`, fd);
    },
    onSuccess: () => {
      message.success(t('dossiers.files.uploaded'));
      onChanged();
    },
    onError: (e) => message.error(errorText(e)),
  });
  const remove = useMutation({
    mutationFn: (f: DossierFile) => api.delete(`/dossiers/${d.id}/files/${f.id}`),
    onSuccess: () => onChanged(),
    onError: (e) => message.error(errorText(e)),
  });
  const nomineeName = (id: number | null) => (id ? (d.nominees.find((n) => n.id === id)?.name ?? `#${id}`) : t('dossiers.files.wholeDossier'));
  return (
    <>
      {d.canEdit && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label={t('dossiers.files.docType')}
            style={{ width: 240 }}
            value={docType}
            onChange={setDocType}
            options={DOC_TYPES.map((x) => ({ value: x, label: t(`dossiers.docType.${x}`) }))}
          />
          <Select
            allowClear
            aria-label={t('dossiers.files.forNominee')}
            placeholder={t('dossiers.files.wholeDossier')}
            style={{ width: 240 }}
            value={nomineeId}
            onChange={setNomineeId}
            options={d.nominees.map((n) => ({ value: n.id, label: `${n.name} — ${n.awardName}` }))}
          />
          <Upload
            accept=".pdf,.docx,.doc,.xlsx,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(f) => {
              upload.mutate(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('dossiers.files.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">{t('dossiers.files.hint')}</Typography.Text>
        </Space>
      )}
      <LocalTable<DossierFile>
        data-testid="dossier-files"
        dataSource={d.files}
        scroll={{ x: 'max-content' }}
        empty={d.canEdit ? t('dossiers.files.emptyCanUpload') : t('dossiers.files.empty')}
        columns={[
          { title: t('dossiers.files.docType'), key: 'docType', render: (_, f) => t(`dossiers.docType.${f.docType}`) },
          { title: t('dossiers.files.forNominee'), key: 'nominee', render: (_, f) => nomineeName(f.nomineeId) },
          { title: t('dossiers.files.name'), dataIndex: 'filename', key: 'filename' },
          { title: t('dossiers.files.size'), key: 'size', align: 'right', render: (_, f) => `${formatNumber(Math.ceil(f.size / 1024))} KB` },
          { title: t('dossiers.files.by'), key: 'by', render: (_, f) => `${f.uploadedBy}, ${formatDateTime(f.createdAt)}` },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, f) => (
              <Space>
                <Button size="small" icon={<DownloadOutlined />} aria-label={t('dossiers.files.download', { name: f.filename })} onClick={() => download(`/dossiers/${d.id}/files/${f.id}`, undefined, f.filename).catch((e) => message.error(errorText(e)))} />
                {d.canEdit && (
                  <Popconfirm title={t('dossiers.files.removeConfirm', { name: f.filename })} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => remove.mutate(f)}>
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('dossiers.files.remove', { name: f.filename })} />
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
