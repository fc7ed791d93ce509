import { Button, Group, Input, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwotItemEntity } from '../../../contract/entity-types.js';
import { ConflictNotice } from '../../forms/ConflictNotice';
import { FormError } from '../../forms/FormError';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { requiredError } from '../auth/validation';
import type { Quadrant } from './reorder';
import { WeightControl } from './WeightControl';

interface SwotItemEditorProps {
  planId: string;
  /** The item to edit, or null to create one in `quadrant`. */
  item: SwotItemEntity | null;
  quadrant: Quadrant;
  onClose: () => void;
}

interface Values extends Record<string, unknown> {
  title: string;
  description: string;
  weight: number;
}

export const DEFAULT_WEIGHT = 3;

/** Create or edit a SWOT item. Mounted while open. */
export function SwotItemEditor({ planId, item, quadrant, onClose }: SwotItemEditorProps) {
  const { t } = useTranslation();
  const weightLabelId = useId();
  const editor = useEntityEditor({
    planId,
    collection: 'swot-items',
    entity: item,
    initialValues: {
      title: item?.title ?? '',
      description: item?.description ?? '',
      weight: item?.weight ?? DEFAULT_WEIGHT,
    } satisfies Values,
    validate: (values) => ({ title: requiredError(t, values.title) }),
    toBody: (values) => ({
      ...(item ? {} : { quadrant }),
      title: values.title.trim(),
      description: values.description.trim() ? values.description.trim() : null,
      weight: values.weight,
    }),
    onSaved: onClose,
  });
  const { values, errors, setValue } = editor;

  return (
    <Modal
      opened
      onClose={onClose}
      title={item ? t('swot.editor.editTitle', { title: item.title }) : t(`swot.editor.createTitle.${quadrant}`)}
    >
      <form onSubmit={editor.submit} noValidate>
        <Stack gap="md">
          <ConflictNotice
            state={editor.conflict}
            reloading={editor.reloading}
            onReload={() => void editor.reloadLatest()}
          />
          <FormError error={editor.formError} />
          <TextInput
            label={t('swot.fields.title')}
            name="title"
            required
            data-autofocus
            maxLength={300}
            value={values.title}
            error={errors.title}
            onChange={(event) => setValue('title', event.currentTarget.value)}
          />
          <Textarea
            label={t('swot.fields.description')}
            name="description"
            autosize
            minRows={2}
            maxRows={6}
            maxLength={20_000}
            value={values.description}
            error={errors.description}
            onChange={(event) => setValue('description', event.currentTarget.value)}
          />
          <Input.Wrapper
            labelElement="div"
            label={<span id={weightLabelId}>{t('swot.fields.weight')}</span>}
            description={t('swot.weight.hint')}
            error={errors.weight}
          >
            <div style={{ marginTop: 4 }}>
              <WeightControl
                labelledBy={weightLabelId}
                value={values.weight}
                onChange={(weight) => setValue('weight', weight)}
              />
            </div>
          </Input.Wrapper>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={editor.saving} disabled={editor.conflict === 'gone'}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
