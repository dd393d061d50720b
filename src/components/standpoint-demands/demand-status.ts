/**
 * What the demand checklist knows about statuses, with no element: the
 * order, icon and wording of each status, the summary count, the `status`
 * filter and the difference between two versions of a demand list.
 */
import { warnOnce } from '../../feed/errors.js';
import { DEMAND_STATUSES } from '../../feed/demand-statuses.js';
import type { Demand, DemandStatus, KnownDemandStatus } from '../../feed/types.js';
import { interpolate } from '../../i18n/format.js';
import type { DemandsStrings } from '../../i18n/en.js';

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

/**
 * The status's name in the interface language; an unknown status (from a
 * newer feed) is shown as written and named once in the console.
 */
export function demandStatusLabel(status: DemandStatus, strings: DemandsStrings): string {
  const { labelKey } = demandStatusInfo(status);
  if (labelKey) return strings[labelKey];
  warnOnce(`<standpoint-demands> does not know the demand status "${status}"; it is shown as written. A newer version of standpoint-widgets may know it.`);
  return status;
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

/**
 * Reads the `status` attribute, e.g. `"enshrined implemented"` (spaces or
 * commas, any case). `undefined` (show every demand) when it names nothing.
 * A name this version does not know is kept, so a filter can match a status
 * of a newer feed.
 */
/** One to four of `S`, each followed by a space but the last. */
type SpaceSeparated<S extends string> = S | `${S} ${S}` | `${S} ${S} ${S}` | `${S} ${S} ${S} ${S}`;

/**
 * What `<standpoint-demands status>` takes, typed: up to four known
 * statuses, space-separated, or `''` for every demand. (At run time commas
 * work too, and a status a newer feed brings can be named in the attribute.)
 */
export type DemandStatusFilter = '' | SpaceSeparated<KnownDemandStatus>;

export function parseStatusFilter(value: string | null | undefined): ReadonlySet<string> | undefined {
  const names = (value ?? '')
    .split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return names.length ? new Set(names) : undefined;
}

/** A demand with its place (1-based) in the whole list, which stays its number when the list is filtered. */
export interface NumberedDemand<D extends Demand = Demand> {
  readonly demand: D;
  readonly number: number;
  /**
   * Identifies the demand across refreshes: its id, made unique when a
   * feed repeats one, so a changed status updates only its own list item.
   */
  readonly key: string;
}

/** The demands to show: all, or those whose status is in `filter`, each with its number in the whole list. */
export function filterDemands<D extends Demand>(demands: readonly D[], filter?: ReadonlySet<string>): NumberedDemand<D>[] {
  const seen = new Set<string>();
  return demands
    .map((demand, index) => {
      const key = seen.has(demand.id) ? `${demand.id}#${index + 1}` : demand.id;
      seen.add(key);
      return { demand, number: index + 1, key };
    })
    .filter(({ demand }) => !filter || filter.has(demand.status.toLowerCase()));
}

export interface DemandChange {
  readonly id: string;
  /** The demand's number (1-based) in the new list. */
  readonly number: number;
  readonly from: DemandStatus;
  readonly to: DemandStatus;
}

/**
 * Which demands changed status between two versions of a list, matched by
 * id, in the order of the new list. A demand that is new or gone is not a
 * change of status.
 */
export function diffDemandStatuses(
  previous: readonly Pick<Demand, 'id' | 'status'>[],
  next: readonly Pick<Demand, 'id' | 'status'>[],
): DemandChange[] {
  const before = new Map(previous.map((demand) => [demand.id, demand.status]));
  const changes: DemandChange[] = [];
  next.forEach((demand, index) => {
    const from = before.get(demand.id);
    if (from !== undefined && from !== demand.status) changes.push({ id: demand.id, number: index + 1, from, to: demand.status });
  });
  return changes;
}

/** What the live region says: "Demand 3: now Enshrined in an agreement." for each change. */
export function describeDemandChanges(changes: readonly DemandChange[], strings: DemandsStrings): string {
  return changes
    .map((change) => interpolate(strings.demandsChanged, { number: change.number, status: demandStatusLabel(change.to, strings) }))
    .join(' ');
}
