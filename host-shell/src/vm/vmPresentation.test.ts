import { VM_CONTEXT_STATUSES } from '@migratekit/oma-api';
import { describePowerState, describeVmFacts, presentVmStatus } from './vmPresentation';

describe('VM presentation', () => {
  it.each([
    ['ready_for_failover', 'Ready for failover'],
    ['replicating', 'Replicating'],
    ['failed_over_test', 'In test failover'],
    ['cleanup_required', 'Cleanup required'],
    ['unknown', 'Status unknown'],
  ] as const)('says %s as "%s"', (status, label) => {
    expect(presentVmStatus(status).label).toBe(label);
  });

  it('has plain words for every status the contract knows', () => {
    for (const status of VM_CONTEXT_STATUSES) {
      const { label } = presentVmStatus(status);
      expect(label).toMatch(/^[A-Z][a-z ]+$/);
      expect(label).not.toContain('_');
    }
  });

  it("describes vCenter's power states in plain words and keeps others as sent", () => {
    expect(describePowerState('poweredOn')).toBe('Powered on');
    expect(describePowerState('poweredOff')).toBe('Powered off');
    expect(describePowerState('standby')).toBe('standby');
  });

  it('joins the OS and power state, leaving out what is missing', () => {
    expect(describeVmFacts({ osType: 'linux', powerState: 'poweredOff' })).toBe(
      'Linux · Powered off',
    );
    expect(describeVmFacts({ osType: null, powerState: 'poweredOn' })).toBe('Powered on');
    expect(describeVmFacts({ osType: null, powerState: null })).toBeNull();
  });

  it('leaves out an OS or power state that names a path or a tool, rather than show it', () => {
    expect(
      describeVmFacts({ osType: '/usr/lib/os-release: ID=rhel', powerState: 'poweredOn' }),
    ).toBe('Powered on');
    expect(describeVmFacts({ osType: 'linux', powerState: 'virsh_state_shutoff' })).toBe('Linux');
    expect(describeVmFacts({ osType: 'FreeBSD', powerState: 'standby' })).toBe('FreeBSD · standby');
  });
});
