/**
 * What the repository's scripts put on the pages they drive in Chromium
 * (the benchmark's harness, the consumer tests, the Storybook smoke test)
 * and read back with `page.evaluate`, declared once so that both halves are
 * checked by `npm run typecheck`.
 */
import type axe from 'axe-core';
import type { Package } from 'custom-elements-manifest/schema';

type BenchHarness = typeof import('./bench/pages/harness.js').bench;

declare global {
  interface Window {
    /** scripts/bench/pages/harness.js: the measurements the runner calls over the DevTools protocol. */
    bench: BenchHarness;
    benchReady?: boolean;
    /** A failure while the harness set itself up. */
    benchError?: string;

    /** scripts/consumer/run.mjs: Content-Security-Policy violations, and what the pages count. */
    __violations: string[];
    __xss?: number;
    /** scripts/consumer/apps/react: how often the app rendered, and what its widget reported. */
    __renders: number;
    __loads: number;
    __errors: string[];
    __nodes?: (Element | null | undefined)[];

    /** scripts/storybook-smoke.mjs: stories that finished rendering, with their reporters (axe's among them). */
    __smokeFinished: Record<string, { status: string; reporters: { type: string; result?: { violations: axe.Result[] } }[] }>;
    axe: typeof axe;
    /** Storybook's own: its channel, its preview, and the manifest this project hands it (.storybook/preview.ts). */
    __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, data: unknown): void; on(event: string, listener: (data: { storyId: string; status: string; reporters?: unknown[] }) => void): void };
    __STORYBOOK_PREVIEW__: { storyStoreValue: { loadCSFFileByStoryId(id: string): Promise<{ meta: { component?: unknown } }> } };
    __STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__?: Package;
  }
}
