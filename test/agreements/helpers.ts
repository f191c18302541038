import type { DemoUserHandle } from '../../common/demo/users';
import type { GraphQLResponse, Stack } from '../harness/stack';
import { ok } from '../harness/operations';

// One copy for every test folder (test/harness/operations.ts); re-exported for this folder's tests.
export { ok };

/** The first error code of a response. */
export function codeOf(res: GraphQLResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

export const INVITE = `mutation($id: ID!, $email: String!) { inviteNoticeContact(input: { agreementId: $id, email: $email }) { email step invitedAt } }`;
export const VALIDATE = `mutation($id: ID!, $name: String!, $email: String!) { validateNoticeContactProfile(input: { agreementId: $id, name: $name, email: $email }) { name step } }`;
export const ACCEPT = `mutation($id: ID!) { acceptNoticeContactTerms(agreementId: $id) { step } }`;
export const ENTER = `mutation($id: ID!, $number: String!) { enterAgreementNumber(input: { agreementId: $id, number: $number }) { step registeredAt } }`;
export const DESIGNATE = `mutation($id: ID!, $email: String!, $name: String!, $rights: [SaServiceKind!]!) {
  designateServicesAdministrator(input: { agreementId: $id, email: $email, name: $name, rights: $rights }) { id email status rights } }`;
export const REGISTER = `mutation($id: ID!) { registerServicesAdministrator(id: $id) { id email status registrationStatus registeredAt } }`;
export const ACTIVATE = `mutation($id: ID!, $service: SaServiceKind!) {
  activateSaService(input: { agreementId: $id, service: $service }) { kind status unit entitledQuantity assignedQuantity remainingQuantity activatedAt } }`;
export const ASSIGN = `mutation($id: ID!, $service: SaServiceKind!, $name: String!, $email: String!, $days: Int!) {
  assignSaVoucherDays(input: { agreementId: $id, service: $service, employeeName: $name, employeeEmail: $email, days: $days }) { id service employeeName days } }`;

/** Runs AGR-3 to the end for nora on one agreement (arrange step of later rules). */
export async function onboardNoticeContact(stack: Stack, agreementId: string, number: string): Promise<void> {
  await ok(stack, INVITE, 'alice', { id: agreementId, email: 'nora@contoso.example' });
  await ok(stack, VALIDATE, 'nora', { id: agreementId, name: 'Nora Notice', email: 'nora@contoso.example' });
  await ok(stack, ACCEPT, 'nora', { id: agreementId });
  await ok(stack, ENTER, 'nora', { id: agreementId, number });
}

/** AGR-9: the designated administrator (sam by default) accepts the invitation of a designation (arrange step of AGR-6). */
export async function registerAdministrator(stack: Stack, designationId: string, as: DemoUserHandle = 'sam'): Promise<void> {
  await ok(stack, REGISTER, as, { id: designationId });
}
