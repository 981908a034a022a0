import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLang, type Lang } from '../app/i18n';

export function LangSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Lang>
      size={size}
      aria-label={t('header.language')}
      value={i18n.language === 'en' ? 'en' : 'vi'}
      options={[
        { value: 'vi', label: <span title="Tiếng Việt">VI</span> },
        { value: 'en', label: <span title="English">EN</span> },
      ]}
      onChange={(v) => setLang(v)}
    />
  );
}
