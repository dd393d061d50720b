/**
 * Reads the plugin's own .po file into entries, for the editor's JSON
 * translations (wp.i18n reads JSON; msgfmt makes the .mo for PHP). It reads
 * the gettext syntax the file uses: msgctxt, msgid, msgid_plural,
 * msgstr / msgstr[n], strings continued on following lines, comments.
 */
const unquote = (text) => JSON.parse(text.replace(/\\(?!["\\nt])/g, '\\\\'));

/** @returns {{ header: Record<string, string>, messages: { context?: string, id: string, plural?: string, strings: string[] }[] }} */
export function readPo(text) {
  const entries = [];
  let entry = {};
  let field;
  const finish = () => {
    if (entry.id !== undefined) entries.push(entry);
    entry = {};
    field = undefined;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      finish();
      continue;
    }
    if (line.startsWith('#')) continue;
    const match = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    if (match) {
      if (match[1] === 'msgctxt' && entry.id !== undefined) finish();
      field = match[1].startsWith('msgstr') ? `msgstr${match[2] ?? 0}` : match[1];
      entry[field] = unquote(match[3]);
      if (field === 'msgid') entry.id = entry.msgid;
    } else if (line.startsWith('"') && field) {
      entry[field] += unquote(line);
      if (field === 'msgid') entry.id = entry.msgid;
    }
  }
  finish();
  const header = {};
  const messages = [];
  for (const item of entries) {
    const strings = Object.keys(item)
      .filter((key) => /^msgstr\d+$/.test(key))
      .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))
      .map((key) => item[key]);
    if (item.id === '') {
      for (const line of strings[0].split('\n')) {
        const at = line.indexOf(':');
        if (at > 0) header[line.slice(0, at).trim()] = line.slice(at + 1).trim();
      }
    } else if (strings.some((string) => string !== '')) {
      messages.push({ context: item.msgctxt, id: item.id, plural: item.msgid_plural, strings });
    }
  }
  return { header, messages };
}
