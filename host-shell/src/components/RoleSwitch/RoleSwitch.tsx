import { SegmentedControl } from '@mantine/core';
import { useRole } from '../../role/RoleContext';
import { parseRole } from '../../role/role';

const ROLE_OPTIONS = [
  { label: 'Operator', value: 'operator' },
  { label: 'Admin', value: 'admin' },
];

/** Switches the dashboard between the Operator and the Admin view. */
export function RoleSwitch() {
  const { role, setRole } = useRole();
  return (
    <SegmentedControl
      aria-label="Role"
      size="xs"
      data={ROLE_OPTIONS}
      value={role}
      onChange={(value) => {
        const next = parseRole(value);
        if (next) setRole(next);
      }}
    />
  );
}
