import { caseLabel, type StoredCase } from './stored-case';

export interface CasePickerProps {
  id: string;
  label: string;
  cases: readonly StoredCase[];
  value: string;
  onChange: (caseId: string) => void;
}

/** A labelled list of the stored cases; the caller says what happens to the one picked. */
export function CasePicker({ id, label, cases, value, onChange }: CasePickerProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {cases.map((c) => (
          <option key={c.caseId} value={c.caseId}>
            {caseLabel(c)}
          </option>
        ))}
      </select>
    </>
  );
}
