import { Suspense, useEffect, useMemo, useState } from 'react';
import {
  App,
  Avatar,
  Button,
  Drawer,
  Dropdown,
  Flex,
  Grid,
  Layout,
  Menu,
  Space,
  Tag,
  Tooltip,
  Typography,
  type MenuProps,
} from 'antd';
import {
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuOutlined,
  MenuUnfoldOutlined,
  PoweroffOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth';
import { useCodes } from './codes';
import { useErrorText } from './errors';
import { isGroup, NAV, navKeyForPath, type NavLeaf } from './nav';
import { ChangePasswordModal } from './ChangePasswordModal';
import { LangSwitch } from '../components/LangSwitch';
import { PageSpinner } from '../components/PageSpinner';

const { Header, Sider, Content } = Layout;
const SIDER_KEY = 'tdkt.sider.collapsed';

export function AppLayout() {
  const { t } = useTranslation();
  const { me, can, logout, logoutAll } = useAuth();
  const { label } = useCodes();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const isMobile = screens.md === false;

  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(SIDER_KEY) === '1');
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [pwOpen, setPwOpen] = useState(false);
  const current = navKeyForPath(location.pathname);
  const [openKeys, setOpenKeys] = useState<string[]>(() => [current.group ?? 'org']);

  useEffect(() => setDrawerOpen(false), [location.pathname]);
  useEffect(() => {
    if (current.group) setOpenKeys((keys) => (keys.includes(current.group!) ? keys : [...keys, current.group!]));
  }, [current.group]);

  const menuItems = useMemo<MenuProps['items']>(() => {
    const visible = (leaf: NavLeaf) => !leaf.ability || can(...leaf.ability);
    type Item = NonNullable<MenuProps['items']>[number];
    const leaf = (l: NavLeaf): Item =>
      l.path
        ? { key: l.key, icon: l.icon, label: <Link to={l.path}>{t(l.label)}</Link> }
        : {
            key: l.key,
            icon: l.icon,
            disabled: true,
            label: (
              <Tooltip title={t('common.comingSoon')} placement="right">
                <span data-coming-soon="true">
                  {t(l.label)}
                  <Tag
                    variant="outlined"
                    style={{
                      marginInlineStart: 8,
                      fontSize: 11,
                      lineHeight: '16px',
                      paddingInline: 4,
                      color: 'rgba(255,255,255,0.45)',
                      borderColor: 'rgba(255,255,255,0.2)',
                      background: 'transparent',
                    }}
                  >
                    {t('common.comingSoon')}
                  </Tag>
                </span>
              </Tooltip>
            ),
          };
    return NAV.flatMap((item): Item[] => {
      if (!isGroup(item)) return visible(item) ? [leaf(item)] : [];
      const children = item.children.filter(visible).map(leaf);
      return children.length ? [{ key: item.key, icon: item.icon, label: t(item.label), children }] : [];
    });
  }, [t, can]);

  if (!me) return null;

  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={current.key ? [current.key] : []}
      openKeys={collapsed && !isMobile ? undefined : openKeys}
      onOpenChange={(keys) => setOpenKeys(keys as string[])}
      items={menuItems}
    />
  );

  const logo = (
    <Link to="/" className="app-logo" aria-label={t('app.name')}>
      <img src="/favicon.svg" alt="" />
      {(!collapsed || isMobile) && <span>{t('app.shortName')}</span>}
    </Link>
  );

  const roleText = (r: (typeof me.roles)[number]) => `${label('role', r.role)} · ${r.unitName}`;
  const firstRole = me.roles[0];

  const confirmLogoutAll = () =>
    modal.confirm({
      title: t('header.logoutAllConfirmTitle'),
      content: t('header.logoutAllConfirm'),
      okText: t('header.logoutAll'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await logoutAll();
          navigate('/login', { replace: true });
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });

  const userMenu: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: (
        <div style={{ maxWidth: 300 }}>
          <div>
            <Typography.Text strong>{me.fullName}</Typography.Text>{' '}
            <Typography.Text type="secondary">({me.username})</Typography.Text>
          </div>
          {me.roles.map((r) => (
            <div key={r.id} style={{ fontSize: 12 }}>
              {roleText(r)}
            </div>
          ))}
        </div>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('header.changePassword'), onClick: () => setPwOpen(true) },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: t('header.logout'),
      onClick: async () => {
        try {
          await logout();
        } finally {
          navigate('/login', { replace: true });
        }
      },
    },
    {
      key: 'logout-all',
      icon: <PoweroffOutlined />,
      danger: true,
      label: t('header.logoutAll'),
      onClick: confirmLogoutAll,
    },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!isMobile && (
        <Sider
          width={264}
          collapsible
          collapsed={collapsed}
          onCollapse={(c) => {
            setCollapsed(c);
            localStorage.setItem(SIDER_KEY, c ? '1' : '0');
          }}
          trigger={null}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          {logo}
          {menu}
        </Sider>
      )}
      {isMobile && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={264}
          closable={false}
          styles={{ body: { padding: 0, background: '#1f1f1f' } }}
          title={null}
        >
          {logo}
          {menu}
        </Drawer>
      )}
      <Layout>
        <Header
          style={{
            position: 'sticky',
            top: 0,
            zIndex: 10,
            display: 'flex',
            alignItems: 'center',
            gap: 12,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Button
            type="text"
            aria-label={t('header.toggleMenu')}
            icon={isMobile ? <MenuOutlined /> : collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
            onClick={() => {
              if (isMobile) setDrawerOpen(true);
              else {
                setCollapsed(!collapsed);
                localStorage.setItem(SIDER_KEY, !collapsed ? '1' : '0');
              }
            }}
          />
          <Typography.Text strong ellipsis style={{ flex: '1 1 auto', minWidth: 0 }}>
            {isMobile ? t('app.shortName') : t('app.name')}
          </Typography.Text>
          <Flex align="center" gap={12} style={{ flex: 'none' }}>
            {!isMobile && firstRole && (
              <Tooltip title={me.roles.map((r) => <div key={r.id}>{roleText(r)}</div>)}>
                <Tag color="red" style={{ marginInlineEnd: 0, maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  {roleText(firstRole)}
                  {me.roles.length > 1 ? ` +${me.roles.length - 1}` : ''}
                </Tag>
              </Tooltip>
            )}
            <LangSwitch size="small" />
            <Dropdown menu={{ items: userMenu }} trigger={['click']} placement="bottomRight">
              <Button type="text" aria-label={t('header.account')} data-testid="user-menu" style={{ paddingInline: 4 }}>
                <Space size={6}>
                  <Avatar size="small" icon={<UserOutlined />} style={{ background: '#b71c1c' }} />
                  {!isMobile && <span>{me.fullName}</span>}
                  <DownOutlined style={{ fontSize: 10 }} />
                </Space>
              </Button>
            </Dropdown>
          </Flex>
        </Header>
        <Content className="app-content">
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      <ChangePasswordModal open={pwOpen} onClose={() => setPwOpen(false)} />
    </Layout>
  );
}
