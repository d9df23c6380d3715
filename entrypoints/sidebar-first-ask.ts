import { askFirst } from './sidebar/first-ask';

/**
 * Run by sidebar.html as soon as it is loaded (an async classic script: entrypoints/sidebar/
 * index.html): asks the background for the case while the frame's React and rules are still being
 * fetched and run (issue 8: the sidebar's first data within 150 ms). Traced under load, it asked
 * about 95 ms before the modules ran; the modules ask themselves if it has not run by then.
 */
export default defineUnlistedScript(() => {
  askFirst();
});
