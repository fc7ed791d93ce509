import { Alert, Button, Group, Input, Paper, Stack, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../contract/imports.js';
import { ACCEPT, isAcceptedFileName } from './files';
import { UploadIcon } from '../../ui/icons';
import classes from './ImportPage.module.css';
import { isImportProblem, previewImportFile } from './importApi';
import { formatSize, importErrorMessage, languageOf } from './messages';
import { TransferProgress } from './TransferProgress';
import './texts';

interface UploadStepProps {
  planId: string;
  onPreviewed: (file: File, preview: ImportPreview) => void;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Step 1: a file chosen with the picker or dropped on the zone is sent for a preview at once,
 * with the upload's progress; a file too large, of the wrong kind or unreadable is explained.
 */
export function UploadStep({ planId, onPreviewed }: UploadStepProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [wrongFile, setWrongFile] = useState<string | null>(null);
  const [sent, setSent] = useState<{ loaded: number; total: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const controller = useRef<AbortController | null>(null);

  const preview = useMutation({
    mutationFn: (chosen: File) => {
      controller.current = new AbortController();
      return previewImportFile(planId, chosen, {
        language,
        signal: controller.current.signal,
        onUpload: (loaded, total) => setSent({ loaded, total }),
      });
    },
    onSuccess: (result, chosen) => onPreviewed(chosen, result),
  });

  // Leaving the page stops an upload under way.
  useEffect(() => () => controller.current?.abort(), []);

  const choose = (chosen: File | undefined) => {
    if (!chosen || preview.isPending) return;
    preview.reset();
    setSent(null);
    setWrongFile(null);
    setFile(chosen);
    if (!isAcceptedFileName(chosen.name)) setWrongFile(t('imports.upload.wrongType'));
    else if (chosen.size === 0) setWrongFile(t('imports.upload.emptyFile'));
    else preview.mutate(chosen);
  };

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };
  const onDragLeave = (event: DragEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };

  const uploading = preview.isPending;
  const uploadDone = sent !== null && sent.total > 0 && sent.loaded >= sent.total;
  const error = preview.isError && !isAbort(preview.error) ? preview.error : null;
  // Sending the same file again helps after a network or server failure, not after a refusal.
  const retryable = error !== null && (!isImportProblem(error) || error.status === 0 || error.status >= 500);

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={760}>
        {t('imports.upload.intro')}
      </Text>
      <Paper
        withBorder
        p="xl"
        radius="md"
        className={classes.dropZone}
        data-dragging={dragging || undefined}
        onDragEnter={onDragOver}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <Stack align="center" gap="sm">
          <UploadIcon size={32} />
          <Text fw={600} ta="center">
            {t('imports.upload.dropHere')}
          </Text>
          <Text size="sm" c="dimmed" ta="center">
            {t('imports.upload.orPick')}
          </Text>
          <Input.Wrapper id={inputId} label={t('imports.upload.fileLabel')} description={t('imports.upload.fileHint')}>
            <input
              id={inputId}
              type="file"
              accept={ACCEPT}
              className={classes.fileInput}
              aria-describedby={`${inputId}-description`}
              disabled={uploading}
              onChange={(event) => choose(event.currentTarget.files?.[0])}
            />
          </Input.Wrapper>
        </Stack>
      </Paper>

      {file && (
        <Text size="sm">
          {t('imports.upload.chosen', { name: file.name, size: formatSize(t, file.size, language) })}
        </Text>
      )}

      {uploading && (
        <Stack gap="xs">
          {uploadDone ? (
            <TransferProgress
              label={t('imports.upload.reading')}
              value={null}
              valueText={(percent) => t('imports.progress.percent', { percent })}
              detail={t('imports.upload.readingHint')}
            />
          ) : (
            <TransferProgress
              label={t('imports.upload.sending')}
              value={sent && sent.total > 0 ? (sent.loaded / sent.total) * 100 : null}
              valueText={(percent) => t('imports.progress.percent', { percent })}
              detail={
                sent
                  ? t('imports.progress.sent', {
                      sent: formatSize(t, sent.loaded, language),
                      total: formatSize(t, sent.total, language),
                    })
                  : undefined
              }
            />
          )}
          <Group>
            <Button variant="default" size="xs" onClick={() => controller.current?.abort()}>
              {t('imports.upload.cancel')}
            </Button>
          </Group>
        </Stack>
      )}

      {preview.isError && isAbort(preview.error) && (
        <Alert color="gray" variant="light" role="status">
          {t('imports.errors.cancelled')}
        </Alert>
      )}

      {(wrongFile || error) && (
        <Alert color="red" variant="light" role="alert" title={t('imports.upload.errorTitle')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{wrongFile ?? importErrorMessage(t, error, language)}</Text>
            {retryable && file && (
              <Button
                size="xs"
                variant="white"
                color="red"
                onClick={() => {
                  setSent(null);
                  preview.mutate(file);
                }}
              >
                {t('errors.retry')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
