import type { ReactNode } from 'react';
import { Layout, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LangSwitch } from '../components/LangSwitch';

/** Pages for citizens: no account, no menu, readable on a phone. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Layout.Header style={{ background: '#b71c1c', display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '0 16px' }}>
        <Link to="/cong-khai" style={{ color: '#fff', fontWeight: 600 }}>
          {t('public.brand')}
        </Link>
        <LangSwitch size="small" />
      </Layout.Header>
      <Layout.Content style={{ maxWidth: 960, width: '100%', margin: '0 auto', padding: 16 }}>{children}</Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary">{t('public.footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
