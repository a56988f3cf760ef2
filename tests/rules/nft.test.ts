// Rules for the nft capability: certificates are the owner's to read and nobody's to write from a
// client (status, mint, signature stay server-only); wallet nonces, links and mint leases are closed.
import { collection, deleteDoc, doc, getDoc, getDocs, query, setDoc, updateDoc, where } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { alice, asBanned, asUser, bob, expectAllowed, expectDenied, seed, useRulesEnv } from './helpers';

const certId = `${alice}_physics-101`;
const certificate = {
  uid: alice,
  courseId: 'physics-101',
  courseTitle: 'Projectile Motion',
  recipientName: 'Alice',
  score: 90,
  issuedAt: new Date('2026-12-01T00:00:00Z'),
  status: 'issued',
};

const rules = useRulesEnv(async (env) => {
  await seed(env, async (ctx) => {
    const db = ctx.firestore();
    await setDoc(doc(db, `certificates/${certId}`), certificate);
    await setDoc(doc(db, `certificates/${bob}_physics-101`), { ...certificate, uid: bob, recipientName: 'Bob' });
    await setDoc(doc(db, 'walletNonces/n1'), { uid: alice, nonce: 'abc', usedAt: null });
    await setDoc(doc(db, 'walletLinks/So1anaAddress111111111111111111111111111111'), { uid: alice });
    await setDoc(doc(db, `nftMints/${certId}`), { leaseId: null });
  });
});

describe('certificates', () => {
  it('the owner reads and lists their own certificates', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectAllowed(getDoc(doc(db, `certificates/${certId}`)));
    await expectAllowed(getDocs(query(collection(db, 'certificates'), where('uid', '==', alice))));
  });

  it('others, visitors and banned owners cannot read them', async () => {
    await expectDenied(getDoc(doc(asUser(rules.env, bob).firestore(), `certificates/${certId}`)));
    await expectDenied(getDoc(doc(rules.env.unauthenticatedContext().firestore(), `certificates/${certId}`)));
    await expectDenied(getDoc(doc(asBanned(rules.env, alice).firestore(), `certificates/${certId}`)));
    await expectDenied(getDocs(collection(asUser(rules.env, alice).firestore(), 'certificates')));
  });

  it('the owner cannot set status, mint, signature or anything else', async () => {
    const db = asUser(rules.env, alice).firestore();
    const ref = doc(db, `certificates/${certId}`);
    await expectDenied(updateDoc(ref, { status: 'minted' }));
    await expectDenied(updateDoc(ref, { status: 'minting' }));
    await expectDenied(updateDoc(ref, { mint: 'So1anaMint', signature: 'sig' }));
    await expectDenied(updateDoc(ref, { walletAddress: 'So1anaAddress111111111111111111111111111111' }));
    await expectDenied(setDoc(doc(db, `certificates/${alice}_chem-1`), { ...certificate, courseId: 'chem-1' }));
    await expectDenied(deleteDoc(ref));
  });
});

describe('wallet nonces, links and mint leases', () => {
  it('are closed to their owner', async () => {
    const db = asUser(rules.env, alice).firestore();
    await expectDenied(getDoc(doc(db, 'walletNonces/n1')));
    await expectDenied(updateDoc(doc(db, 'walletNonces/n1'), { usedAt: null }));
    await expectDenied(setDoc(doc(db, 'walletNonces/n2'), { uid: alice, nonce: 'mine' }));
    await expectDenied(getDoc(doc(db, 'walletLinks/So1anaAddress111111111111111111111111111111')));
    await expectDenied(setDoc(doc(db, 'walletLinks/Other1111111111111111111111111111111111111'), { uid: alice }));
    await expectDenied(getDoc(doc(db, `nftMints/${certId}`)));
    await expectDenied(setDoc(doc(db, `nftMints/${certId}`), { leaseId: 'mine' }));
  });

  it('are closed to everyone else', async () => {
    await expectDenied(getDocs(collection(asUser(rules.env, bob).firestore(), 'walletLinks')));
    await expectDenied(getDocs(collection(rules.env.unauthenticatedContext().firestore(), 'walletNonces')));
    await expectDenied(getDocs(collection(asUser(rules.env, bob, { admin: true }).firestore(), 'nftMints')));
  });

  it('the profile wallet address is not client-writable', async () => {
    await seed(rules.env, async (ctx) => {
      await setDoc(doc(ctx.firestore(), `users/${alice}`), { displayName: 'Alice', walletAddress: null });
    });
    const db = asUser(rules.env, alice).firestore();
    await expectDenied(
      updateDoc(doc(db, `users/${alice}`), { walletAddress: 'So1anaAddress111111111111111111111111111111' }),
    );
  });
});
