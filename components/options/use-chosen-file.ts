import { type FormEvent, useRef, useState } from 'react';

/**
 * A file field's form: hands the chosen file on when the form is submitted, or says "choose a
 * file first" (`missing`) until one is chosen. Used by every import form on the options page.
 */
export function useChosenFile(onChosen: (file: File) => void) {
  const input = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (file) onChosen(file);
  };
  return { input, missing, submit, onChange: () => setMissing(false) };
}
