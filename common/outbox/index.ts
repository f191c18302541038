/**
 * Changes that cross stores (design.md): one outbox + relay + inbox
 * mechanism shared by every subgraph. See docs/outbox.md.
 */
export { OutboxEventRow, InboxEventRow, OutboxLeaseRow, OUTBOX_ENTITIES, type OutboxStatus } from './entities';
export { createOutboxTables, dropOutboxTables, createOutboxLeaseTable, dropOutboxLeaseTable } from './migration';
export { writeOutboxEvent, type NewOutboxEvent, type EventEnvelope, type EventPayload } from './events';
export { OutboxRelay, RelayCrashed, outboxCounts, backoffMs, isReportableAttempt, type RelayHooks, type RelayTiming, type RelayPass } from './relay';
export { mountEventReceiver, receiveEvent, type EventHandler, type EventHandlers, type EventContext, type ReceiveOutcome } from './receiver';
export { signBody, verifyBody, SIGNATURE_HEADER } from './signature';
