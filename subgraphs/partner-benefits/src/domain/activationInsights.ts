import type { ActivationChannel, Region } from './kinds';
import { recheckWindowStart } from './contractRecheck';

const HOUR_S = 3600;

/** Waiting activations of one region and channel, as the store counts them (PB-4, PB-5/6, PB-9). */
export interface WaitingActivations {
  region: Region;
  channel: ActivationChannel | null;
  waiting: number;
  delayed: number;
  oldestWaitingSeconds: number;
  averageWaitingSeconds: number;
}

/** Hours, one decimal: analysts read waiting times in hours and days, not seconds. */
const hours = (seconds: number) => Math.round((seconds / HOUR_S) * 10) / 10;

/** PB-5/6: past the propagation window a missing contract is late (the tile's PROVISIONING_DELAYED). */
export const delayedIfActivatedBy = recheckWindowStart;

/** What an analyst sees of one group of waiting activations: counts and hours, never an id or a contact. */
export function activationInsight(r: WaitingActivations) {
  return {
    region: r.region,
    channel: r.channel,
    waiting: r.waiting,
    delayed: r.delayed,
    withinPropagationWindow: r.waiting - r.delayed,
    oldestWaitingHours: hours(r.oldestWaitingSeconds),
    averageWaitingHours: hours(r.averageWaitingSeconds),
  };
}
