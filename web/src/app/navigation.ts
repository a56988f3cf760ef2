export interface NavItem {
  to: string;
  label: string;
  icon: string;
  /** Shown only to users with this role. */
  role?: 'admin' | 'moderator';
}

/** Every capability gets a place in the navigation from day one. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Home', icon: '🏠' },
  { to: '/chat', label: 'Chat', icon: '💬' },
  { to: '/feed', label: 'Feed', icon: '📰' },
  { to: '/search', label: 'Search', icon: '🔎' },
  { to: '/learn', label: 'Learn', icon: '🧪' },
  { to: '/studio', label: 'AI Studio', icon: '✨' },
  { to: '/assistant', label: 'Assistant', icon: '🤖' },
  { to: '/certificates', label: 'Certificates', icon: '🎓' },
  { to: '/moderation', label: 'Moderation', icon: '🚩', role: 'moderator' },
  { to: '/admin', label: 'Admin', icon: '🛡️', role: 'admin' },
];
