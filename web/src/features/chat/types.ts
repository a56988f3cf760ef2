import type { RoomType } from '@aether/common';

export interface Room {
  id: string;
  name: string;
  topic: string;
  type: RoomType;
  memberIds: string[];
  createdBy: string;
  lastMessage: { messageId?: string; authorId: string; text: string } | null;
  lastMessageAt: number | null;
}

export interface ReplyRef {
  messageId: string;
  authorId: string;
  excerpt: string;
}

export interface Message {
  id: string;
  authorId: string;
  text: string;
  /** Null while the server timestamp is pending (written offline or just now). */
  createdAt: number | null;
  editedAt: number | null;
  deleted: boolean;
  reactions: Record<string, string[]>;
  replyTo: ReplyRef | null;
  mentions: string[];
  /** True until the server has acknowledged the write. */
  pending: boolean;
  /** Set by moderation; others never receive flagged or removed messages, the author sees why. */
  moderation: { status: 'approved' | 'flagged' | 'removed'; reason: string | null } | null;
}

export interface MemberState {
  uid: string;
  lastReadAt: number | null;
}
