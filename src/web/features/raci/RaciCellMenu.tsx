import { Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckIcon } from '../../ui/icons';
import { ROLES, toggledRoles, type Role } from './raciMatrix';
import './texts';

interface RaciCellMenuProps {
  label: string;
  roles: Role[];
  onChange: (roles: Role[]) => void;
  onClose: () => void;
}

/**
 * The roles of one cell, each given or taken back by a menu item (several roles per person are
 * allowed: the same person is often both A and R in a small team). Rendered only in the cell
 * being edited, never one per cell.
 */
export function RaciCellMenu({ label, roles, onChange, onClose }: RaciCellMenuProps) {
  const { t } = useTranslation();
  return (
    <Menu opened onChange={(opened) => !opened && onClose()} position="bottom-start" shadow="md" width={260}>
      <Menu.Target>
        <span aria-hidden style={{ position: 'absolute', inset: 0, pointerEvents: 'none' }} />
      </Menu.Target>
      <Menu.Dropdown aria-label={label}>
        {ROLES.map((role) => {
          const held = roles.includes(role);
          return (
            <Menu.Item
              key={role}
              leftSection={held ? <CheckIcon /> : <span style={{ display: 'inline-block', width: 14 }} />}
              onClick={() => onChange(toggledRoles(roles, role))}
            >
              {t(held ? 'raci.menu.remove' : 'raci.menu.give', { role: t(`raci.roles.${role}`) })}
            </Menu.Item>
          );
        })}
        <Menu.Divider />
        <Menu.Item color="red" disabled={roles.length === 0} onClick={() => onChange([])}>
          {t('raci.menu.clear')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
