/**
 * What the demand checklist adds to the statuses (src/feed/demand-status.ts),
 * with no element: the wording of each, the `status` filter and the
 * difference between two versions of a demand list.
 */
import { demandStatusInfo } from '../../feed/demand-status.js';
import { warnOnce } from '../../feed/errors.js';
import type { Demand, DemandStatus, KnownDemandStatus } from '../../feed/types.js';
import { interpolate } from '../../i18n/format.js';
import type { DemandsStrings } from '../../i18n/en.js';

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
