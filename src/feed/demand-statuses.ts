/**
 * The statuses a demand can have, on a module of their own with no import,
 * so that the feed's schema, the demands widget and the authoring tools
 * (which a browser loads as they are, with no valibot) share one list.
 */

/** The steps a demand goes through, in order; `rejected` stands apart. */
export const DEMAND_STATUSES = ['pending', 'voiced', 'negotiating', 'enshrined', 'implemented', 'rejected'] as const;
