import { describe, expect, it, vi } from 'vitest';
import { ViewportReporter } from '../../../../client/core/session/viewport';
import { ManualTimers } from '../../fakes';

function setup() {
  const timers = new ManualTimers();
  const send = vi.fn();
  return { timers, send, reporter: new ViewportReporter(send, timers, 300) };
}

describe('ViewportReporter', () => {
  it('sends the first visible size at once, so the first keyframe is already the right layer', () => {
    const { send, reporter } = setup();
    reporter.report('c1', 0, 0);
    expect(send).not.toHaveBeenCalled();
    reporter.report('c1', 320.2, 180);
    expect(send).toHaveBeenCalledExactlyOnceWith('c1', 320, 180);
  });

  it('then sends only the last size of a burst, after the debounce', () => {
    const { timers, send, reporter } = setup();
    reporter.report('c1', 100, 50);
    send.mockClear();
    reporter.report('c1', 150, 80);
    timers.advance(100);
    reporter.report('c1', 200, 100);
    timers.advance(100);
    reporter.report('c1', 640.4, 359.6);
    timers.advance(299);
    expect(send).not.toHaveBeenCalled();
    timers.advance(1);
    expect(send).toHaveBeenCalledExactlyOnceWith('c1', 640, 360);
  });

  it('does not resend an unchanged size, but does send a change back', () => {
    const { timers, send, reporter } = setup();
    reporter.report('c1', 640, 360);
    timers.advance(300);
    reporter.report('c1', 640, 360);
    timers.advance(300);
    expect(send).toHaveBeenCalledTimes(1);
    reporter.report('c1', 0, 0);
    timers.advance(300);
    reporter.report('c1', 640, 360);
    timers.advance(300);
    expect(send.mock.calls).toEqual([
      ['c1', 640, 360],
      ['c1', 0, 0],
      ['c1', 640, 360],
    ]);
  });

  it('debounces each consumer on its own', () => {
    const { timers, send, reporter } = setup();
    reporter.report('a', 10, 10);
    reporter.report('b', 20, 20);
    timers.advance(300);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('sends nothing for a consumer that was forgotten (closed)', () => {
    const { timers, send, reporter } = setup();
    reporter.report('c1', 100, 100);
    send.mockClear();
    reporter.report('c1', 200, 200);
    reporter.forget('c1');
    timers.advance(1000);
    expect(send).not.toHaveBeenCalled();
    expect(timers.pending).toBe(0);
  });
});
