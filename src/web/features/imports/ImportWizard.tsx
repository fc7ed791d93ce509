import { Paper, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiEntity } from '../../../contract/entity-types.js';
import type { ImportMapping, ImportPreview } from '../../../contract/imports.js';
import { invalidatePlanContent } from '../../api/collections';
import { todayLocal } from '../../forms/values';
import classes from './ImportPage.module.css';
import { importFile, isImportProblem } from './importApi';
import { ImportResult, NO_TRANSFER, type Transfer } from './ImportResult';
import { initialDraft, serverDraftErrors, type MappingDraft } from './mappingDraft';
import { MappingStep, type MappingProblem } from './MappingStep';
import { languageOf } from './messages';
import { PreviewStep } from './PreviewStep';
import type { SavedBase } from './SavedMappingsPanel';
import { UploadStep } from './UploadStep';
import './texts';

const STEPS = ['upload', 'preview', 'mapping', 'import'] as const;
type Step = (typeof STEPS)[number];

interface ImportWizardProps {
  workspaceId: string;
  planId: string;
  kpis: readonly KpiEntity[];
}

/**
 * The import, one step at a time: upload → preview → mapping → validation and import. What was
 * chosen survives going back and forth; the file is sent again for the import (the server keeps
 * nothing between the preview and the import).
 */
export function ImportWizard({ workspaceId, planId, kpis }: ImportWizardProps) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.resolvedLanguage);
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>('upload');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [tableId, setTableId] = useState('');
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [savedBase, setSavedBase] = useState<SavedBase | null>(null);
  const [problem, setProblem] = useState<MappingProblem | null>(null);
  const [transfer, setTransfer] = useState<Transfer>(NO_TRANSFER);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const controller = useRef<AbortController | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const run = useMutation({
    mutationFn: (input: { file: File; mapping: ImportMapping; skipInvalid: boolean }) => {
      controller.current = new AbortController();
      return importFile(planId, input.file, input.mapping, {
        language,
        skipInvalid: input.skipInvalid,
        signal: controller.current.signal,
        onUpload: (loaded, total) => setTransfer((current) => ({ ...current, loaded, total })),
        onProgress: ({ bytes, rowsRead }) => setTransfer((current) => ({ ...current, bytes, rowsRead })),
      });
    },
    onSuccess: (outcome) => {
      if (outcome.status === 'done' && outcome.report.inserted + outcome.report.updated > 0) {
        void invalidatePlanContent(queryClient, planId);
      }
    },
    onError: (error, input) => {
      // The mapping does not fit the file (a column it names is not there…): back to the mapping.
      if (isImportProblem(error) && error.status === 400 && !error.report && draft) {
        setProblem({
          error,
          fields: serverDraftErrors(
            error.errors.map((e) => e.path),
            input.mapping,
            draft.filters.map((f) => f.id),
          ),
        });
        setStep('mapping');
      }
    },
  });

  // Leaving the page stops an import under way (nothing is written: it is one transaction).
  useEffect(() => () => controller.current?.abort(), []);

  // Each new step announces itself: focus goes to its heading (not on the first display).
  useEffect(() => {
    if (!moved.current) {
      moved.current = true;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const table = preview?.tables.find((candidate) => candidate.id === tableId) ?? null;

  const startImport = (chosen: ImportMapping, skipInvalid: boolean) => {
    if (!file) return;
    setMapping(chosen);
    setProblem(null);
    setTransfer(NO_TRANSFER);
    setStep('import');
    run.mutate({ file, mapping: chosen, skipInvalid });
  };

  const restart = () => {
    controller.current?.abort();
    run.reset();
    setFile(null);
    setPreview(null);
    setTableId('');
    setDraft(null);
    setProblem(null);
    setMapping(null);
    setStep('upload');
  };

  const stepIndex = STEPS.indexOf(step);
  const titles: Record<Step, string> = {
    upload: t('imports.upload.title'),
    preview: t('imports.preview.title'),
    mapping: t('imports.mapping.title'),
    import: t('imports.result.title'),
  };

  return (
    <Stack gap="md">
      <nav aria-label={t('imports.steps.label')}>
        <ol className={classes.steps}>
          {STEPS.map((s, index) => (
            <li
              key={s}
              className={classes.step}
              data-state={index === stepIndex ? 'current' : index < stepIndex ? 'done' : 'todo'}
              aria-current={index === stepIndex ? 'step' : undefined}
            >
              <span className={classes.stepNumber} aria-hidden>
                {index + 1}
              </span>
              {t(`imports.steps.${s}`)}
            </li>
          ))}
        </ol>
      </nav>

      <Paper withBorder p={{ base: 'md', md: 'lg' }} radius="md">
        <Stack gap="md">
          <Title order={3} fz="lg" ref={heading} tabIndex={-1} className={classes.stepHeading}>
            {t('imports.steps.heading', { number: stepIndex + 1, total: STEPS.length, title: titles[step] })}
          </Title>

          {step === 'upload' && (
            <UploadStep
              planId={planId}
              onPreviewed={(chosen, result) => {
                setFile(chosen);
                setPreview(result);
                setTableId(result.defaultTable ?? result.tables[0]?.id ?? '');
                setDraft(null);
                setProblem(null);
                setStep('preview');
              }}
            />
          )}

          {step === 'preview' && file && preview && (
            <PreviewStep
              file={file}
              preview={preview}
              tableId={tableId}
              onTableChange={setTableId}
              onBack={restart}
              onNext={() => {
                if (!table) return;
                // A draft made for another table does not fit this one: start again from the guesses.
                if (!draft || draft.tableId !== table.id) {
                  setDraft(initialDraft(preview, table, todayLocal()));
                  setProblem(null);
                }
                setStep('mapping');
              }}
            />
          )}

          {step === 'mapping' && preview && table && draft && (
            <MappingStep
              planId={planId}
              preview={preview}
              table={table}
              kpis={kpis}
              draft={draft}
              onChange={setDraft}
              savedBase={savedBase}
              onSavedBaseChange={setSavedBase}
              problem={problem}
              onBack={() => setStep('preview')}
              onSubmit={(chosen) => startImport(chosen, false)}
            />
          )}

          {step === 'import' && file && (
            <ImportResult
              workspaceId={workspaceId}
              planId={planId}
              kpis={kpis}
              fileSize={file.size}
              pending={run.isPending}
              transfer={transfer}
              outcome={run.data}
              error={run.error}
              onSkipInvalid={() => mapping && startImport(mapping, true)}
              onRetry={() => mapping && startImport(mapping, run.variables?.skipInvalid ?? false)}
              onBackToMapping={() => {
                run.reset();
                setStep('mapping');
              }}
              onRestart={restart}
            />
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
