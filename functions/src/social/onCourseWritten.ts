import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { db } from '../shared/firebase';
import { syncSearch } from './searchIndex';

// Courses are searchable by title, summary and tags (the learning issue owns the collection).
export const onCourseWritten = onDocumentWritten({ document: 'courses/{courseId}', retry: true }, async (event) => {
  const before = event.data?.before.data();
  const after = event.data?.after.data();
  const same = (k: string) => JSON.stringify(before?.[k]) === JSON.stringify(after?.[k]);
  if (before && after && ['title', 'summary', 'description', 'tags', 'published'].every(same)) return;
  await syncSearch(db(), 'course', event.params.courseId, after);
});
