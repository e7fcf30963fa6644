/** Small word tables and helpers the command-line messages of every language share. */
import { arg } from '../format.js';
import { type Args, type Lang } from '../../diagnostics.js';

export const a = (v: Args[string]) => arg(v);

/** Why the file system refused a path (an errno code), in words; an unknown code is shown as it is. */
const FS_REASONS: Readonly<Record<string, { id: string; en: string }>> = {
  ENOTDIR: { id: 'sebagian path adalah berkas, bukan folder', en: 'part of the path is a file, not a folder' },
  EISDIR: { id: 'itu sebuah folder', en: 'it is a folder' },
  EACCES: { id: 'izin ditolak', en: 'permission denied' },
  EPERM: { id: 'izin ditolak', en: 'permission denied' },
  ENOENT: { id: 'folder tidak ada', en: 'the folder does not exist' },
  EROFS: { id: 'sistem berkas hanya-baca', en: 'read-only file system' },
  ENOSPC: { id: 'disk penuh', en: 'no space left on the disk' },
  EDQUOT: { id: 'kuota disk habis', en: 'disk quota exceeded' },
  ENAMETOOLONG: { id: 'nama terlalu panjang', en: 'the name is too long' },
  ELOOP: { id: 'terlalu banyak tautan simbolik', en: 'too many symbolic links' },
};

export function fsReason(reason: Args[string], lang: Lang): string {
  const code = arg(reason);
  const words = Object.hasOwn(FS_REASONS, code) ? FS_REASONS[code] : undefined;
  return words ? `${words[lang]} (${code})` : code;
}
