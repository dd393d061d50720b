/**
 * JSON Feed attachments as downloads: alternates grouped, the reader's
 * version chosen, and "PDF, 240 KB" labels.
 *
 * JSON Feed 1.1: attachments that share a `title` are alternate versions of
 * one file. JSON Feed gives an attachment no language, so it is read from the
 * attachment itself, first match wins:
 *   1. a language marker at the end of the title: `Full text (uk)`,
 *      `Full text [en]`, `Full text — uk` (and it is dropped from the title, so
 *      `Full text (uk)` and `Full text (en)` are one group);
 *   2. the end of the file name: `standpoint-uk.pdf`, `standpoint_en.pdf`,
 *      `standpoint.uk.pdf`, `report-en-GB.docx`;
 *   3. a path segment: `/uk/standpoint.pdf`, `/en-GB/…`;
 *   4. a `lang`, `language`, `hl` or `locale` query parameter.
 * Only two-letter codes (with an optional region) count, and `ua`, the common
 * mistake for Ukrainian, reads as `uk`. In each group the version in the
 * reader's language is shown, else the one in the language of the text on
 * screen, else the first listed; the others are offered beside it.
 */
import type { Attachment } from '../../feed/types.js';
import { formatNumber } from '../../i18n/format.js';
import { primaryLanguage } from '../../i18n/locale.js';

export interface AttachmentVersion {
  readonly attachment: Attachment;
  /** The inferred language (BCP 47, lower-case primary), or '' when unknown. */
  readonly lang: string;
}

export interface AttachmentGroup {
  /** The shared title without a language marker; '' when the attachment has none. */
  readonly title: string;
  /** The version shown first. */
  readonly chosen: AttachmentVersion;
  /** The other versions, in feed order. */
  readonly alternates: readonly AttachmentVersion[];
}

const CODE = '([a-z]{2}(?:-[a-z]{2}|-[a-z]{4})?)';
// The marker with the whitespace before it. It is matched from the character
// before that whitespace (`(^|\S)`): a pattern that starts with `\s*` would be
// tried again from every space of a long run of them (quadratic time).
const TITLE_MARKER = new RegExp(`(^|\\S)\\s*(?:[([]\\s*${CODE}\\s*[)\\]]|\\s[-–—]\\s*${CODE})\\s*$`, 'i');
const FILE_MARKER = new RegExp(`[-_.]${CODE}$`, 'i');
const SEGMENT = new RegExp(`^${CODE}$`, 'i');

/** `uk-ua` → `uk-UA`, `UA` → `uk`; '' for anything that is not a language tag. */
export function normaliseLanguage(code: string | undefined): string {
  if (!code) return '';
  const [primary, region] = code.split('-');
  const lang = primary.toLowerCase() === 'ua' ? 'uk' : primary.toLowerCase();
  try {
    return Intl.getCanonicalLocales(region ? `${lang}-${region}` : lang)[0] ?? '';
  } catch {
    return '';
  }
}

/** Splits a language marker off an attachment title: `Full text (uk)` → `Full text`, `uk`. */
export function splitTitle(title: string | undefined): { title: string; lang: string } {
  if (!title) return { title: '', lang: '' };
  const match = TITLE_MARKER.exec(title);
  const start = match ? match.index + match[1].length : 0;
  if (!match || start === 0) return { title: title.trim(), lang: '' };
  return { title: title.slice(0, start).trim(), lang: normaliseLanguage(match[2] ?? match[3]) };
}

/** The language of an attachment from its URL (rules 2–4 above); '' when unknown. */
export function languageFromUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  const segments = parsed.pathname.split('/').filter(Boolean).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  const file = segments.pop() ?? '';
  const stem = file.includes('.') ? file.slice(0, file.lastIndexOf('.')) : file;
  const fromFile = FILE_MARKER.exec(stem);
  if (fromFile) return normaliseLanguage(fromFile[1]);
  for (const segment of segments.reverse()) {
    if (SEGMENT.test(segment)) return normaliseLanguage(segment);
  }
  for (const key of ['lang', 'language', 'hl', 'locale']) {
    const value = parsed.searchParams.get(key);
    if (value && SEGMENT.test(value)) return normaliseLanguage(value);
  }
  return '';
}

/**
 * Groups attachments into alternates and chooses each group's version.
 *
 * @param readerLanguage the reader's language
 * @param contentLanguage the language of the text on screen
 */
export function groupAttachments(
  attachments: readonly Attachment[] | undefined,
  readerLanguage: string,
  contentLanguage = '',
): AttachmentGroup[] {
  const groups = new Map<string, AttachmentVersion[]>();
  const order: string[] = [];
  (attachments ?? []).forEach((attachment, index) => {
    const { title, lang: titleLang } = splitTitle(attachment.title);
    // Untitled attachments are each their own file.
    const key = title ? `t:${title}` : `u:${index}`;
    if (!groups.has(key)) {
      groups.set(key, []);
      order.push(key);
    }
    groups.get(key)!.push({ attachment, lang: titleLang || languageFromUrl(attachment.url) });
  });
  return order.map((key) => {
    const versions = groups.get(key)!;
    const find = (lang: string) => (lang ? versions.find((version) => version.lang && primaryLanguage(version.lang) === primaryLanguage(lang)) : undefined);
    const chosen = find(readerLanguage) ?? find(contentLanguage) ?? versions[0];
    return {
      title: key.startsWith('t:') ? key.slice(2) : '',
      chosen,
      alternates: versions.filter((version) => version !== chosen),
    };
  });
}

const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/rtf': 'RTF',
  'application/epub+zip': 'EPUB',
  'application/zip': 'ZIP',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'text/csv': 'CSV',
  'text/plain': 'TXT',
  'text/html': 'HTML',
  'audio/mpeg': 'MP3',
  'audio/ogg': 'OGG',
  'video/mp4': 'MP4',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/** A short, human name of a file format: `application/pdf` → `PDF`; else the URL's extension, else the MIME subtype. */
export function formatName(mimeType: string, url = ''): string {
  const mime = mimeType.toLowerCase().split(';')[0].trim();
  if (FORMATS[mime]) return FORMATS[mime];
  const extension = /\.([a-z0-9]{1,5})$/i.exec(url.split(/[?#]/)[0])?.[1];
  if (extension) return extension.toUpperCase();
  const subtype = mime.split('/')[1] ?? '';
  return subtype && subtype.length <= 8 && /^[a-z0-9]+$/.test(subtype) ? subtype.toUpperCase() : '';
}

/** Unit templates for file sizes, `{size}` being the number: from the widget's strings. */
export interface SizeUnits {
  bytes: string;
  kilobytes: string;
  megabytes: string;
  gigabytes: string;
}

/**
 * A file size for people, in binary steps of 1024, as most systems show
 * downloads: 245760 → "240 KB" / "240 КБ"; one decimal under 10 ("1.5 MB").
 */
export function formatFileSize(bytes: number | undefined, locale: string, units: SizeUnits): string {
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return units.bytes.replace('{size}', formatNumber(locale, bytes));
  const templates = [units.kilobytes, units.megabytes, units.gigabytes];
  const round = (value: number) => (value < 9.95 ? Math.round(value * 10) / 10 : Math.round(value));
  let value = bytes / 1024;
  let step = 0;
  // 1023.7 KB is shown as "1 MB", not "1,024 KB".
  while (round(value) >= 1024 && step < templates.length - 1) {
    value /= 1024;
    step += 1;
  }
  return templates[step].replace('{size}', formatNumber(locale, round(value), { maximumFractionDigits: 1 }));
}

/** "PDF, 240 KB": the format and size of one attachment, either may be missing. */
export function describeAttachment(attachment: Attachment, locale: string, units: SizeUnits): string {
  return [formatName(attachment.mime_type, attachment.url), formatFileSize(attachment.size_in_bytes, locale, units)]
    .filter(Boolean)
    .join(', ');
}

/** The file name of a URL, for an attachment without a title. */
export function fileName(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
    return decodeURIComponent(last) || url;
  } catch {
    return url;
  }
}

/**
 * describeAttachment beside a title that may name the format already: "Full
 * text (PDF)" is followed by "240 KB", not "PDF, 240 KB", so the type is not
 * said twice. A whole word of the title counts ("PDF", not "PDFs").
 */
export function describeAttachmentAfter(title: string, attachment: Attachment, locale: string, units: SizeUnits): string {
  const format = formatName(attachment.mime_type, attachment.url);
  const words = title.toLocaleUpperCase('en').split(/[^\p{L}\p{N}]+/u);
  if (!format || !words.includes(format)) return describeAttachment(attachment, locale, units);
  return formatFileSize(attachment.size_in_bytes, locale, units);
}
