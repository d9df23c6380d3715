/**
 * The notification icon: a 48×48 PNG (a white "!" on the sidebar's dark red), inline because the
 * extension ships no icon files yet and Chrome refuses a basic notification without one.
 * Made with node's zlib; replace with `browser.runtime.getURL('/icon/48.png')` once icons exist.
 */
export const REMINDER_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAe0lEQVR42u3aMQ6AIBAEQH7gB3yxn9bOhhANCcHFuYSW7BQ03JbyMMe+nTNP6ZnZobsxXw3+CpISvomIBqSFrxAAMwGp4W/EiEtbAwAAAAAAAAAAAAAAAAAAADAWEP+tAuANAAAA5ABsaAB+uqlcb9EdXzVYouyRWLe5AIRGN4Ggnu7BAAAAAElFTkSuQmCC';
