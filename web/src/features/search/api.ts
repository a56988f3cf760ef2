// Data layer for search: one query against the token index (search/{kind}_{id}, kept by functions).
// A hosted engine (Typesense/Algolia) would replace this function only (docs/ARCHITECTURE.md).
import { SEARCH_LIMITS } from '@aether/common/social/limits';
import { matchesAll, queryTerms, type SearchDoc, type SearchKind } from '@aether/common/social/search';
import { collection, getDocs, limit, query, where } from 'firebase/firestore';
import { firestoreDb } from '../../lib/firestore';

export type SearchResult = Omit<SearchDoc, 'tokens'> & { id: string };

export async function searchIndex(q: string, kind: SearchKind | 'all'): Promise<SearchResult[]> {
  const { primary, rest } = queryTerms(q);
  if (!primary) return [];
  const filters = [where('tokens', 'array-contains', primary)];
  if (kind !== 'all') filters.push(where('kind', '==', kind));
  // Over-fetch so the client-side filter on the other terms still fills a page.
  const snap = await getDocs(query(collection(firestoreDb(), 'search'), ...filters, limit(SEARCH_LIMITS.results * 3)));
  return snap.docs
    .map((d) => ({ id: d.id, ...(d.data() as SearchDoc) }))
    .filter((d) => matchesAll(d.tokens ?? [], rest))
    .slice(0, SEARCH_LIMITS.results)
    .map(({ tokens: _tokens, ...rest }) => rest);
}
