import { FieldValue, type Firestore, type Transaction, type WriteBatch } from 'firebase-admin/firestore';

/** auditLog/{id}: every moderator and admin action, written by functions only, read by admins. */
export interface AuditEntry {
  actorId: string;
  /** e.g. 'roles.set', 'user.ban', 'moderation.approve', 'moderation.remove'. */
  action: string;
  target: { type: string; id: string };
  details?: Record<string, unknown>;
}

/** Adds the audit entry to the same transaction or batch as the action it records. */
export function recordAudit(db: Firestore, writer: Transaction | WriteBatch, entry: AuditEntry): void {
  const ref = db.collection('auditLog').doc();
  (writer as WriteBatch).set(ref, { ...entry, details: entry.details ?? {}, createdAt: FieldValue.serverTimestamp() });
}
