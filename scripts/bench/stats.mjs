/** Small statistics and formatting helpers for the benchmark's figures. */

export function median(values) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const max = (values) => values.reduce((highest, value) => Math.max(highest, value), -Infinity);

/** "12.3 ms"; one decimal below 100, none above. */
export const ms = (value) => (Number.isFinite(value) ? `${value < 100 ? value.toFixed(1) : Math.round(value)} ms` : '—');

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
