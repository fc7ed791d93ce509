import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's PasswordInput with two gaps filled: its show/hide button is named in the UI
 * language (Mantine's name is English), and the input points to its description and error
 * (aria-describedby, aria-invalid) like the other Mantine inputs do.
 */
export function PasswordField({ id, ...props }: PasswordInputProps) {
  const { t } = useTranslation();
  const inputId = useId(id);
  const describedBy = [
    props.description ? `${inputId}-description` : null,
    props.error ? `${inputId}-error` : null,
  ].filter(Boolean);

  return (
    <PasswordInput
      {...props}
      id={inputId}
      aria-invalid={props.error ? true : undefined}
      aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
      visibilityToggleButtonProps={{
        'aria-label': t('form.togglePasswordVisibility'),
        ...props.visibilityToggleButtonProps,
      }}
    />
  );
}
