import { useEffect, useState } from 'react';
import {
  FRAME_SOURCE,
  parseHostToFrame,
  type VisitFormChild,
} from '../../lib/present/sidebar-frame';

/**
 * The visit form on the page the sidebar sits on, as the content script reads it. Only the parent
 * window is listened to, and what it sends is shown only as text: the host page's own scripts
 * could send the same, and could as well change the form itself.
 */
export function useVisitForm(): VisitFormChild[] | undefined {
  const [form, setForm] = useState<VisitFormChild[]>();
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const message = parseHostToFrame(event.data);
      if (message?.type === 'visit-form') setForm(message.children);
    };
    window.addEventListener('message', onMessage);
    window.parent.postMessage({ source: FRAME_SOURCE, type: 'ready' }, '*');
    return () => window.removeEventListener('message', onMessage);
  }, []);
  return form;
}
