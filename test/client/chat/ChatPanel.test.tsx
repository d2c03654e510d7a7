// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChatPanel } from '../../../client/components/chat/ChatPanel';
import { clockTime } from '../../../client/components/chat/clockTime';
import { MAX_CHAT_LENGTH, type ChatMessage } from '../../../shared/protocol';

afterEach(cleanup);

const AT = Date.UTC(2025, 10, 20, 18, 5);

function msg(messageId: string, from: string, text: string, over: Partial<ChatMessage> = {}): ChatMessage {
  const name = from.charAt(0).toUpperCase() + from.slice(1);
  return { messageId, from: { peerId: from, displayName: name }, to: 'room', text, sentAt: AT, ...over };
}

const sample = [msg('m1', 'sam', 'Hello everyone'), msg('m2', 'robin', 'Hi Sam'), msg('m3', 'lee', 'Can we talk later?', { to: 'facilitators' })];

function setup(over: Partial<Parameters<typeof ChatPanel>[0]> = {}) {
  const props = {
    messages: sample,
    selfId: 'robin',
    canModerate: false,
    send: vi.fn((_text: string, _to: 'room' | 'facilitators') => Promise.resolve({})),
    remove: vi.fn((_id: string) => Promise.resolve({})),
    ...over,
  };
  const utils = render(<ChatPanel {...props} />);
  return { ...props, ...utils, rerenderWith: (more: Partial<typeof props>) => utils.rerender(<ChatPanel {...props} {...more} />) };
}

const field = () => screen.getByLabelText('Message') as HTMLTextAreaElement;

async function enter(init: Partial<KeyboardEventInit> = {}) {
  await act(async () => {
    fireEvent.keyDown(field(), { key: 'Enter', ...init });
  });
}

describe('ChatPanel messages', () => {
  it('shows sender, local time and private marks in a polite log', () => {
    setup();
    const log = screen.getByRole('log', { name: 'Chat' });
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(log.textContent).toContain('Sam');
    expect(log.textContent).toContain('Hello everyone');
    expect(log.textContent).toContain(clockTime(AT));
    expect(clockTime(AT)).toMatch(/^\d\d:\d\d$/);
    expect(log.textContent).toContain('You');
    const items = log.querySelectorAll('.chat__message');
    expect(items[2]?.textContent).toContain('To facilitators');
    expect(items[0]?.textContent).not.toContain('To facilitators');
  });

  it('renders text as text, never as HTML, and does not turn links into anything', () => {
    const nasty = '<img src=x onerror="alert(1)"><b>bold</b> <a href="https://evil.example">x</a> https://example.com/page';
    const { container } = setup({ messages: [msg('m1', 'sam', nasty)] });
    const log = screen.getByRole('log');
    expect(log.querySelector('img, b, a, iframe')).toBeNull();
    expect(container.querySelector('.chat__text')?.textContent).toBe(nasty);
  });

  it('lets a facilitator delete any message, and others only their own', async () => {
    const { remove } = setup({ canModerate: true });
    expect(screen.getAllByRole('button', { name: /^Delete message from/ })).toHaveLength(3);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete message from Sam' }));
    });
    expect(remove).toHaveBeenCalledWith('m1');
    expect(document.activeElement).toBe(screen.getByRole('log'));
    cleanup();
    setup();
    expect(screen.getAllByRole('button', { name: /^Delete message from/ }).map((b) => b.getAttribute('aria-label'))).toEqual(['Delete message from Robin']);
  });

  it('shows why a delete failed', async () => {
    setup({ canModerate: true, remove: vi.fn().mockRejectedValue(new Error('That message is already gone.')) });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete message from Lee' }));
    });
    expect(screen.getByRole('alert').textContent).toBe('That message is already gone.');
  });
});

describe('ChatPanel composer', () => {
  it('sends on Enter to everyone, and clears the field', async () => {
    const { send } = setup();
    fireEvent.change(field(), { target: { value: 'Thank you all' } });
    await enter();
    expect(send).toHaveBeenCalledWith('Thank you all', 'room');
    expect(field().value).toBe('');
  });

  it('keeps Shift+Enter for a new line and sends nothing empty', async () => {
    const { send } = setup();
    fireEvent.change(field(), { target: { value: 'line one' } });
    await enter({ shiftKey: true });
    fireEvent.change(field(), { target: { value: '   ' } });
    await enter();
    expect(send).not.toHaveBeenCalled();
  });

  it('sends to facilitators only when chosen, with the Send button too', async () => {
    const { send } = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Facilitators only' }));
    fireEvent.change(field(), { target: { value: 'I need a moment' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send to facilitators' }));
    });
    expect(send).toHaveBeenCalledWith('I need a moment', 'facilitators');
    expect((screen.getByRole('radio', { name: 'Everyone' }) as HTMLInputElement).checked).toBe(false);
  });

  it('counts down near the limit and refuses to send over it', async () => {
    const { send } = setup();
    fireEvent.change(field(), { target: { value: 'a'.repeat(MAX_CHAT_LENGTH - 50) } });
    expect(screen.getByText('50 characters left')).toBeTruthy();
    fireEvent.change(field(), { target: { value: 'a'.repeat(MAX_CHAT_LENGTH + 5) } });
    expect(screen.getByText('5 characters too many')).toBeTruthy();
    expect(field().getAttribute('aria-invalid')).toBe('true');
    await enter();
    expect(send).not.toHaveBeenCalled();
  });

  it('keeps the text and says why when sending fails', async () => {
    setup({ send: vi.fn().mockRejectedValue(new Error('Slow down a little: too many messages.')) });
    fireEvent.change(field(), { target: { value: 'hello?' } });
    await enter();
    expect(screen.getByRole('alert').textContent).toBe('Slow down a little: too many messages.');
    expect(field().value).toBe('hello?');
  });
});

describe('ChatPanel scrolling', () => {
  function sized(log: HTMLElement, scrollHeight: number) {
    Object.defineProperty(log, 'scrollHeight', { configurable: true, value: scrollHeight });
    Object.defineProperty(log, 'clientHeight', { configurable: true, value: 200 });
  }

  it('follows new messages at the bottom, and stays put after the reader scrolls up', () => {
    const { rerenderWith } = setup();
    const log = screen.getByRole('log');
    sized(log, 1000);
    rerenderWith({ messages: [...sample, msg('m4', 'sam', 'one more')] });
    expect(log.scrollTop).toBe(1000);

    log.scrollTop = 300;
    fireEvent.scroll(log);
    sized(log, 1200);
    rerenderWith({ messages: [...sample, msg('m4', 'sam', 'one more'), msg('m5', 'lee', 'and another')] });
    expect(log.scrollTop).toBe(300);
    fireEvent.click(screen.getByRole('button', { name: 'Show newest messages' }));
    expect(log.scrollTop).toBe(1200);
    expect(screen.queryByRole('button', { name: 'Show newest messages' })).toBeNull();
  });

  it('always shows one’s own new message', () => {
    const { rerenderWith } = setup();
    const log = screen.getByRole('log');
    sized(log, 1000);
    log.scrollTop = 100;
    fireEvent.scroll(log);
    rerenderWith({ messages: [...sample, msg('m4', 'robin', 'mine')] });
    expect(log.scrollTop).toBe(1000);
    expect(within(log).getByText('mine')).toBeTruthy();
  });
});
