import { LEAKY_TEXTS, SCENARIO_NAMES } from '@migratekit/mocks';
import {
  banner,
  briefLeaksIn,
  operations,
  readableText,
  renderScenario,
  screen,
  setupScreenTests,
  within,
} from '../../test-utils';

setupScreenTests();

describe('VmOperations never shows technical details to operators', () => {
  const TOOL_AND_PATH = /virt-v2v|virtio|libguestfs|qemu-img|nbdkit|\/dev\/|\/var\//i;

  it.each(SCENARIO_NAMES)('%s', async (name) => {
    const { user } = await renderScenario(name, { onTryLiveFailover: jest.fn() });
    const texts = [readableText(document.body)];
    const details = banner() && screen.getByRole('button', { name: 'View Details' });
    if (details) {
      await user.click(details);
      await screen.findByRole('dialog');
      texts.push(readableText(document.body));
      expect(screen.queryByText('Technical Details')).not.toBeInTheDocument();
    }
    for (const text of texts) {
      expect(briefLeaksIn(text)).toEqual([]);
      for (const leaked of [
        LEAKY_TEXTS.errorMessage,
        LEAKY_TEXTS.secondErrorMessage,
        LEAKY_TEXTS.pathStep,
        ...LEAKY_TEXTS.internalSteps,
      ]) {
        expect(text).not.toContain(leaked);
      }
    }
    // Not even hidden: no attribute or off-screen text carries them either.
    const markup = document.body.innerHTML.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
    expect(markup).not.toMatch(TOOL_AND_PATH);
    expect(markup).not.toContain('technical_details');
    expect(markup).not.toContain('failed_step_internal');
  });

  it('leaky-vm: still tells the operator what failed and what to do', async () => {
    await renderScenario('leaky-vm');
    const failedItems = operations().filter((item) => item.textContent?.includes('Failed'));
    expect(failedItems.length).toBeGreaterThan(0);
    for (const item of failedItems) {
      expect(item).toHaveTextContent(/Issue: \S/);
      expect(within(item).getByRole('list', { name: 'What you can do:' })).toBeInTheDocument();
    }
  });
});

describe('VmOperations for admins', () => {
  it('shows a collapsed Technical Details section with the internal step name', async () => {
    const { user } = await renderScenario('pgtest1', { isAdmin: true });
    await user.click(screen.getByRole('button', { name: 'View Details' }));
    const dialog = await screen.findByRole('dialog');
    const toggle = within(dialog).getByRole('button', { name: 'Technical Details' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(dialog).queryByText('virtio-driver-injection')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(await within(dialog).findByText('virtio-driver-injection')).toBeVisible();
    expect(dialog).toHaveTextContent('virt-v2v-in-place');
  });

  it("an operator's page has no Technical Details at all", async () => {
    const { user } = await renderScenario('pgtest1', { isAdmin: false });
    await user.click(screen.getByRole('button', { name: 'View Details' }));
    await screen.findByRole('dialog');
    expect(screen.queryByRole('button', { name: 'Technical Details' })).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('virtio-driver-injection');
  });
});
