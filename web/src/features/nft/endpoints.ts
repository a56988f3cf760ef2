import { config } from '../../lib/config';

/**
 * Where the nft-metadata function answers: the emulator's function URL locally, the Hosting rewrite
 * /nft/** in production (same origin, cached by the CDN).
 */
export function metadataEndpoint(): string {
  if (config.useEmulators) {
    const { emulatorHost, emulatorPorts, firebase, functionsRegion } = config;
    return `http://${emulatorHost}:${emulatorPorts.functions}/${firebase.projectId}/${functionsRegion}/nft-metadata`;
  }
  return '/nft';
}
