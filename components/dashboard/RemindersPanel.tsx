import { type FormEvent, useEffect, useId, useState } from 'react';

export type ReminderPermission = 'granted' | 'not-granted' | 'unavailable';

/** The most working days ahead a reminder may come (the settings schema's limit). */
export const MAX_DAYS_BEFORE = 60;

/**
 * Reminders are opt-in: the browser asks the user before the extension may show notifications
 * (the permission is optional), and turning them off gives the permission back.
 */
export function RemindersPanel({
  permission,
  enabledInSettings,
  daysBefore,
  overdueTotal,
  onTurnOn,
  onTurnOff,
  onDaysBeforeChange,
  message,
}: {
  permission: ReminderPermission;
  enabledInSettings: boolean;
  daysBefore: number;
  overdueTotal: number;
  onTurnOn: () => void;
  onTurnOff: () => void;
  onDaysBeforeChange: (days: number) => void;
  /** What the last change did, or why it could not. */
  message?: string;
}) {
  const id = useId();
  const [days, setDays] = useState(String(daysBefore));
  useEffect(() => setDays(String(daysBefore)), [daysBefore]);
  const on = permission === 'granted' && enabledInSettings;
  const when =
    daysBefore === 0
      ? 'on the day each deadline falls due'
      : `${daysBefore} working day${daysBefore === 1 ? '' : 's'} before each deadline`;
  const wanted = Number(days);
  const valid =
    days.trim() !== '' && Number.isInteger(wanted) && wanted >= 0 && wanted <= MAX_DAYS_BEFORE;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) onDaysBeforeChange(wanted);
  };
  return (
    <section className="panel reminders-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Reminders</h2>
      <p data-testid="reminders-state">
        {on
          ? `On: a browser notification ${when} (case reference only, never a name).`
          : permission === 'granted'
            ? 'Notifications are allowed, but reminders are turned off in settings.'
            : `Off. Turn on to get a browser notification ${when}.`}
      </p>
      {permission === 'unavailable' ? (
        <p className="cell-note">This browser does not offer notifications to extensions.</p>
      ) : on ? (
        <button type="button" onClick={onTurnOff}>
          Turn off reminders
        </button>
      ) : (
        <button type="button" onClick={onTurnOn}>
          Turn on reminders
        </button>
      )}
      <form className="export-row" onSubmit={onSubmit}>
        <label htmlFor={`${id}-days`}>Working days before each deadline</label>
        <input
          id={`${id}-days`}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_DAYS_BEFORE}
          step={1}
          value={days}
          aria-invalid={!valid}
          aria-describedby={valid ? undefined : `${id}-days-error`}
          onChange={(e) => setDays(e.target.value)}
          className="days-input"
        />
        <button type="submit" disabled={!valid || wanted === daysBefore}>
          Save
        </button>
        {valid ? null : (
          <span id={`${id}-days-error`} className="field-error">
            A whole number from 0 to {MAX_DAYS_BEFORE}.
          </span>
        )}
      </form>
      <p role="status" className="cell-note" data-testid="reminders-message">
        {message ?? ''}
      </p>
      <p className="cell-note">
        The toolbar icon shows the number of overdue deadlines ({overdueTotal} now).
      </p>
    </section>
  );
}
