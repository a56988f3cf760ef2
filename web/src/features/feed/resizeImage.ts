import { SOCIAL_LIMITS } from '@aether/common/social/limits';

export interface ResizedImage {
  full: Blob;
  preview: Blob;
  width: number;
  height: number;
  /** An object URL of the preview, for the composer's thumbnails. */
  localUrl: string;
}

/** Why a picked file cannot be attached, or null. */
export function imageProblem(file: File): string | null {
  if (!(SOCIAL_LIMITS.imageContentTypes as readonly string[]).includes(file.type)) {
    return `${file.name}: only PNG, JPEG, WebP or GIF images can be attached.`;
  }
  if (file.size > 20 * 1024 * 1024) return `${file.name} is larger than 20 MB.`;
  return null;
}

/** Scales (w, h) so the longest edge is at most `edge`. */
export function fitWithin(width: number, height: number, edge: number): { width: number; height: number } {
  const scale = Math.min(1, edge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

async function draw(bitmap: ImageBitmap, edge: number, quality: number): Promise<Blob> {
  const size = fitWithin(bitmap.width, bitmap.height, edge);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot resize images.');
  ctx.drawImage(bitmap, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('Could not encode the image.'))), 'image/jpeg', quality),
  );
}

/** Resizes in the browser (canvas) to a 1600 px image and a 400 px preview, both JPEG, before upload. */
export async function resizeImage(file: File): Promise<ResizedImage> {
  const bitmap = await createImageBitmap(file);
  try {
    const full = await draw(bitmap, SOCIAL_LIMITS.imageEdge, 0.85);
    const preview = await draw(bitmap, SOCIAL_LIMITS.previewEdge, 0.75);
    if (full.size > SOCIAL_LIMITS.imageMaxBytes) throw new Error(`${file.name} is still too large after resizing.`);
    const size = fitWithin(bitmap.width, bitmap.height, SOCIAL_LIMITS.imageEdge);
    return { full, preview, ...size, localUrl: URL.createObjectURL(preview) };
  } finally {
    bitmap.close();
  }
}
