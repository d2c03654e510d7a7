// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, noButton, press, setup, type Send } from './harness';
import { sampleView } from './views';

afterEach(cleanup);

describe('FacilitatorPanel: waiting list', () => {
  it('admits one person or everyone waiting', async () => {
    const { send } = setup();
    await press('Admit Jo');
    expect(send).toHaveBeenLastCalledWith('waiting:admit', { peerId: 'jo' });
    await press('Admit all (1)');
    expect(send).toHaveBeenLastCalledWith('waiting:admitAll', {});
  });

  it('declines with an optional short message', async () => {
    const { send } = setup();
    await press('Decline Jo');
    expect(button('Decline Jo').getAttribute('aria-expanded')).toBe('true');
    const form = screen.getByRole('form', { name: 'Decline Jo' });
    const note = within(form).getByLabelText(/Message to Jo/);
    expect(document.activeElement).toBe(note);
    expect(note.getAttribute('maxlength')).toBe('200');
    fireEvent.change(note, { target: { value: '  The group is full today, sorry.  ' } });
    await press('Decline', form);
    expect(send).toHaveBeenLastCalledWith('waiting:decline', { peerId: 'jo', message: 'The group is full today, sorry.' });
    expect(screen.queryByRole('form', { name: 'Decline Jo' })).toBeNull();
    expect(document.activeElement).toBe(button('Decline Jo'));
  });

  it('declines without a message, and cancel sends nothing', async () => {
    const { send } = setup();
    await press('Decline Jo');
    await press('Cancel', screen.getByRole('form', { name: 'Decline Jo' }));
    expect(send).not.toHaveBeenCalled();
    await press('Decline Jo');
    await press('Decline', screen.getByRole('form', { name: 'Decline Jo' }));
    expect(send).toHaveBeenLastCalledWith('waiting:decline', { peerId: 'jo', message: '' });
  });

  it('says that a locked room admits nobody, and does not send', async () => {
    const { send } = setup(sampleView({ settings: { ...sampleView().settings, locked: true } }));
    expect(screen.getByText(/unlock it to let anyone in/)).toBeTruthy();
    expect(button('Admit Jo').getAttribute('aria-disabled')).toBe('true');
    await press('Admit Jo');
    expect(send).not.toHaveBeenCalled();
  });

  it('shows no waiting list when the view has none, and says so when it is empty', () => {
    setup(sampleView({ waiting: [] }));
    expect(screen.getByText('Nobody is waiting.')).toBeTruthy();
    noButton('Admit all (0)');
    cleanup();
    setup(sampleView({ waiting: undefined }));
    expect(screen.queryByRole('heading', { name: /Waiting/ })).toBeNull();
  });
});

describe('FacilitatorPanel: people in the room', () => {
  it('lists everyone with role badges and what a facilitator paused, and offers nothing on oneself', () => {
    const view = sampleView();
    view.participants[2] = { ...view.participants[2]!, mutedBy: { mic: true, camera: true } };
    setup(view);
    const list = screen.getByRole('region', { name: /In the room/ });
    expect(list.textContent).toContain('Robin (you)');
    expect(list.textContent).toContain('Organiser');
    expect(list.textContent).toContain('Co-facilitator');
    expect(list.textContent).toContain('Muted by the facilitator');
    expect(list.textContent).toContain('Video stopped by the facilitator');
    noButton('Actions for Robin');
  });

  it('runs each per-person action with its exact event and payload', async () => {
    const { send } = setup();
    const cases: [string, string, object][] = [
      ['Mute Sam', 'facilitator:mute', { peerId: 'sam' }],
      ['Stop video for Sam', 'facilitator:stopVideo', { peerId: 'sam' }],
      ['Ask Sam to unmute', 'facilitator:askToUnmute', { peerId: 'sam', source: 'mic' }],
      ['Send Sam to the waiting room', 'waiting:sendBack', { peerId: 'sam' }],
      ['Make Sam co-facilitator', 'facilitator:promote', { peerId: 'sam' }],
    ];
    for (const [name, event, payload] of cases) {
      await press('Actions for Sam');
      expect(button('Actions for Sam').getAttribute('aria-expanded')).toBe('true');
      await press(name);
      expect(send).toHaveBeenLastCalledWith(event, payload);
      // The list closes and focus goes back to its button.
      expect(document.activeElement).toBe(button('Actions for Sam'));
      noButton(name);
    }
    await press('Actions for Kim');
    await press('Remove Kim as co-facilitator');
    expect(send).toHaveBeenLastCalledWith('facilitator:demote', { peerId: 'kim' });
  });

  it('offers to lift a stopped video, and no second mute', async () => {
    const view = sampleView();
    view.participants[2] = { ...view.participants[2]!, mutedBy: { mic: true, camera: true } };
    const { send } = setup(view);
    await press('Actions for Sam');
    noButton('Mute Sam');
    noButton('Stop video for Sam');
    await press('Ask Sam to turn video back on');
    expect(send).toHaveBeenLastCalledWith('facilitator:askToUnmute', { peerId: 'sam', source: 'camera' });
  });

  it('removes after a confirm, optionally blocking', async () => {
    const { send } = setup();
    await press('Actions for Sam');
    await press('Remove Sam');
    const dialog = screen.getByRole('dialog', { name: 'Remove Sam?' });
    expect(send).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByLabelText('Block for the rest of this session'));
    await press('Remove', dialog);
    expect(send).toHaveBeenLastCalledWith('room:remove', { peerId: 'sam', block: true });
    expect(screen.queryByRole('dialog')).toBeNull();

    await press('Actions for Lee');
    await press('Remove Lee');
    await press('Remove', screen.getByRole('dialog', { name: 'Remove Lee?' }));
    expect(send).toHaveBeenLastCalledWith('room:remove', { peerId: 'lee', block: false });
  });

  it('hands over the facilitator role after a confirm', async () => {
    const { send } = setup();
    await press('Actions for Sam');
    await press('Hand over facilitator role to Sam');
    const dialog = screen.getByRole('dialog', { name: 'Hand the facilitator role to Sam?' });
    expect(dialog.textContent).toContain('You stay on as co-facilitator.');
    await press('Cancel', dialog);
    expect(send).not.toHaveBeenCalled();
    await press('Actions for Sam');
    await press('Hand over facilitator role to Sam');
    await press('Hand over', screen.getByRole('dialog'));
    expect(send).toHaveBeenLastCalledWith('facilitator:handOver', { peerId: 'sam' });
  });

  it('offers leads (organiser, facilitator, host) no mute, video stop, send back or removal', async () => {
    const view = sampleView({}, 'organiser');
    view.participants.push({ ...view.participants[2]!, peerId: 'fay', displayName: 'Fay', role: 'facilitator' });
    view.participants.push({ ...view.participants[2]!, peerId: 'hal', displayName: 'Hal', role: 'host' });
    setup(view);
    expect(button('Actions for Sam')).toBeTruthy();
    noButton('Actions for Fay');
    noButton('Actions for Hal');
    cleanup();
    // Under the stick a lead can still be given the floor, but not muted.
    setup(sampleView({ settings: { ...sampleView().settings, floor: 'stick' } }));
    await press('Actions for Ana');
    expect(button('Give the floor to Ana')).toBeTruthy();
    for (const name of ['Mute Ana', 'Stop video for Ana', 'Remove Ana', 'Send Ana to the waiting room', 'Ask Ana to unmute']) noButton(name);
  });

  it('a co-facilitator sees no Remove, Lock, waiting-room switch, promote or hand over', async () => {
    setup(sampleView({}, 'co_facilitator'));
    await press('Actions for Sam');
    expect(button('Mute Sam')).toBeTruthy();
    expect(button('Send Sam to the waiting room')).toBeTruthy();
    for (const name of ['Remove Sam', 'Hand over facilitator role to Sam', 'Make Sam co-facilitator', 'Lock the room', 'Waiting room']) noButton(name);
    expect(button('Mute everyone')).toBeTruthy();
    // Kim is a co-facilitator too, not a lead: still mutable, but not demotable by a co-facilitator.
    await press('Actions for Kim');
    expect(button('Mute Kim')).toBeTruthy();
    noButton('Remove Kim as co-facilitator');
  });

  it('renders nothing for a member', () => {
    const { container } = setup(sampleView({ waiting: undefined }, 'member'));
    expect(container.innerHTML).toBe('');
  });
});

describe('FacilitatorPanel: room settings', () => {
  it('mutes everyone after a confirm', async () => {
    const { send } = setup();
    await press('Mute everyone');
    const dialog = screen.getByRole('dialog', { name: 'Mute everyone?' });
    await press('Mute all', dialog);
    expect(send).toHaveBeenLastCalledWith('facilitator:muteAll', {});
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('toggles the lock and the waiting room, showing their state', async () => {
    const { send, show } = setup();
    expect(button('Lock the room').getAttribute('aria-pressed')).toBe('false');
    expect(button('Waiting room').getAttribute('aria-pressed')).toBe('true');
    await press('Lock the room');
    expect(send).toHaveBeenLastCalledWith('room:lock', {});
    await press('Waiting room');
    expect(send).toHaveBeenLastCalledWith('room:setWaitingRoom', { enabled: false });
    show(sampleView({ settings: { ...sampleView().settings, locked: true, waitingRoom: false } }));
    expect(button('Lock the room').getAttribute('aria-pressed')).toBe('true');
    await press('Lock the room');
    expect(send).toHaveBeenLastCalledWith('room:unlock', {});
    await press('Waiting room');
    expect(send).toHaveBeenLastCalledWith('room:setWaitingRoom', { enabled: true });
  });
});

describe('FacilitatorPanel: failures and pace', () => {
  it('shows why the server refused, and clears it on the next action', async () => {
    const send = vi.fn<Send>().mockRejectedValueOnce(new Error('The room is locked.')).mockResolvedValue({});
    setup(sampleView(), send);
    await press('Admit Jo');
    expect(screen.getByRole('alert').textContent).toBe('The room is locked.');
    await press('Admit all (1)');
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('keeps a refused confirm open with the reason inside', async () => {
    const send = vi.fn<Send>().mockRejectedValue(new Error('They already left.'));
    setup(sampleView(), send);
    await press('Actions for Sam');
    await press('Remove Sam');
    await press('Remove', screen.getByRole('dialog'));
    const dialog = screen.getByRole('dialog', { name: 'Remove Sam?' });
    expect(within(dialog).getByRole('alert').textContent).toBe('They already left.');
  });

  it('sends one action at a time', async () => {
    let finish: (v: unknown) => void = () => undefined;
    const send = vi.fn<Send>(() => new Promise((resolve) => (finish = resolve)));
    setup(sampleView({ settings: { ...sampleView().settings, floor: 'stick' }, stick: { speaker: 'sam', displayName: 'Sam', endsAt: 0, awaitingConfirm: true } }), send);
    expect(screen.getByText(/time is up/)).toBeTruthy();
    await press('Next speaker');
    await press('Next speaker');
    expect(send).toHaveBeenCalledTimes(1);
    expect(button('Next speaker').getAttribute('aria-disabled')).toBe('true');
    await act(async () => finish({}));
    await press('Next speaker');
    expect(send).toHaveBeenCalledTimes(2);
  });
});
