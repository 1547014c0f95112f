/**
 * What counts as a receipt. A 2xx alone does not: a captive portal, a proxy's error page or a misrouted
 * static host answers 200 without storing anything. Only an answer whose JSON body echoes the response's
 * `responseId` shows that the endpoint read this response (OpenRosa's rule). Pure, so it is tested without
 * a network.
 */
export function confirmsReceipt(body: string, responseId: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return false;
  }
  return (
    typeof parsed === 'object' &&
    parsed !== null &&
    !Array.isArray(parsed) &&
    (parsed as { responseId?: unknown }).responseId === responseId
  );
}
