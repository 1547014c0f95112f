/**
 * This build's delivery settings for every instrument: its own endpoint, else the site's. Pure; the pages
 * embed the result, so the outbox sends each stored response where the current build says, never where an
 * old build (or anything stored on the device) said.
 */
import type { Instrument } from '../instruments/types.ts';
import type { Deliveries, Delivery } from './outbox.ts';

export function deliveryFor(
  instrument: Pick<Instrument, 'endpoint'>,
  siteEndpoint: string | undefined,
  format: Delivery['format'],
): Delivery | null {
  const endpoint = instrument.endpoint ?? siteEndpoint;
  return endpoint ? { endpoint, format } : null;
}

export function deliveriesFor(
  instruments: readonly Instrument[],
  siteEndpoint: string | undefined,
  format: Delivery['format'],
): Deliveries {
  return Object.fromEntries(
    instruments.flatMap((instrument) => {
      const delivery = deliveryFor(instrument, siteEndpoint, format);
      return delivery ? [[instrument.id, delivery]] : [];
    }),
  );
}
