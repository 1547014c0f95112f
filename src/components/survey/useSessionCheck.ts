import { useEffect, useState } from 'react';
import { sessionsBase } from '../../instruments/endpoint.ts';
import { checkSession, type SessionCheck } from '../../respond/session-status.ts';
import type { Delivery } from '../../respond/outbox.ts';

/**
 * The link's team session as the collector sees it, asked once when the page opens; null when the link
 * names none (or a malformed one, which the link notice reports and which is never sent). Responses go to
 * `delivery`, so that is the collector the session must live on.
 */
export function useSessionCheck(session: string | null, delivery: Delivery | null, instrumentId: string) {
  const base = delivery ? sessionsBase(delivery.endpoint) : null;
  const [check, setCheck] = useState<SessionCheck | null>(() =>
    session === null ? null : base === null ? { state: 'unsupported' } : { state: 'checking' },
  );
  useEffect(() => {
    if (session === null || base === null) return;
    let current = true;
    void checkSession(base, session, instrumentId).then((result) => {
      if (current) setCheck(result);
    });
    return () => {
      current = false;
    };
  }, [session, base, instrumentId]);
  return check;
}
