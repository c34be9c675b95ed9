import { Marker } from '../../parse/model';
import { Translate } from '../../i18n';

/** "Phần", "Mục", "Tiểu mục", "Ý": how the messages name the level of a marker. */
export function levelName(marker: Marker, t: Translate): string {
  switch (marker.kind) {
    case 'part':
      return t('level.part');
    case 'section':
      return t('level.section');
    case 'item':
      return t(marker.values.length > 1 ? 'level.subitem' : 'level.item');
    default:
      return t('level.point');
  }
}

export function isHeadingMarker(marker: Marker): boolean {
  return marker.kind === 'part' || marker.kind === 'section' || marker.kind === 'item';
}
