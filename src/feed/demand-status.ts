/**
 * What a demand's status means, with no element and no wording: the order
 * of the statuses, the icon and tone of each, and how many demands are won
 * on paper. The demand checklist, the list of other materials and the tools
 * share it.
 */
import { DEMAND_STATUSES } from './demand-statuses.js';
import type { Demand, DemandStatus, KnownDemandStatus } from './types.js';
import type { DemandsStrings } from '../i18n/en.js';

/** The icon drawn for a status; `unknown` is the neutral one for a status from a newer feed. */
export type DemandIcon = KnownDemandStatus | 'unknown';

/** How a status is coloured (always beside its icon and word, never alone). */
export type DemandTone = 'neutral' | 'active' | 'progress' | 'achieved' | 'refused';

type StringKey = { [K in keyof DemandsStrings]: DemandsStrings[K] extends string ? K : never }[keyof DemandsStrings];

export interface DemandStatusInfo {
  /** The status as the feed wrote it. */
  readonly status: DemandStatus;
  /** Whether this version of the library knows the status. */
  readonly known: boolean;
  /**
   * Place on the way from `pending` (0) to `implemented` (4); `-1` for
   * `rejected`, which stands apart, and for an unknown status.
   */
  readonly step: number;
  readonly icon: DemandIcon;
  readonly tone: DemandTone;
  /** Interface strings with the status's name and its legend description; absent for an unknown status. */
  readonly labelKey?: StringKey;
  readonly descriptionKey?: StringKey;
}

/** The way a demand goes, in order; `rejected` is not on it. */
export const DEMAND_PROGRESSION = ['pending', 'voiced', 'negotiating', 'enshrined', 'implemented'] as const;

/** From this step on a demand counts as won on paper: `enshrined` and `implemented`. */
const ENSHRINED_STEP = DEMAND_PROGRESSION.indexOf('enshrined');

const TONES: Record<KnownDemandStatus, DemandTone> = {
  pending: 'neutral',
  voiced: 'active',
  negotiating: 'progress',
  enshrined: 'achieved',
  implemented: 'achieved',
  rejected: 'refused',
};

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

const KNOWN = new Map<string, DemandStatusInfo>(
  DEMAND_STATUSES.map((status) => [
    status,
    {
      status,
      known: true,
      step: (DEMAND_PROGRESSION as readonly string[]).indexOf(status),
      icon: status,
      tone: TONES[status],
      labelKey: `demandStatus${capitalize(status)}` as StringKey,
      descriptionKey: `demandStatus${capitalize(status)}Help` as StringKey,
    },
  ]),
);

/** Every known status with its metadata, in the order of the legend: the progression, then `rejected`. */
export const DEMAND_STATUS_INFO: readonly DemandStatusInfo[] = DEMAND_STATUSES.map((status) => KNOWN.get(status)!);

/** Order, icon, tone and wording keys of a status; an unknown one gets the neutral icon and no step. */
export function demandStatusInfo(status: DemandStatus): DemandStatusInfo {
  return KNOWN.get(status) ?? { status, known: false, step: -1, icon: 'unknown', tone: 'neutral' };
}

/** Whether a demand with this status is at least enshrined in an agreement (`enshrined` or `implemented`). */
export const isEnshrined = (status: DemandStatus): boolean => demandStatusInfo(status).step >= ENSHRINED_STEP;

export interface DemandSummary {
  /** Every demand of the standpoint, whatever its status. */
  readonly total: number;
  /**
   * Demands enshrined in an agreement or beyond: status `enshrined` or
   * `implemented`. `rejected` and unknown statuses do not count.
   */
  readonly enshrined: number;
}

/**
 * Counts for the summary line "2 of 6 demands enshrined in an agreement":
 * `enshrined` counts the demands whose status is `enshrined` or
 * `implemented`, `total` every demand (the `status` filter does not change it).
 */
export function summarizeDemands(demands: readonly Pick<Demand, 'status'>[]): DemandSummary {
  return { total: demands.length, enshrined: demands.filter((demand) => isEnshrined(demand.status)).length };
}

