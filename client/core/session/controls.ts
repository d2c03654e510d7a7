// Session controls (hand, talking stick, facilitator actions), chat and reactions: requests to
// the server, plus the short-lived things they show (a toast, a reaction on a tile). The server
// answers controls with ok/error only; the new state arrives for everyone as
// `session:room` / `session:you` / `session:waiting`.
import type { ChatMessage, ClientPayload, MediaSource, Reaction, SessionEventName } from '../../../shared/protocol';
import { describeError, RequestError } from '../errors';
import type { RequestName, Signalling } from '../signalling';
import { turnOnBlock } from './floor';
import type { Prompt, SessionState, ToastAction } from './types';
import type { Timers } from './viewport';

export const TOAST_MS = 6000;
/** A toast with a button (go to a room that asked for help) stays longer: there is something to do. */
export const ACTION_TOAST_MS = 20_000;
export const REACTION_MS = 4000;
/** The most chat messages kept on screen; older ones fall off the top. */
export const MAX_CHAT_MESSAGES = 500;

/** `quiet`: the caller shows a refusal itself (a panel's alert line), so no toast. */
export interface Quiet {
  quiet?: boolean;
}

export interface ControlsDeps {
  signalling: Signalling;
  timers: Timers;
  get(): SessionState;
  patch(partial: Partial<SessionState>): void;
}

/** Server messages are short lowercase phrases: show them as a sentence. */
export function sentence(text: string): string {
  const t = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

export class SessionControls {
  private nextId = 1;
  private toastTimer: unknown = null;
  private readonly reactionTimers = new Map<string, unknown>();

  constructor(private readonly deps: ControlsDeps) {}

  /**
   * Send a session control. Resolves when the server accepted it. On refusal it shows the server's
   * reason as a toast (unless `quiet`: the caller shows it itself) and REJECTS with a RequestError
   * whose message is a sentence for people, so panels can show it next to the control.
   */
  async act<E extends SessionEventName>(event: E, payload: ClientPayload<E>, options: Quiet = {}): Promise<void> {
    await this.request(event, payload, options.quiet ?? false);
  }

  /** Same contract as act(). */
  async sendChat(text: string, to: 'room' | 'facilitators', options: Quiet = {}): Promise<void> {
    await this.request('chat:send', { text, to }, options.quiet ?? false);
  }

  async deleteChat(messageId: string, options: Quiet = {}): Promise<void> {
    await this.request('chat:delete', { messageId }, options.quiet ?? false);
  }

  async react(reaction: Reaction, options: Quiet = {}): Promise<void> {
    await this.request('reaction:send', { reaction }, options.quiet ?? false);
  }

  /** Give the talking stick on (from the your-turn prompt). */
  async passTurn(): Promise<void> {
    this.closePromptFor('mic');
    await this.act('stick:pass', {});
  }

  /** True (and says why) when turning `source` on would be refused now. */
  refuseTurnOn(source: MediaSource): boolean {
    const reason = turnOnBlock(this.deps.get(), source);
    if (reason) this.toast(reason);
    return reason !== null;
  }

  /** The member answered a prompt about `source` (by unmuting, passing...): it can go. */
  closePromptFor(source: MediaSource): void {
    const prompt = this.deps.get().prompt;
    if (prompt && (prompt.kind === 'your_turn' ? source === 'mic' : prompt.source === source)) this.setPrompt(null);
  }

  toast(text: string, action?: ToastAction): void {
    const id = this.nextId++;
    this.deps.patch({ toast: action ? { id, text, action } : { id, text } });
    if (this.toastTimer !== null) this.deps.timers.clearTimeout(this.toastTimer);
    this.toastTimer = this.deps.timers.setTimeout(() => {
      this.toastTimer = null;
      if (this.deps.get().toast?.id === id) this.deps.patch({ toast: null });
    }, action ? ACTION_TOAST_MS : TOAST_MS);
  }

  dismissToast(): void {
    this.deps.patch({ toast: null });
  }

  setPrompt(prompt: Prompt | null): void {
    this.deps.patch({ prompt });
  }

  onChatHistory(messages: ChatMessage[]): void {
    this.deps.patch({ chat: messages.slice(-MAX_CHAT_MESSAGES) });
  }

  onChatMessage(message: ChatMessage): void {
    const chat = this.deps.get().chat;
    if (chat.some((m) => m.messageId === message.messageId)) return;
    this.deps.patch({ chat: [...chat, message].slice(-MAX_CHAT_MESSAGES) });
  }

  onChatDeleted(messageId: string): void {
    const chat = this.deps.get().chat;
    if (chat.some((m) => m.messageId === messageId)) this.deps.patch({ chat: chat.filter((m) => m.messageId !== messageId) });
  }

  onReaction(peerId: string, reaction: Reaction): void {
    const id = this.nextId++;
    this.deps.patch({ reactions: { ...this.deps.get().reactions, [peerId]: { id, reaction } } });
    const previous = this.reactionTimers.get(peerId);
    if (previous !== undefined) this.deps.timers.clearTimeout(previous);
    this.reactionTimers.set(
      peerId,
      this.deps.timers.setTimeout(() => {
        this.reactionTimers.delete(peerId);
        const { [peerId]: shown, ...rest } = this.deps.get().reactions;
        if (shown?.id === id) this.deps.patch({ reactions: rest });
      }, REACTION_MS),
    );
  }

  /** Out of the room (back to waiting, or left): what we saw there goes. */
  clearRoom(): void {
    this.cancelReactions();
    this.deps.patch({ chat: [], reactions: {}, prompt: null });
  }

  dispose(): void {
    this.cancelReactions();
    if (this.toastTimer !== null) this.deps.timers.clearTimeout(this.toastTimer);
    this.toastTimer = null;
  }

  private cancelReactions(): void {
    for (const handle of this.reactionTimers.values()) this.deps.timers.clearTimeout(handle);
    this.reactionTimers.clear();
  }

  private async request<E extends RequestName & (SessionEventName | 'chat:send' | 'chat:delete' | 'reaction:send')>(
    event: E,
    payload: ClientPayload<E>,
    quiet: boolean,
  ): Promise<void> {
    try {
      await this.deps.signalling.request(event, payload);
    } catch (error) {
      const text = sentence(describeError(error));
      if (!quiet) this.toast(text);
      throw new RequestError(event, error instanceof RequestError ? error.code : 'internal', text);
    }
  }
}
