import { ComingSoonPage } from './ComingSoonPage';

// Routes for capabilities that are still being built, so navigation is complete from day one.
export const FeedPage = () => (
  <ComingSoonPage title="Feed" icon="📰">
    Posts, follows, likes and comments will appear here.
  </ComingSoonPage>
);
export const StudioPage = () => (
  <ComingSoonPage title="AI Studio" icon="✨">
    Generate code, API specs, UI components and CLI tools, streamed live.
  </ComingSoonPage>
);
