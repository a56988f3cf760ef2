import type { LinkPreview, PostImage, PostVisibility } from '@aether/common/social/schema';

export interface Post {
  id: string;
  authorId: string;
  text: string;
  tags: string[];
  media: PostImage[];
  link: LinkPreview | null;
  visibility: PostVisibility;
  createdAt: number | null;
  editedAt: number | null;
  likeCount: number;
  commentCount: number;
  hidden: boolean;
  moderationStatus: 'approved' | 'flagged' | 'removed' | null;
  moderationReason: string | null;
}

export interface FeedEntry {
  postId: string;
  authorId: string;
  createdAt: number | null;
}

export interface Comment {
  id: string;
  authorId: string;
  text: string;
  parentId: string | null;
  createdAt: number | null;
  editedAt: number | null;
  hidden: boolean;
  replyCount: number;
  moderationReason: string | null;
}

export interface Recommendations {
  people: { uid: string; displayName: string; reason: string }[];
  rooms: { id: string; name: string; reason: string }[];
  courses: { id: string; title: string; reason: string }[];
  interests: string[];
  updatedAt: number | null;
}

export interface FollowState {
  following: boolean;
  requested: boolean;
}

export type DiscoverMode = 'recent' | 'popular';
