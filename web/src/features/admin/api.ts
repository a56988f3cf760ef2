// Data layer for admin actions: callables only, never direct writes to role data.
import type { SetUserRolesInput } from '@aether/common';
import { httpsCallable } from 'firebase/functions';
import { cloudFunctions } from '../../lib/functions';

export async function setUserRoles(
  input: SetUserRolesInput,
): Promise<{ uid: string; claims: Record<string, unknown> }> {
  const call = httpsCallable<SetUserRolesInput, { uid: string; claims: Record<string, unknown> }>(
    cloudFunctions(),
    'admin-setUserRoles',
  );
  return (await call(input)).data;
}
