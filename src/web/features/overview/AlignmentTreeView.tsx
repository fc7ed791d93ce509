import { Anchor, Badge, Box, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { allNodeIds, type AlignmentNode } from './alignmentTree';
import { entityHref } from './entityLinks';

interface AlignmentTreeViewProps {
  nodes: AlignmentNode[];
  /** Accessible name of the tree. */
  label: string;
  /** Prefix of the DOM ids, unique in the page. */
  idPrefix: string;
  workspaceId: string;
  planId: string;
  /** Shows "expand all" and "collapse all" above the tree. */
  withToolbar?: boolean;
}

interface VisibleItem {
  id: string;
  parentId: string | null;
  hasChildren: boolean;
}

const parentOf = (id: string): string | null => (id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : null);

/**
 * A tree of linked entities (WAI-ARIA tree pattern, navigation variant): one tab stop, arrows to
 * move, Right/Left to expand/collapse or go to the child/parent, Home/End; Enter follows a link
 * (or expands an item that has no screen to link to). Gaps show as warning badges with a sentence.
 */
export function AlignmentTreeView({
  nodes,
  label,
  idPrefix,
  workspaceId,
  planId,
  withToolbar,
}: AlignmentTreeViewProps) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const items = useRef(new Map<string, HTMLElement>());

  const visible = useMemo(() => {
    const out: VisibleItem[] = [];
    const walk = (list: AlignmentNode[], parentId: string | null) => {
      for (const node of list) {
        out.push({ id: node.id, parentId, hasChildren: node.children.length > 0 });
        if (!collapsed.has(node.id)) walk(node.children, node.id);
      }
    };
    walk(nodes, null);
    return out;
  }, [nodes, collapsed]);

  // The tab stop: the focused item, or its nearest visible ancestor once collapsed, or the first.
  const visibleIds = new Set(visible.map((v) => v.id));
  let tabStop = focusedId;
  while (tabStop !== null && !visibleIds.has(tabStop)) tabStop = parentOf(tabStop);
  tabStop ??= visible[0]?.id ?? null;

  const focus = (id: string | null | undefined) => {
    if (!id) return;
    setFocusedId(id);
    items.current.get(id)?.focus();
  };
  const setExpanded = (id: string, expanded: boolean) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (expanded) next.delete(id);
      else next.add(id);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, node: AlignmentNode, linked: boolean) => {
    const index = visible.findIndex((v) => v.id === node.id);
    const item = visible[index];
    if (!item) return;
    const expanded = item.hasChildren && !collapsed.has(node.id);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        focus(visible[index + 1]?.id);
        break;
      case 'ArrowUp':
        focus(visible[index - 1]?.id);
        break;
      case 'ArrowRight':
        if (item.hasChildren && !expanded) setExpanded(node.id, true);
        else if (expanded) focus(visible[index + 1]?.id);
        break;
      case 'ArrowLeft':
        if (expanded) setExpanded(node.id, false);
        else focus(item.parentId);
        break;
      case 'Home':
        focus(visible[0]?.id);
        break;
      case 'End':
        focus(visible[visible.length - 1]?.id);
        break;
      case 'Enter':
      case ' ':
        if (linked && event.key === 'Enter') handled = false;
        else if (item.hasChildren) setExpanded(node.id, !expanded);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  const renderNodes = (list: AlignmentNode[], level: number): ReactNode =>
    list.map((node, index) => {
      const domId = `${idPrefix}-${node.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
      const hasChildren = node.children.length > 0;
      const expanded = hasChildren && !collapsed.has(node.id);
      const href = entityHref(workspaceId, planId, node.collection, node.key);
      // Named by its own text only: the group it owns would otherwise join its name.
      const content = (
        <span id={`${domId}-label`}>
          <Text span size="xs" c="dimmed" mr={6}>
            {t(`overview.collections.${node.collection}`)}
          </Text>
          <Text span size="sm" fw={node.kind === 'businessGoal' ? 600 : 400}>
            {node.label}
          </Text>
          {node.gaps.map((gap) => (
            <Badge key={gap} color="orange" variant="light" size="sm" ml={6} leftSection={<WarningIcon />}>
              {t(`overview.tree.gaps.${gap}.badge`)}
            </Badge>
          ))}
        </span>
      );
      const itemProps = {
        role: 'treeitem',
        id: domId,
        'aria-level': level,
        'aria-setsize': list.length,
        'aria-posinset': index + 1,
        'aria-expanded': hasChildren ? expanded : undefined,
        'aria-owns': expanded ? `${domId}-group` : undefined,
        'aria-labelledby': `${domId}-label`,
        'aria-describedby': node.gaps.length > 0 ? `${domId}-gaps` : undefined,
        tabIndex: node.id === tabStop ? 0 : -1,
        className: 'mantine-focus-auto',
        ref: (element: HTMLElement | null) => {
          if (element) items.current.set(node.id, element);
          else items.current.delete(node.id);
        },
        onFocus: () => setFocusedId(node.id),
        onKeyDown: (event: KeyboardEvent<HTMLElement>) => onKeyDown(event, node, href !== null),
      } as const;
      return (
        <li role="none" key={node.id}>
          <Group gap={4} wrap="nowrap" align="flex-start">
            {hasChildren ? (
              <UnstyledButton
                tabIndex={-1}
                aria-hidden="true"
                onClick={() => setExpanded(node.id, !expanded)}
                w={20}
                style={{ flexShrink: 0, lineHeight: '22px', textAlign: 'center' }}
              >
                <Chevron open={expanded} />
              </UnstyledButton>
            ) : (
              <Box w={20} style={{ flexShrink: 0 }} />
            )}
            <div>
              {href ? (
                <Anchor component={Link} to={href} underline="hover" c="inherit" {...itemProps}>
                  {content}
                </Anchor>
              ) : (
                <Box
                  component="span"
                  {...itemProps}
                  onClick={() => hasChildren && setExpanded(node.id, !expanded)}
                  style={{ cursor: hasChildren ? 'pointer' : 'default', borderRadius: 4 }}
                >
                  {content}
                </Box>
              )}
              {node.gaps.length > 0 && (
                <Text id={`${domId}-gaps`} size="xs" c="orange.9">
                  {node.gaps.map((gap) => t(`overview.tree.gaps.${gap}.explanation`)).join(' ')}
                </Text>
              )}
            </div>
          </Group>
          {expanded && (
            <ul role="group" id={`${domId}-group`} style={listStyle(true)}>
              {renderNodes(node.children, level + 1)}
            </ul>
          )}
        </li>
      );
    });

  return (
    <div>
      {withToolbar && (
        <Group gap="xs" mb="xs">
          <Button size="compact-sm" variant="subtle" onClick={() => setCollapsed(new Set())}>
            {t('overview.tree.expandAll')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => setCollapsed(new Set(allNodeIds(nodes).filter((id) => parentOf(id) === null)))}
          >
            {t('overview.tree.collapseAll')}
          </Button>
        </Group>
      )}
      <ul role="tree" aria-label={label} style={listStyle(false)}>
        {renderNodes(nodes, 1)}
      </ul>
    </div>
  );
}

function listStyle(nested: boolean) {
  return {
    listStyle: 'none',
    margin: 0,
    padding: nested ? '2px 0 2px 22px' : 0,
    display: 'flex',
    flexDirection: 'column' as const,
    gap: 4,
  };
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      width="12"
      height="12"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      style={{ transform: open ? 'rotate(90deg)' : undefined, transition: 'transform 120ms' }}
    >
      <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2.5" />
    </svg>
  );
}

function WarningIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 3l10 18H2L12 3z" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinejoin="round" />
      <path d="M12 10v5M12 17.5v.5" stroke="currentColor" strokeWidth="2.2" />
    </svg>
  );
}
