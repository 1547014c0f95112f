/** What happens to a completed response: into the outbox and on its way, or (with no endpoint) nowhere. */
import type { ResponsePayload } from '../../instruments/payload.ts';
import { clearDraft } from '../../respond/drafts.ts';
import { enqueue, flush, type Delivery } from '../../respond/outbox.ts';
import type { KeptIn } from './phase.ts';

export async function keepResponse(
  payload: ResponsePayload,
  delivery: Delivery | null,
  draftKey: string,
): Promise<KeptIn> {
  if (!delivery) {
    clearDraft(draftKey);
    return null;
  }
  const kept = await enqueue(payload);
  // The draft goes only once the response is safe on the device; held in memory, the draft may be all that survives the tab.
  if (kept === 'device') clearDraft(draftKey);
  void flush();
  return kept;
}
