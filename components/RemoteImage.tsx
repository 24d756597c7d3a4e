import { useState } from 'preact/hooks';
import type { RemoteImages } from '@/utils/settings';
import { useT } from './i18n';

export interface RemoteImageProps {
  /** Already checked with `safeImageUrl`. */
  src: string;
  alt: string;
  mode: RemoteImages;
  className?: string;
}

/** An image we place ourselves (the lead image), under the same "Load remote images" rule as the body. */
export function RemoteImage({ src, alt, mode, className }: RemoteImageProps) {
  const t = useT();
  const local = src.startsWith('data:');
  const [requested, setRequested] = useState(false);
  if (!local && mode === 'never') return null;
  if (!local && mode === 'on-click' && !requested) {
    return (
      <button type="button" class="rs-image-load" onClick={() => setRequested(true)}>
        {alt ? t('imageLoadNamed', alt) : t('imageLoad')}
      </button>
    );
  }
  return <img class={className} src={src} alt={alt} referrerpolicy="no-referrer" decoding="async" />;
}
