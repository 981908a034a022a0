import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function ActiveTag({ active, kind = 'unit' }: { active: boolean; kind?: 'unit' | 'user' }) {
  const { t } = useTranslation();
  return active ? (
    <Tag color="green">{t(`status.${kind}.active`)}</Tag>
  ) : (
    <Tag color={kind === 'user' ? 'red' : 'default'}>{t(`status.${kind}.inactive`)}</Tag>
  );
}
