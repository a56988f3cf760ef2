import {
  averageScore,
  certificateId,
  completionBlocker,
  isCourseComplete,
  notificationFields,
  progressPercent,
  type CertificateDoc,
} from '@aether/common';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { HttpsError } from 'firebase-functions/v2/https';
import { enrollmentRef, loadCourse, loadEnrollment, loadLesson } from './data';

export interface CompletionResult {
  completedLessons: string[];
  progress: number;
  courseComplete: boolean;
  certificateId: string | null;
  /** True only for the one call that issued the certificate. */
  certificateIssued: boolean;
}

/**
 * Marks a lesson complete and, when it was the course's last, issues the certificate and its
 * notification — all in one transaction guarded by the certificate's business key
 * (certificates/{uid}_{courseId}) and a processedEvents marker, so processing the same completion
 * twice (a retried call, two tabs, a redelivery) issues exactly one certificate.
 */
export async function applyCompletion(
  db: Firestore,
  uid: string,
  courseId: string,
  lessonId: string,
): Promise<CompletionResult> {
  const certId = certificateId(uid, courseId);
  const certRef = db.doc(`certificates/${certId}`);
  const markerRef = db.doc(`processedEvents/certificate_${certId}`);
  return db.runTransaction(async (tx) => {
    const course = await loadCourse(db, courseId, { tx });
    if (!course.lessonIds.includes(lessonId)) {
      throw new HttpsError('not-found', `No lesson "${lessonId}" in course "${courseId}".`);
    }
    const [lesson, enrollment, profile, cert, marker] = await Promise.all([
      loadLesson(db, courseId, lessonId, tx),
      loadEnrollment(db, uid, courseId, tx),
      tx.get(db.doc(`users/${uid}`)),
      tx.get(certRef),
      tx.get(markerRef),
    ]);
    const blocker = completionBlocker(lesson, enrollment, lessonId);
    if (blocker) throw new HttpsError('failed-precondition', blocker);

    const completed = enrollment.completedLessons.includes(lessonId)
      ? enrollment.completedLessons
      : [...enrollment.completedLessons, lessonId];
    const courseComplete = isCourseComplete(course.lessonIds, completed);
    const progress = progressPercent(
      completed.filter((id) => course.lessonIds.includes(id)).length,
      course.lessonIds.length,
    );
    const issue = courseComplete && !cert.exists && !marker.exists;
    const update: Record<string, unknown> = {
      completedLessons: completed,
      progress,
      lessonCount: course.lessonIds.length,
      lastLessonId: lessonId,
    };
    if (courseComplete && !enrollment.completedAt) update.completedAt = FieldValue.serverTimestamp();
    if (courseComplete) update.certificateId = certId;
    tx.update(enrollmentRef(db, uid, courseId), update);

    if (issue) {
      const certificate: CertificateDoc = {
        uid,
        courseId,
        courseTitle: course.title,
        recipientName: String(profile.get('displayName') ?? 'Learner'),
        score: averageScore(enrollment.scores),
        issuedAt: FieldValue.serverTimestamp(),
        status: 'issued',
      };
      tx.create(certRef, certificate);
      tx.set(db.doc(`notifications/${uid}/items/certificate_issued_${certId}`), {
        ...notificationFields({
          type: 'certificate_issued',
          actorId: null,
          link: `/certificates#${certId}`,
          target: { certificateId: certId, courseId },
          excerpt: course.title,
        }),
        createdAt: FieldValue.serverTimestamp(),
      });
      tx.set(markerRef, { kind: 'certificate', certificateId: certId, at: FieldValue.serverTimestamp() });
    }
    return {
      completedLessons: completed,
      progress,
      courseComplete,
      certificateId: courseComplete ? certId : null,
      certificateIssued: issue,
    };
  });
}
