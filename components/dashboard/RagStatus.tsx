import type { Rag } from '../../lib/present/case-glance';
import { RAG_LABELS } from '../../lib/present/dashboard-labels';

/** RAG as a word, an icon and a colour: any one of them is enough to read it. */
export function RagStatus({ rag, text }: { rag: Rag; text: string }) {
  const { word, icon } = RAG_LABELS[rag];
  return (
    <span className={`rag-pill rag-${rag}`} data-testid="rag" data-rag={rag}>
      <span aria-hidden="true">{icon}</span> <strong>{word}</strong>
      <span className="rag-pill-text">: {text}</span>
    </span>
  );
}
