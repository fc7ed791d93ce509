import { SimpleGrid, Skeleton, Stack, type MantineSpacing, type SimpleGridProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from './ErrorState';

/** A grey block's height in pixels, or its height and width (a title line, say). */
export type SkeletonBlock = number | { height: number; width: string };

interface PageSkeletonProps {
  /** The blocks, top to bottom, roughly the shape of the page to come. */
  blocks: readonly SkeletonBlock[];
  gap?: MantineSpacing;
  /** Lays the blocks out as a grid of cards (`SimpleGrid` columns) rather than one under another. */
  columns?: SimpleGridProps['cols'];
}

/**
 * What a page shows while its data loads: grey blocks, announced as « Chargement… » (a `status`
 * the tests and screen readers find by that name).
 */
export function PageSkeleton({ blocks, gap = 'md', columns }: PageSkeletonProps) {
  const { t } = useTranslation();
  const skeletons = blocks.map((block, index) =>
    typeof block === 'number' ? (
      <Skeleton key={index} height={block} />
    ) : (
      <Skeleton key={index} height={block.height} width={block.width} />
    ),
  );
  return columns ? (
    <SimpleGrid cols={columns} spacing={gap} role="status" aria-label={t('app.loading')}>
      {skeletons}
    </SimpleGrid>
  ) : (
    <Stack gap={gap} role="status" aria-label={t('app.loading')}>
      {skeletons}
    </Stack>
  );
}

/** A query the page read (TanStack Query's result), as far as a load error is concerned. */
interface ReadQuery {
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface LoadErrorProps {
  title: string;
  /** Everything the page reads: the first failure is shown, and « Réessayer » reads again each that failed. */
  queries: readonly ReadQuery[];
}

/** A page that could not read its data: one message, and one button that retries every failed read. */
export function LoadError({ title, queries }: LoadErrorProps) {
  return (
    <ErrorState
      title={title}
      error={queries.find((query) => query.isError)?.error}
      onRetry={() => {
        for (const query of queries) if (query.isError) void query.refetch();
      }}
    />
  );
}
