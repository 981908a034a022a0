import { useCallback, useEffect, useMemo, useState, type Key } from 'react';
import { Alert, Empty, Spin, Tag, Tree, type TreeDataNode } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { Unit } from '../../../shared/contract/units';
import { fetchChildren, unitKeys, useUnitRoots } from './queries';

interface Props {
  includeInactive: boolean;
  selectedId?: number;
  onSelect: (unit: Unit | null) => void;
}

interface Node extends TreeDataNode {
  unit: Unit;
  children?: Node[];
}

/** The unit tree, one level at a time from `/units/:id/children`. */
export function UnitTree({ includeInactive, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const errorText = useErrorText();
  const roots = useUnitRoots(includeInactive);
  const [children, setChildren] = useState<Record<number, Unit[]>>({});
  const [loadError, setLoadError] = useState<unknown>(null);
  const [expanded, setExpanded] = useState<Key[]>([]);

  const toNode = useCallback(
    (u: Unit): Node => ({
      key: u.id,
      unit: u,
      isLeaf: (includeInactive ? u.allChildCount : u.childCount) === 0,
      title: (
        <span>
          {u.name}
          {!u.active && (
            <Tag style={{ marginInlineStart: 6 }} variant="filled">
              {t('status.unit.inactive')}
            </Tag>
          )}
        </span>
      ),
      children: children[u.id]?.map(toNode),
    }),
    [children, t, includeInactive],
  );

  const treeData = useMemo(() => (roots.data?.items ?? []).map(toNode), [roots.data, toNode]);

  const loadChildren = async (id: number) => {
    try {
      const res = await qc.fetchQuery({
        queryKey: unitKeys.children(id, includeInactive),
        queryFn: () => fetchChildren(id, includeInactive),
      });
      setChildren((prev) => ({ ...prev, [id]: res.items }));
      return res.items;
    } catch (e) {
      setLoadError(e);
      return undefined;
    }
  };

  const loadData = async (node: Node) => {
    if (!children[node.unit.id]) await loadChildren(node.unit.id);
  };

  // A single root (the province, the ministry) is opened at once: its children are what people look for.
  const onlyRoot = roots.data?.items.length === 1 ? roots.data.items[0] : undefined;
  useEffect(() => {
    // Open a chain of single children too ("Toàn hệ thống" → the one province), up to 3 levels.
    const openChain = async (unit: Unit, depth: number) => {
      const items = await loadChildren(unit.id);
      setExpanded((keys) => (keys.includes(unit.id) ? keys : [...keys, unit.id]));
      if (items?.length === 1 && items[0].childCount > 0 && depth < 3) await openChain(items[0], depth + 1);
    };
    if (onlyRoot && onlyRoot.childCount > 0 && !children[onlyRoot.id]) void openChain(onlyRoot, 1);
  }, [onlyRoot?.id, includeInactive]);

  // Switching "include inactive" changes every level: start the lazy tree over.
  const [lastInactive, setLastInactive] = useState(includeInactive);
  if (lastInactive !== includeInactive) {
    setLastInactive(includeInactive);
    setChildren({});
    setExpanded([]);
  }

  if (roots.isPending) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  if (roots.isError) return <Alert type="error" showIcon title={errorText(roots.error)} />;
  if (!treeData.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('units.tree.empty')} />;

  return (
    <>
      {loadError != null && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setLoadError(null) }}
          title={errorText(loadError)}
          style={{ marginBottom: 8 }}
        />
      )}
      <Tree<Node>
        blockNode
        showLine
        treeData={treeData}
        loadData={loadData}
        expandedKeys={expanded}
        onExpand={(keys) => setExpanded(keys)}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(_, info) => onSelect(info.selected ? info.node.unit : null)}
        aria-label={t('units.tree.title')}
      />
    </>
  );
}
