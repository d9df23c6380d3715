import { defineConfig } from 'wxt';

import { HOST_MATCHES } from './lib/hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // No display on CI or headless machines: the demo script drives Chromium itself.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Core Group Lens',
    description:
      'Child protection deadlines, plan gaps and seen-alone checks beside the case system you already use. Data stays on this computer.',
    // alarms: the daily retention purge (entrypoints/background/purge.ts).
    // scripting: the generic reader and teach mode are injected into a case page only when it
    // needs them (entrypoints/background/index.ts), on the case-system hosts alone.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'scripting'],
    // notifications: opt-in deadline reminders, asked for only when the user turns them on.
    optional_permissions: ['notifications'],
    // The toolbar button carries the badge count of overdue items.
    action: { default_title: 'Core Group Lens' },
    host_permissions: HOST_MATCHES,
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: HOST_MATCHES }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'core-group-lens@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // The organisation's policy (docs/managed-configuration.md). Firefox has no policy
          // schema: it hands the policy over unchecked, and lib/settings checks it anyway.
          storage: { managed_schema: 'managed-schema.json' },
        }),
  }),
  vite: () => ({
    // Chromium refuses scripts that are not valid UTF-8 when the minifier emits U+FFFF from Dexie.
    build: {
      // BENCH_UNMINIFIED=1 keeps names for CPU profiles (bench/profile-extraction.ts).
      minify: process.env.BENCH_UNMINIFIED !== '1',
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  }),
});
