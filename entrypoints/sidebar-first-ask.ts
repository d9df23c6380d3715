import { askFirst } from './sidebar/first-ask';

/**
 * Run by sidebar.html before its modules (entrypoints/sidebar/index.html): asks the background
 * for the case while the frame's React and rules are still being fetched and run (issue 8: the
 * sidebar's first data within 150 ms). A classic script, so it runs as soon as it is loaded.
 */
export default defineUnlistedScript(() => {
  askFirst();
});
