import { Badge, Code, Spoiler, Table, Text, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeKind } from '../../../core/diff/index.js';
import { PencilIcon, PlusIcon } from '../../ui/icons';
import type { Cell, ChangeRow } from './diffView';
import { ArrowRightIcon, MinusIcon } from './icons';
import './texts';

/** Sections longer than this scroll inside a box and render only the rows in view. */
export const VIRTUAL_THRESHOLD = 60;

const KIND_STYLE: Record<ChangeKind, { color: string; icon: ReactNode }> = {
  added: { color: 'green', icon: <PlusIcon /> },
  removed: { color: 'red', icon: <MinusIcon /> },
  changed: { color: 'blue', icon: <PencilIcon /> },
  moved: { color: 'grape', icon: <ArrowRightIcon /> },
};

// « Before » values read as deleted text, « after » ones as inserted text: colour, and the
// <del>/<ins> elements that assistive technologies announce.
const deleted: CSSProperties = {
  background: 'var(--mantine-color-red-light)',
  textDecorationColor: 'var(--mantine-color-red-filled)',
  borderRadius: 4,
  padding: '0 4px',
};
const inserted: CSSProperties = {
  background: 'var(--mantine-color-green-light)',
  textDecoration: 'none',
  borderRadius: 4,
  padding: '0 4px',
};

export function KindBadge({ kind }: { kind: ChangeKind }) {
  const { t } = useTranslation();
  const style = KIND_STYLE[kind];
  return (
    <Badge color={style.color} variant="light" leftSection={style.icon} style={{ flexShrink: 0 }}>
      {t(`revisions.diff.kinds.${kind}`)}
    </Badge>
  );
}

function ValueCell({ cell, side }: { cell: Cell; side: 'before' | 'after' }) {
  const { t } = useTranslation();
  if (cell.kind === 'none') {
    return (
      <>
        <span aria-hidden="true">—</span>
        <VisuallyHidden>{t('revisions.diff.noValue')}</VisuallyHidden>
      </>
    );
  }
  if (cell.kind === 'empty') {
    return (
      <Text span size="sm" c="dimmed" fs="italic">
        {t('revisions.diff.empty')}
      </Text>
    );
  }
  const content = cell.code ? <Code>{cell.text}</Code> : cell.text;
  const marked = side === 'before' ? <del style={deleted}>{content}</del> : <ins style={inserted}>{content}</ins>;
  if (!cell.long) return marked;
  return (
    <Spoiler maxHeight={72} showLabel={t('revisions.diff.showMore')} hideLabel={t('revisions.diff.showLess')}>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {marked}
      </Text>
    </Spoiler>
  );
}

const ChangeRowView = forwardRef<HTMLTableRowElement, { row: ChangeRow; index?: number }>(function ChangeRowView(
  { row, index },
  ref,
) {
  return (
    <Table.Tr
      ref={ref}
      data-index={index}
      aria-rowindex={index === undefined ? undefined : index + 2}
      data-kind={row.kind}
    >
      <Table.Td
        style={{ borderInlineStart: `4px solid var(--mantine-color-${KIND_STYLE[row.kind].color}-filled)` }}
        w={150}
      >
        <KindBadge kind={row.kind} />
      </Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.message}</Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }} w="22%">
        <ValueCell cell={row.before} side="before" />
      </Table.Td>
      <Table.Td style={{ overflowWrap: 'anywhere' }} w="22%">
        <ValueCell cell={row.after} side="after" />
      </Table.Td>
    </Table.Tr>
  );
});

function Head() {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th scope="col">{t('revisions.diff.columns.kind')}</Table.Th>
        <Table.Th scope="col">{t('revisions.diff.columns.change')}</Table.Th>
        <Table.Th scope="col">{t('revisions.diff.columns.before')}</Table.Th>
        <Table.Th scope="col">{t('revisions.diff.columns.after')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

interface ChangeTableProps {
  rows: readonly ChangeRow[];
  labelledBy: string;
  /** The section's name, for the label of a scrolling box. */
  sectionName: string;
}

/** The changes of one part of the plan, side by side; a long list scrolls and is virtualised. */
export function ChangeTable({ rows, labelledBy, sectionName }: ChangeTableProps) {
  if (rows.length > VIRTUAL_THRESHOLD) {
    return <VirtualChangeTable rows={rows} labelledBy={labelledBy} sectionName={sectionName} />;
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-labelledby={labelledBy} verticalSpacing="xs" layout="fixed">
        <Head />
        <Table.Tbody>
          {rows.map((row, i) => (
            <ChangeRowView key={i} row={row} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function VirtualChangeTable({ rows, labelledBy, sectionName }: ChangeTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 52,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const spacer = (height: number) =>
    height > 0 && (
      <tr aria-hidden="true">
        <td colSpan={4} style={{ height, padding: 0, border: 0 }} />
      </tr>
    );

  return (
    <div
      ref={scrollRef}
      role="region"
      aria-label={t('revisions.diff.scrollRegion', { section: sectionName })}
      // Focusable so that the keyboard can scroll it.
      tabIndex={0}
      style={{ maxHeight: 560, overflow: 'auto', minWidth: 0 }}
    >
      <Table
        aria-labelledby={labelledBy}
        aria-rowcount={rows.length + 1}
        verticalSpacing="xs"
        layout="fixed"
        stickyHeader
        miw={720}
      >
        <Head />
        <Table.Tbody>
          {spacer(top)}
          {items.map((item) => (
            <ChangeRowView key={item.key} ref={virtualizer.measureElement} index={item.index} row={rows[item.index]!} />
          ))}
          {spacer(bottom)}
        </Table.Tbody>
      </Table>
    </div>
  );
}
