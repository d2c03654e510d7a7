// Renders the facilitator panel with a recording `act`, and presses buttons inside React's act().
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { expect, vi, type Mock } from 'vitest';
import { FacilitatorPanel } from '../../../client/components/facilitator/FacilitatorPanel';
import type { SessionView } from '../../../shared/session';
import { sampleView } from './views';

export type Send = (event: string, payload: object) => Promise<unknown>;

export function setup(view: SessionView = sampleView(), send: Mock<Send> = vi.fn<Send>(() => Promise.resolve({}))) {
  const utils = render(<FacilitatorPanel view={view} selfId="robin" act={send} />);
  const show = (next: SessionView) => utils.rerender(<FacilitatorPanel view={next} selfId="robin" act={send} />);
  return { send, show, ...utils };
}

export async function press(name: string | RegExp, scope: HTMLElement = document.body) {
  await act(async () => {
    fireEvent.click(within(scope).getByRole('button', { name }));
  });
}

export const button = (name: string) => screen.getByRole('button', { name });
export const noButton = (name: string) => expect(screen.queryByRole('button', { name })).toBeNull();
