import { Breadcrumb, Flex, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  title: ReactNode;
  to?: string;
}

/** Page header: breadcrumb, title with tags, actions on the right (wrapping below on phones). */
export function PageHeader({
  title,
  subTitle,
  tags,
  extra,
  crumbs,
}: {
  title: ReactNode;
  subTitle?: ReactNode;
  tags?: ReactNode;
  extra?: ReactNode;
  crumbs?: Crumb[];
}) {
  return (
    <div className="page-header">
      {crumbs && crumbs.length > 0 && (
        <Breadcrumb
          style={{ marginBottom: 8 }}
          items={crumbs.map((c, i) => ({
            key: i,
            title: c.to ? <Link to={c.to}>{c.title}</Link> : c.title,
          }))}
        />
      )}
      <Flex justify="space-between" align="flex-start" wrap gap={12}>
        <div style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Space wrap size={8} align="center">
            <Typography.Title level={3} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            {tags}
          </Space>
          {subTitle && (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {subTitle}
            </Typography.Paragraph>
          )}
        </div>
        {extra && (
          <Space wrap size={8}>
            {extra}
          </Space>
        )}
      </Flex>
    </div>
  );
}
