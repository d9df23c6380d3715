import { type FormEvent, type ReactNode, type RefObject, useId, useRef, useState } from 'react';
import type {
  ActionProgress,
  ActionStatus,
  CaseRecord,
  IsoDate,
  MeetingPerson,
  NonCooperation,
  NonCooperationLevel,
  RiskTrend,
} from '../../lib/domain';
import { formatUkDate } from '../../lib/present/format-date';
import {
  CO_OPERATION_WORDS,
  MEETING_ENTRY_LABELS,
  meetingSectionChange,
  type Parsed,
  PROGRESS_WORDS,
  parsePersonEntry,
  parseSectionDate,
  parseSectionText,
  progressActions,
  progressEntry,
  RISK_WORDS,
} from '../../lib/present/meeting-entry';
import { isListSection } from '../../lib/present/meeting-list-entry';
import type { CorrectionChange } from '../../lib/store/corrections';
import type { MeetingEntrySection } from '../../lib/store/meeting-entries';
import { ListSectionForm } from './MeetingListForms';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * One section's form: checks what was typed before it is sent, and says what is wrong in an
 * alert tied to the field (which gets the focus), never sending a guess. Esc or Cancel closes it.
 */
export function EntryForm({
  heading,
  busy,
  check,
  onSave,
  onCancel,
  firstField,
  error,
  setError,
  errorId,
  children,
}: {
  errorId: string;
  heading: string;
  busy: boolean;
  check(): Parsed<CorrectionChange>;
  onSave(change: CorrectionChange): void;
  onCancel(): void;
  firstField: RefObject<Field | null>;
  error?: string;
  setError(message: string | undefined): void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const parsed = check();
    if (!parsed.ok) {
      setError(parsed.message);
      firstField.current?.focus();
      return;
    }
    setError(undefined);
    onSave(parsed.value);
  };
  return (
    <form
      className="meeting-entry-form"
      aria-label={heading}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
      noValidate
    >
      {children}
      <span className="field-error" role="alert" id={errorId}>
        {error ? (
          <>
            <span aria-hidden="true">✖ </span>
            {error}
          </>
        ) : null}
      </span>
      <span className="button-row">
        <button type="submit" aria-disabled={busy || undefined}>
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </span>
    </form>
  );
}

/** The error's id, for the field it is about (only while there is one). */
export const describedBy = (id: string, error?: string, hint?: string) =>
  [hint, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;

export interface SectionFormProps {
  section: MeetingEntrySection;
  date: IsoDate;
  record: CaseRecord;
  /** The section's value now (read or entered), to start from. */
  value: unknown;
  busy: boolean;
  onSave(change: CorrectionChange): void;
  onCancel(): void;
}

/** The form that fits the section: words, a date, a choice, a person, or a list. */
export function SectionForm(props: SectionFormProps) {
  // Lists have their own editor (rows added and removed); the hooks below are for the rest.
  const { section } = props;
  return isListSection(section) ? (
    <ListSectionForm {...props} section={section} />
  ) : (
    <ScalarSectionForm {...props} />
  );
}

function ScalarSectionForm(props: SectionFormProps) {
  const { section, date, value, busy, onSave, onCancel } = props;
  const id = useId();
  const first = useRef<Field>(null);
  const [error, setError] = useState<string>();
  const heading = `${MEETING_ENTRY_LABELS[section]}, core group on ${formatUkDate(date)}`;
  const common = {
    heading,
    busy,
    onSave,
    onCancel,
    firstField: first,
    error,
    setError,
    errorId: `${id}-error`,
  };
  const invalid = error ? true : undefined;

  const [text, setText] = useState(() => {
    if (section === 'nextMeetingDate') return typeof value === 'string' ? formatUkDate(value) : '';
    if (section === 'nonCooperation') return (value as NonCooperation | undefined)?.notes ?? '';
    return typeof value === 'string' ? value : '';
  });
  const [choice, setChoice] = useState<string>(
    section === 'riskTrend'
      ? ((value as RiskTrend | undefined) ?? '')
      : section === 'nonCooperation'
        ? ((value as NonCooperation | undefined)?.level ?? '')
        : '',
  );
  // Each section's value is only read as its own kind: `value` belongs to `section`.
  const person: MeetingPerson = (section === 'chair' || section === 'viceChair'
    ? (value as MeetingPerson | undefined)
    : undefined) ?? { name: '' };
  const [who, setWho] = useState({
    name: person.name,
    role: person.role ?? '',
    agency: person.agency ?? '',
  });
  const progress =
    section === 'actionProgress'
      ? progressActions(props.record, value as ActionProgress[] | undefined)
      : [];
  const [statuses, setStatuses] = useState(
    progress.map((p) => p.status ?? ('not-recorded' as const)),
  );

  switch (section) {
    case 'childSituation':
    case 'parentsViews':
    case 'childViews':
    case 'parentsAbsenceReason':
      return (
        <EntryForm
          {...common}
          check={() => {
            const parsed = parseSectionText(text);
            return parsed.ok
              ? { ok: true, value: meetingSectionChange(date, section, parsed.value) }
              : parsed;
          }}
        >
          <label htmlFor={`${id}-text`}>{MEETING_ENTRY_LABELS[section]}, as the record says</label>
          <textarea
            id={`${id}-text`}
            ref={first as RefObject<HTMLTextAreaElement>}
            rows={3}
            value={text}
            aria-invalid={invalid}
            aria-describedby={describedBy(id, error)}
            onChange={(e) => setText(e.target.value)}
          />
        </EntryForm>
      );
    case 'nextMeetingDate':
      return (
        <EntryForm
          {...common}
          check={() => {
            const parsed = parseSectionDate(text);
            return parsed.ok
              ? { ok: true, value: meetingSectionChange(date, section, parsed.value) }
              : parsed;
          }}
        >
          <label htmlFor={`${id}-date`}>Date of the next core group</label>
          <span className="hint" id={`${id}-hint`}>
            DD/MM/YYYY
          </span>
          <input
            id={`${id}-date`}
            ref={first as RefObject<HTMLInputElement>}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={text}
            aria-invalid={invalid}
            aria-describedby={describedBy(id, error, `${id}-hint`)}
            onChange={(e) => setText(e.target.value)}
          />
        </EntryForm>
      );
    case 'riskTrend':
    case 'nonCooperation': {
      const words: Record<string, string> =
        section === 'riskTrend' ? RISK_WORDS : CO_OPERATION_WORDS;
      return (
        <EntryForm
          {...common}
          check={() => {
            if (choice === '') return { ok: false, message: 'Choose one of the answers.' };
            return {
              ok: true,
              value:
                section === 'riskTrend'
                  ? meetingSectionChange(date, section, choice as RiskTrend)
                  : meetingSectionChange(date, section, {
                      level: choice as NonCooperationLevel,
                      ...(text.trim() ? { notes: text.trim() } : {}),
                    }),
            };
          }}
        >
          <fieldset className="inline-radios" aria-describedby={describedBy(id, error)}>
            <legend>{MEETING_ENTRY_LABELS[section]}, as the record says</legend>
            {Object.entries(words).map(([key, label], i) => (
              <span key={key}>
                <input
                  type="radio"
                  id={`${id}-${key}`}
                  name={`${id}-choice`}
                  ref={i === 0 ? (first as RefObject<HTMLInputElement>) : undefined}
                  checked={choice === key}
                  onChange={() => setChoice(key)}
                />
                <label htmlFor={`${id}-${key}`}>{label}</label>
              </span>
            ))}
          </fieldset>
          {section === 'nonCooperation' ? (
            <>
              <label htmlFor={`${id}-notes`}>What the record says about it (optional)</label>
              <textarea
                id={`${id}-notes`}
                rows={2}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            </>
          ) : null}
        </EntryForm>
      );
    }
    case 'chair':
    case 'viceChair':
      return (
        <EntryForm
          {...common}
          check={() => {
            const parsed = parsePersonEntry(who);
            return parsed.ok
              ? { ok: true, value: meetingSectionChange(date, section, parsed.value) }
              : parsed;
          }}
        >
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            ref={first as RefObject<HTMLInputElement>}
            type="text"
            autoComplete="off"
            value={who.name}
            aria-invalid={invalid}
            aria-describedby={describedBy(id, error)}
            onChange={(e) => setWho({ ...who, name: e.target.value })}
          />
          <label htmlFor={`${id}-role`}>Role (optional), e.g. practice lead</label>
          <input
            id={`${id}-role`}
            type="text"
            autoComplete="off"
            value={who.role}
            onChange={(e) => setWho({ ...who, role: e.target.value })}
          />
          <label htmlFor={`${id}-agency`}>Agency (optional)</label>
          <input
            id={`${id}-agency`}
            type="text"
            autoComplete="off"
            value={who.agency}
            onChange={(e) => setWho({ ...who, agency: e.target.value })}
          />
        </EntryForm>
      );
    case 'actionProgress':
      return (
        <EntryForm
          {...common}
          check={() => {
            const chosen = new Map(
              progress.map((p, i) => [p.action, statuses[i] ?? 'not-recorded']),
            );
            const parsed = progressEntry(value as ActionProgress[] | undefined, chosen);
            return parsed.ok
              ? { ok: true, value: meetingSectionChange(date, section, parsed.value) }
              : parsed;
          }}
        >
          <fieldset aria-describedby={describedBy(id, error)}>
            <legend>Progress the record gives for each plan action</legend>
            {progress.map((p, i) => (
              <span key={p.action} className="progress-choice">
                <label htmlFor={`${id}-p${i}`}>{p.action}</label>
                <select
                  id={`${id}-p${i}`}
                  ref={i === 0 ? (first as RefObject<HTMLSelectElement>) : undefined}
                  value={statuses[i]}
                  onChange={(e) => {
                    const next = [...statuses];
                    next[i] = e.target.value as ActionStatus | 'not-recorded';
                    setStatuses(next);
                  }}
                >
                  <option value="not-recorded">Not recorded at this meeting</option>
                  {Object.entries(PROGRESS_WORDS).map(([key, label]) => (
                    <option key={key} value={key}>
                      {label}
                    </option>
                  ))}
                </select>
              </span>
            ))}
          </fieldset>
        </EntryForm>
      );
    default:
      return null;
  }
}
