/**
 * Limits of `POST /events/batch`, shared by the relay that fills a batch and
 * the receiver that refuses one too large. No imports: the config reads them too.
 */

/** Most events one batch may carry (the receiver refuses more with 400). */
export const MAX_EVENTS_PER_BATCH = 200;

/** Largest batch body the receiver reads; larger is refused with 413 before parsing. */
export const MAX_BATCH_BYTES = 512 * 1024;

/**
 * The relay closes a batch before its body passes this, well under the
 * receiver's limit: one event's payload may be up to 4,000 characters.
 */
export const BATCH_BODY_TARGET_BYTES = 256 * 1024;
