import { TeachFieldPanel } from '../../components/sidebar/TeachFieldPanel';
import { useTeachField } from './use-teach-field';

/** The sidebar's "Teach a field" panel, wired to the background. */
export function TeachField() {
  const teach = useTeachField();
  return (
    <TeachFieldPanel
      state={teach.state}
      onStart={(field) => void teach.start(field)}
      onCancel={teach.cancel}
      onSave={() => void teach.save()}
    />
  );
}
