import {
  CarryOutOutlined,
  MailOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  ClusterOutlined,
  ControlOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FlagOutlined,
  FormOutlined,
  HomeOutlined,
  ImportOutlined,
  ProfileOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Action, ResourceType } from '../../shared/access';

export interface NavLeaf {
  key: string;
  /** i18n key of the label */
  label: string;
  icon: ReactNode;
  /** route; absent = module not built yet ("Sắp có") */
  path?: string;
  /** only shown to those who may do this (from the session's abilities; the server enforces it anyway) */
  ability?: [ResourceType, Action];
}

export interface NavGroup {
  key: string;
  label: string;
  icon: ReactNode;
  children: NavLeaf[];
}

export type NavItem = NavLeaf | NavGroup;

/**
 * The navigation, laid out for the modules to come. A leaf without `path` is shown disabled with a
 * "Sắp có" tooltip; giving it a path is all it takes to switch it on.
 */
export const NAV: NavItem[] = [
  { key: 'dashboard', label: 'nav.dashboard', icon: <DashboardOutlined />, path: '/' },
  {
    key: 'org',
    label: 'nav.org',
    icon: <ApartmentOutlined />,
    children: [
      { key: 'units', label: 'nav.units', icon: <BankOutlined />, path: '/units' },
      { key: 'people', label: 'nav.people', icon: <UserOutlined />, path: '/people' },
      { key: 'households', label: 'nav.households', icon: <HomeOutlined />, path: '/households' },
      {
        key: 'import',
        label: 'nav.import',
        icon: <ImportOutlined />,
        path: '/import',
        ability: ['person', 'import'],
      },
    ],
  },
  {
    key: 'emulation',
    label: 'nav.emulation',
    icon: <FlagOutlined />,
    children: [
      { key: 'plans', label: 'nav.plans', icon: <CalendarOutlined />, path: '/plans' },
      { key: 'tasks', label: 'nav.tasks', icon: <CarryOutOutlined />, path: '/tasks' },
      { key: 'movements', label: 'nav.movements', icon: <FlagOutlined />, path: '/movements' },
      { key: 'registrations', label: 'nav.registrations', icon: <FormOutlined />, path: '/registrations' },
      { key: 'clusters', label: 'nav.clusters', icon: <ClusterOutlined /> },
    ],
  },
  {
    key: 'commendation',
    label: 'nav.commendation',
    icon: <TrophyOutlined />,
    children: [
      { key: 'dossiers', label: 'nav.dossiers', icon: <FileTextOutlined />, path: '/dossiers' },
      { key: 'councils', label: 'nav.councils', icon: <TeamOutlined />, path: '/councils' },
      // decisions live on their dossiers: the list of decided dossiers
      { key: 'decisions', label: 'nav.decisions', icon: <FileDoneOutlined />, path: '/dossiers?view=all&state=decided' },
      { key: 'register', label: 'nav.register', icon: <BookOutlined />, path: '/register' },
    ],
  },
  {
    key: 'rules',
    label: 'nav.rules',
    icon: <ReadOutlined />,
    children: [
      { key: 'rules-catalog', label: 'nav.rulesCatalog', icon: <BookOutlined />, path: '/rules' },
      { key: 'rules-check', label: 'nav.rulesCheck', icon: <SafetyCertificateOutlined />, path: '/rules/check' },
      { key: 'rules-money', label: 'nav.rulesMoney', icon: <CalculatorOutlined />, path: '/rules/money' },
      { key: 'records', label: 'nav.records', icon: <ProfileOutlined />, path: '/records' },
    ],
  },
  {
    key: 'admin',
    label: 'nav.admin',
    icon: <SettingOutlined />,
    children: [
      { key: 'users', label: 'nav.users', icon: <UsergroupAddOutlined />, path: '/users', ability: ['user', 'update'] },
      {
        key: 'audit',
        label: 'nav.audit',
        icon: <AuditOutlined />,
        path: '/audit',
        ability: ['audit', 'read'],
      },
      {
        key: 'rule-settings',
        label: 'nav.ruleSettings',
        icon: <ControlOutlined />,
        path: '/admin/rule-settings',
        ability: ['rule_settings', 'update'],
      },
      {
        key: 'calendar',
        label: 'nav.calendar',
        icon: <ScheduleOutlined />,
        path: '/admin/calendar',
        ability: ['calendar', 'update'],
      },
      {
        key: 'certificate-layout',
        label: 'nav.certificateLayout',
        icon: <SafetyCertificateOutlined />,
        path: '/admin/certificate-layout',
        ability: ['certificate_layout', 'update'],
      },
      { key: 'outbox', label: 'nav.outbox', icon: <MailOutlined />, path: '/admin/outbox', ability: ['mail', 'read'] },
    ],
  },
];

export function isGroup(item: NavItem): item is NavGroup {
  return 'children' in item;
}

/** The menu key that matches a URL path (longest path prefix wins). */
export function navKeyForPath(pathname: string): { key?: string; group?: string } {
  let best: { key?: string; group?: string; len: number } = { len: -1 };
  const visit = (leaf: NavLeaf, group?: string) => {
    if (!leaf.path) return;
    const match = leaf.path === '/' ? pathname === '/' : pathname === leaf.path || pathname.startsWith(`${leaf.path}/`);
    if (match && leaf.path.length > best.len) best = { key: leaf.key, group, len: leaf.path.length };
  };
  for (const item of NAV) {
    if (isGroup(item)) item.children.forEach((c) => visit(c, item.key));
    else visit(item);
  }
  return { key: best.key, group: best.group };
}
