// The session's pending prompt (your turn, or a facilitator asking to unmute) as words and
// actions. The member always decides: nothing here turns a microphone on by itself.
import type { Prompt } from '../../core/session/types';
import { SessionPrompt } from './SessionPrompt';

interface Props {
  prompt: Prompt;
  onUnmute: (source: 'mic' | 'camera') => void;
  onPass: () => void;
  onDismiss: () => void;
}

/** What the assertive live region says when a prompt opens. */
export function promptAnnouncement(prompt: Prompt | null): string {
  if (!prompt) return '';
  if (prompt.kind === 'your_turn') return 'It is your turn to speak';
  return prompt.source === 'mic' ? 'The facilitator asks if you would like to unmute' : 'The facilitator asks if you would like to turn your camera on';
}

export function Prompts({ prompt, onUnmute, onPass, onDismiss }: Props) {
  if (prompt.kind === 'your_turn') {
    return (
      <SessionPrompt
        key="your_turn"
        title="Your turn"
        body="It is your turn to speak. Unmute when you are ready, or pass to the next person."
        primary={{ label: 'Unmute', onClick: () => onUnmute('mic') }}
        secondary={{ label: 'Pass', onClick: onPass }}
        onDismiss={onDismiss}
      />
    );
  }
  const mic = prompt.source === 'mic';
  return (
    <SessionPrompt
      key={`ask_${prompt.source}`}
      title={mic ? 'Would you like to unmute?' : 'Would you like to turn your camera on?'}
      body={mic ? 'The facilitator invites you to unmute your microphone. It is your choice.' : 'The facilitator invites you to turn your camera on. It is your choice.'}
      primary={{ label: mic ? 'Unmute' : 'Turn camera on', onClick: () => onUnmute(prompt.source) }}
      secondary={{ label: mic ? 'Stay muted' : 'Keep camera off', onClick: onDismiss }}
      onDismiss={onDismiss}
    />
  );
}
