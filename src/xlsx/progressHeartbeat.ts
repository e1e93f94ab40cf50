/**
 * Progress that keeps moving while one step lasts (issue 13: at least every 250 ms). A step the
 * page cannot see into (the engine in its worker, a slice loop) would leave the bar still for a
 * second or more at 20,000 rows. Between steps the bar creeps toward the next step's mark, never
 * reaching it; the label stays the step's own, so a screen reader hears each step once. The ticks
 * are timers: they only run when the page is free, so a moving bar is a page that is not frozen.
 */
export type OnStep = (label: string, fraction: number) => void;

/** How often the bar moves while a step lasts: with a write step of up to ~150 ms on a busy
 * machine between two ticks, a gap stays under 250 ms. */
export const TICK_MS = 60;
/** The creep covers about 63% of the way to the next mark in this time. */
const CREEP_MS = 1500;

export interface Heartbeat {
  /** Reports a step, then creeps from `fraction` toward `next` until the following step. */
  step(label: string, fraction: number, next: number): void;
  stop(): void;
}

export function progressHeartbeat(onStep: OnStep, now = () => performance.now()): Heartbeat {
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = (): void => {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  };
  return {
    step(label, fraction, next) {
      stop();
      onStep(label, fraction);
      const since = now();
      timer = setInterval(() => {
        const share = 1 - Math.exp(-(now() - since) / CREEP_MS);
        // Rounded to a millionth: still a change after many seconds of creeping.
        onStep(label, Math.round((fraction + (next - fraction) * share) * 1e6) / 1e6);
      }, TICK_MS);
    },
    stop,
  };
}
