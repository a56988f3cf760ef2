/** Social limits, mirrored by hand in firestore.rules / storage.rules (the rules tests use them). */
export const SOCIAL_LIMITS = {
  postMax: 2000,
  commentMax: 1000,
  tagsMax: 5,
  tagMax: 30,
  imagesMax: 4,
  imageMaxBytes: 5 * 1024 * 1024,
  imageContentTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif'],
  /** Longest edge of the resized image the client uploads, and of its preview. */
  imageEdge: 1600,
  previewEdge: 400,
  reportReasonMax: 500,
  feedPageSize: 20,
  /** Followers written per BulkWriter page during fan-out. */
  fanoutPage: 500,
} as const;

export const SEARCH_LIMITS = {
  /** Shortest prefix indexed (and searched). */
  prefixMin: 2,
  /** Prefixes are indexed up to this length; longer words are also indexed whole. */
  prefixMax: 15,
  tokensMax: 300,
  results: 20,
} as const;
