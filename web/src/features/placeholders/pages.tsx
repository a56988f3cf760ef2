import { ComingSoonPage } from './ComingSoonPage';

// Routes for capabilities that are still being built, so navigation is complete from day one.
export const LearnPage = () => (
  <ComingSoonPage title="Learn" icon="🧪">
    Interactive 3D physics lessons with quizzes are being prepared.
  </ComingSoonPage>
);
export const CertificatesPage = () => (
  <ComingSoonPage title="Certificates" icon="🎓">
    Finish a course to earn a certificate you can mint as an NFT on Solana.
  </ComingSoonPage>
);
