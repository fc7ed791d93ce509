import { Input, Textarea, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwotItemEntity } from '../../../contract/entity-types.js';
import { EntityFormModal } from '../../forms/EntityFormModal';
import { useEntityEditor } from '../../forms/useEntityEditor';
import { textOrNull } from '../../forms/values';
import { requiredError } from '../auth/validation';
import type { Quadrant } from './reorder';
import { WeightControl } from './WeightControl';
import './texts';

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
      description: textOrNull(values.description),
      weight: values.weight,
    }),
    onSaved: onClose,
  });
  const { values, errors, setValue, field } = editor;

  return (
    <EntityFormModal
      editor={editor}
      title={item ? t('swot.editor.editTitle', { title: item.title }) : t(`swot.editor.createTitle.${quadrant}`)}
      onClose={onClose}
      disableSaveWhenGone
    >
      <TextInput label={t('swot.fields.title')} required data-autofocus maxLength={300} {...field('title')} />
      <Textarea
        label={t('swot.fields.description')}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={20_000}
        {...field('description')}
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
    </EntityFormModal>
  );
}
