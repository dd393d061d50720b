/**
 * Every text of the embed builder, in English and Ukrainian: the page, the
 * messages it builds, the feed report (shared with the command line, which
 * speaks English) and the options of each widget. Translators work here and
 * nowhere else.
 *
 * A value is a text, or a plural set (`one` / `few` / `many` / `other`, as
 * `Intl.PluralRules` names them) chosen by the `count` parameter. `{name}`
 * marks a parameter; `{count}` is written as a number in the language's own
 * style (1 000 in Ukrainian, 1,000 in English). The Ukrainian follows the
 * widgets' own wording (src/i18n/uk.ts): позиція, вимоги, підписанти,
 * стрічка. Names of fields, values and files of the feed stay as they are
 * written in JSON.
 *
 * What the widgets themselves name (demand statuses, share networks) is
 * worded as the widgets word it: taken from the library's own tables
 * (src/i18n), never copied here.
 *
 * It uses no browser or Node API, so the command line can load it too.
 */
import {
  DEFAULT_NETWORKS,
  DEMAND_STATUSES,
  NETWORK_NAMES,
  demandStatusLabel,
  enWidgetStrings,
  formatNumber,
  pluralRules,
  primaryLanguage,
  toUiLocale,
  ukWidgetStrings,
} from '../dist/feed/authoring.js';

/** The languages of the builder's interface, in the order of the switch. */
export const LANGUAGES = /** @type {const} */ (['uk', 'en']);

/** Each language named in itself, for the switch. */
export const LANGUAGE_NAMES = { uk: 'Українська', en: 'English' };

/**
 * The statuses of demands, by the names the demands widget shows.
 *
 * @param {import('../dist/feed/authoring.js').UiStrings} widgetStrings
 */
const statusChoices = (widgetStrings) => Object.fromEntries(DEMAND_STATUSES.map((status) => [status, demandStatusLabel(status, widgetStrings)]));

/**
 * The networks of the share card, named as the card names them; the
 * Fediverse, which is a field rather than a link, with what the reader does.
 *
 * @param {import('../dist/feed/authoring.js').UiStrings} widgetStrings
 * @param {string} fediverse
 */
const networkChoices = (widgetStrings, fediverse) =>
  Object.fromEntries(
    DEFAULT_NETWORKS.map((network) => [network, network === 'email' ? widgetStrings.shareEmail : network === 'fediverse' ? fediverse : NETWORK_NAMES[network]]),
  );

const en = {
  page: {
    title: 'Embed builder · standpoint-widgets',
    heading: 'Embed builder',
    intro:
      'Check your standpoint feed, choose the widgets, see them live, and copy the code to paste into your site. Nothing you enter leaves this page and nothing is stored: the only request it makes is for a feed address you load.',
    skipLink: 'Skip to the code',
    language: 'Language of the builder:',
  },
  feed: {
    heading: 'Your feed',
    urlLabel: 'Address of the feed',
    urlHint: 'The widgets read it from there, so its server must allow other sites to read it (CORS).',
    load: 'Load and check',
    fileLabel: 'Or a feed file from your computer',
    fileHint: 'You can also drop the file anywhere on this box.',
    chooseFile: 'Choose a file…',
    textLabel: 'Feed text',
    textHint: 'Or paste it here. It is checked as you type; edit it here to try a fix, then save the change in your own file.',
  },
  load: {
    invalidUrl: 'Write the full address of the feed, starting with https://.',
    loading: 'Loading…',
    httpError: 'The server answered HTTP {status}: the widgets cannot load the feed from this address either.',
    loaded: { one: 'Loaded {count} character from {url}.', other: 'Loaded {count} characters from {url}.' },
    loadedNoCors:
      'Loaded from {url}, but the server sends no Access-Control-Allow-Origin header: widgets on other sites cannot read it.',
    failed:
      'The feed could not be loaded: the address is unreachable, or its server does not let other sites read it (CORS: it must send Access-Control-Allow-Origin). Widgets on other sites would fail the same way. To check the file anyway, save it and choose it with “Choose a file…” above.',
    fileTooBig: '{name} is {size}; the widgets refuse feeds over {max}.',
    fileRead: 'Read {name}.',
  },
  check: {
    heading: 'Check',
    problems: 'Problems in the feed',
    empty: 'Paste a feed, choose a file or load an address to check it.',
    mustFix: 'Must fix',
    warning: 'Warning',
    wholeFeed: '(the whole feed)',
    goTo: 'Line {line}, column {column}',
  },
  options: {
    heading: 'Widgets and options',
    widgets: 'Widgets',
    common: 'For every widget',
    srcLabel: 'Where the feed will be on your site',
    srcHint: 'An address, or a path such as /standpoint/feed.json on the site that shows the widgets.',
    itemLabel: 'Which standpoint of the feed',
    firstItem: 'The first item',
    firstItemId: 'The first item ({id})',
    langLabel: 'Language of the widgets',
    langHint:
      'Of their buttons and labels, and of the text where the feed has a translation. The builder’s own language is chosen at the top of this page.',
    langUk: 'Ukrainian',
    langEn: 'English',
    langPage: 'The language of the page (its lang attribute; here, the builder’s)',
    themeLabel: 'Theme',
    themeNone: 'None: take the page’s font and colours',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeAuto: 'Follow the reader’s system',
    refreshLabel: 'Re-read the feed every … seconds',
    refreshHint:
      '0 reads it once. Never more often than every 30 seconds; docs/hosting-the-feed.md shows what a refresh costs your server.',
    scriptLabel: 'Include the script tag (leave it out if the page already has it)',
  },
  preview: {
    heading: 'Preview',
    noWidget: 'Choose at least one widget.',
    noFeed: 'Bring a feed (step 1) to see the widgets here.',
    fallback: 'Without a usable feed, readers see each widget’s fallback, as here.',
  },
  code: {
    heading: 'Your code',
    label: 'Paste this where the standpoint should appear',
    copy: 'Copy the code',
    copied: 'Copied. Paste it into a “Custom HTML” block (WordPress), an “HTML” block (Tilda) or your page’s HTML.',
    copyRefused: 'Your browser did not allow copying: the code is selected, press Ctrl+C (⌘C on a Mac).',
    note:
      'The script is pinned to this version, with its {integrity} hash, so the browser refuses a changed file. Whatever is inside an element is what readers see before the script runs, when scripts are blocked, or when the feed cannot be loaded. Guides: {embedding}, {hosting}, {theming}.',
    embedding: 'WordPress, Tilda and plain HTML',
    hosting: 'hosting the feed',
    theming: 'theming',
  },
  editor: {
    heading: 'Edit the feed',
    intro: 'Every change is checked at once and shown in the preview. Nothing is saved on this page: download the feed, or copy it, and upload it where the widgets read it.',
    openHint: 'Keep your standpoint current without touching JSON: edit this feed in a form, or start a new one, then download it.',
    open: 'Edit this feed',
    new: 'Start a new feed',
    opened: 'The feed is open in the editor below.',
    started: 'A new feed from the starter is open in the editor below: replace every “(replace)” and example.org address.',
    nothingToOpen: 'Bring a feed first (an address, a file or pasted text), or start a new one.',
    cannotOpen: 'The editor can open this text once it is a feed with at least one item: fix the problems listed under “Check”, or start a new feed.',
    toolbar: 'Editor',
    undo: 'Undo',
    redo: 'Redo',
    undone: 'Undone.',
    redone: 'Redone.',
    download: 'Download feed.json',
    copy: 'Copy the feed',
    downloaded: 'Downloaded as feed.json. Upload it where the widgets read the feed.',
    copied: 'The feed is copied: paste it into your feed.json.',
    copyRefused: 'Your browser did not allow copying: the same text is in “Feed text” above, to select and copy.',
    unsaved: 'Edits not downloaded yet: the page will ask before you leave it.',
    saved: 'No edits since the feed was opened or downloaded.',
    item: 'Which standpoint of the feed to edit',
    in: { uk: 'in Ukrainian', en: 'in English' },
    statement: {
      heading: 'The statement',
      title: 'Title',
      summary: 'Summary',
      content_text: 'Text',
    },
    demands: {
      heading: 'Demands',
      none: 'This standpoint has no demands.',
      legend: 'Demand {number}',
      text: 'Demand',
      status: 'Status',
      updated: 'Status dated {date}; a new status is dated today.',
      notDated: 'Not dated yet; a new status is dated today.',
      note: 'Note on the status',
      url: 'Link to the evidence',
      urlHint: 'Where readers can check the status: a signed document, a news report.',
    },
    count: {
      heading: 'Signatory count',
      count: 'Signatories in all',
      countHint: 'A new count is dated today and added to the growth chart.',
      goal: 'Goal',
      goalHint: 'Leave it empty for no goal.',
    },
    signatories: {
      heading: 'Signatories',
      addLegend: 'Add a signatory',
      name: 'Name',
      url: 'Address (optional)',
      urlHint: 'Their site, or an e-mail address as mailto:name@example.org.',
      kind: 'Kind',
      kinds: { none: 'Not said', organization: 'Organisation', person: 'Person' },
      verified: 'Verified',
      add: 'Add',
      nameFirst: 'Write the name of the signatory first.',
      added: '{name} is added at the end of the list.',
      updatedExisting: '{name} was already on the list: it is updated.',
      removed: '{name} is removed from the list. The count stays as it was: change it above if it should fall.',
      find: 'Find a signatory by name',
      // One form for every count; a plural set like the Ukrainian one's.
      range: { one: 'Signatories {from}–{to} of {count}', other: 'Signatories {from}–{to} of {count}' },
      noMatch: 'No signatory has this in their name.',
      empty: 'No signatories are listed yet.',
      pages: 'Pages of the list',
      previous: 'Previous page',
      next: 'Next page',
      numbered: '(signatory {number})',
      nameOf: 'Name of signatory {number}',
      urlOf: 'Address of signatory {number}',
      kindOf: 'Kind of signatory {number}',
      remove: 'Remove',
      removeOf: 'Remove signatory {number}, {name}',
    },
    import: {
      label: 'Import the list from a spreadsheet (CSV)',
      hint: 'Columns name, url, kind and verified, in any order, headed in English or Ukrainian. You can also drop the file on the editor. Names already on the list are updated, new ones added.',
      choose: 'Choose a CSV file…',
      summary: '{name}: added {added}, changed {changed}, unchanged {unchanged}.',
      count: 'The count rose from {before} to {after}.',
      ignored: 'Columns not read: {columns}.',
      leftOut: { one: '{count} row was left out:', other: '{count} rows were left out:' },
      undo: 'Imported as one change: Undo takes it back.',
      nothing: 'Nothing changed in the list.',
      tooBig: 'This file is too large to be a list of signatories.',
      noParser: 'The CSV reader did not load: reload the page and try again.',
      noNameColumn: '{name} has no column of names: head one column “name” (or “назва”).',
      problems: {
        'no-name': 'Line {line}: no name. Fill in the “{column}” cell, or delete the row.',
        'bad-url': 'Line {line}: “{value}” is not a web (http, https) or e-mail (mailto) address. Correct it or empty the cell.',
        'bad-kind': 'Line {line}: the kind “{value}” is not known. Write organization or person (організація or особа), or leave it empty.',
        'bad-verified': 'Line {line}: “{value}” in “{column}” is not yes or no. Write yes/no, true/false, 1/0 or так/ні, or leave it empty.',
        'duplicate-name': 'Line {line}: “{value}” is already on line {firstLine}. Keep one of the two rows.',
        'bad-quotes': 'Line {line}: a quotation mark is not closed, so the row cannot be read. Check the quotes in this row, or export the file again.',
      },
    },
    campaign: {
      heading: 'Joining, sharing, closing',
      joinUrl: 'Where to join the standpoint',
      joinUrlHint: 'A form on your site (https://…) or an e-mail address (mailto:…). The counter shows it as a button; empty, there is none.',
      joinText: 'Words of the join button',
      shareText: 'Text shared with the standpoint',
      closed: 'The campaign is closed',
      closedHint: 'The widgets say so instead of inviting signatures, and show no join link.',
    },
  },
  units: {
    bytes: { one: '{count} byte', other: '{count} bytes' },
  },
  report: {
    summary: {
      fatal: 'The widgets cannot show this feed: {problems} to fix first.',
      fatalAndWarnings: 'The widgets cannot show this feed: {problems} to fix first, and {warnings}.',
      warnings: 'The widgets can show this feed, but {parts} left out or kept as written: {warnings}.',
      ok: 'No problems: the widgets can show every part of this feed.',
      ready: 'The widgets can show every part of this feed. Before you publish, look at {reminders}.',
      remindersToo: 'Before you publish, also look at {reminders}.',
      reminders: { one: '{count} reminder', other: '{count} reminders' },
      problems: { one: '{count} problem', other: '{count} problems' },
      warningCount: { one: '{count} warning', other: '{count} warnings' },
      parts: { one: '{count} part is', other: '{count} parts are' },
    },
    syntax: {
      unclosedString: 'a string is not closed: a closing " is missing',
      controlCharacter: 'a line break or control character inside a string: write it as \\n',
      badEscape: 'a string has an invalid escape (\\ followed by a character JSON does not know)',
      trailingText: 'more text after the end of the feed',
      missingColon: 'a colon (:) is missing after a key',
      missingCommaList: 'a comma is missing, or a ] to close the list',
      missingCommaObject: 'a comma is missing, or a } to close the object',
      trailingComma: 'a comma before {bracket} (JSON allows no comma after the last entry)',
      missingKey: 'a key in double quotes is missing',
      singleQuotes: 'single quotes: JSON needs double quotes (") around texts and keys',
      valueExpected: 'a value is expected here: a text in double quotes, a number, true, false, null, an object or a list',
      empty: 'the feed is empty',
      endsEarly: {
        one: 'the feed ends too early: {count} bracket is not closed',
        other: 'the feed ends too early: {count} brackets are not closed',
      },
      at: 'The feed is not valid JSON. Line {line}, column {column}: {message}.',
    },
    effect: {
      fatal: 'The widgets cannot show this feed: they show their fallback content instead.',
      leftOut: '{what} is not shown until this is fixed; the rest of the feed is.',
      keptAsWritten: 'The value is kept as written.',
      ignored: 'This value is ignored; the rest of the feed is shown.',
      stillRead: 'The widgets still read it this time; fix it before they stop.',
      shownAsWritten: 'Readers see this part as it is now.',
    },
  },
  widgets: {
    'standpoint-statement': {
      title: 'Statement',
      legend: 'Statement options',
      description: 'The text of the standpoint: title, dates, summary, full text, downloads.',
      options: {
        collapsed: { label: 'Start with a preview and a “Read more” button' },
        'preview-paragraphs': { label: 'Paragraphs in the preview' },
        'heading-level': { label: 'Heading level of the title (h1–h6)', hint: 'So the widget fits the outline of your page.' },
      },
    },
    'standpoint-demands': {
      title: 'Demands',
      legend: 'Demands options',
      description: 'The demands as a checklist, with how far each has come.',
      options: {
        status: {
          label: 'Show only demands with these statuses',
          hint: 'None ticked shows every demand.',
          choices: statusChoices(enWidgetStrings),
        },
        compact: { label: 'One line per demand' },
        legend: { label: 'Explain every status below the list' },
        'heading-level': { label: 'Heading level (h1–h6)' },
      },
    },
    'standpoint-counter': {
      title: 'Counter',
      legend: 'Counter options',
      description: 'How many have signed, with the goal, names and growth.',
      options: {
        variant: {
          label: 'Layout',
          choices: { full: 'Full: number, goal, details', compact: 'Compact: one line, for sidebars and footers' },
        },
        list: { label: 'Show the names of the signatories' },
        'page-size': { label: 'Names on the first page of the list' },
        chart: { label: 'Show a small growth chart (needs signatories.history)' },
        goal: { label: 'A goal of your own instead of the feed’s' },
      },
    },
    'standpoint-share': {
      title: 'Share card',
      legend: 'Share card options',
      description: 'Copy link, the phone’s share sheet, plain links to networks; no tracker.',
      options: {
        networks: {
          label: 'Networks',
          hint: 'In this order. None ticked shows no network links.',
          choices: networkChoices(enWidgetStrings, 'Fediverse (the reader types their own server)'),
        },
        'no-embed': { label: 'Hide “Embed on your site”' },
        'no-join': { label: 'Hide “Join the standpoint”' },
        'heading-level': { label: 'Heading level of the share title (h2–h6)' },
        'utm-source': { label: 'utm_source for shared links', hint: 'Left empty, nothing is added to the links.' },
        'utm-medium': { label: 'utm_medium' },
        'utm-campaign': { label: 'utm_campaign' },
      },
    },
    'standpoint-embed': {
      title: 'Whole standpoint',
      legend: 'Whole standpoint options',
      description:
        'Statement, demands, counter and share card in one element, in two columns where there is room. Choose it instead of the four above, not with them.',
      options: {
        collapsed: { label: 'Start the statement with a preview and a “Read more” button' },
        sections: {
          label: 'Parts to show',
          hint: 'In this order. None ticked shows every part.',
          choices: { statement: 'Statement', demands: 'Demands', counter: 'Counter', share: 'Share card' },
        },
        'heading-level': {
          label: 'Heading level of the statement’s title (h1–h6)',
          hint: 'The demands and share headings go one level below it.',
        },
      },
    },
    'standpoint-related': {
      title: 'Other materials',
      legend: 'Other materials options',
      description: 'The feed’s other items, newest first, with date, summary and how far each standpoint’s demands have come.',
      options: {
        limit: { label: 'How many items to list' },
        'heading-level': { label: 'Heading level of the list (h1–h6)', hint: 'The titles of the items go one level below it.' },
      },
    },
  },
};

/** @type {typeof en} */
const uk = {
  page: {
    title: 'Конструктор віджетів · standpoint-widgets',
    heading: 'Конструктор віджетів',
    intro:
      'Перевірте стрічку своєї позиції, виберіть віджети, подивіться, як вони виглядатимуть, і скопіюйте код для свого сайту. Ніщо з того, що ви тут вводите, не залишає цієї сторінки й ніде не зберігається: сторінка робить лише один запит — за адресою стрічки, яку ви самі завантажите.',
    skipLink: 'Перейти до коду',
    language: 'Мова конструктора:',
  },
  feed: {
    heading: 'Ваша стрічка',
    urlLabel: 'Адреса стрічки',
    urlHint: 'Віджети читатимуть стрічку звідти, тож її сервер має дозволяти іншим сайтам читати її (CORS).',
    load: 'Завантажити й перевірити',
    fileLabel: 'Або файл стрічки з вашого комп’ютера',
    fileHint: 'Файл можна також перетягнути в будь-яке місце цього блоку.',
    chooseFile: 'Вибрати файл…',
    textLabel: 'Текст стрічки',
    textHint:
      'Або вставте його сюди. Текст перевіряється під час введення: тут можна спробувати виправлення, а потім внести ту саму зміну у свій файл.',
  },
  load: {
    invalidUrl: 'Напишіть повну адресу стрічки, що починається з https://.',
    loading: 'Завантаження…',
    httpError: 'Сервер відповів HTTP {status}: віджети теж не зможуть завантажити стрічку з цієї адреси.',
    loaded: {
      one: 'Завантажено {count} символ з {url}.',
      few: 'Завантажено {count} символи з {url}.',
      many: 'Завантажено {count} символів з {url}.',
      other: 'Завантажено {count} символу з {url}.',
    },
    loadedNoCors:
      'Завантажено з {url}, але сервер не надсилає заголовка Access-Control-Allow-Origin: віджети на інших сайтах не зможуть прочитати стрічку.',
    failed:
      'Не вдалося завантажити стрічку: адреса недоступна або її сервер не дозволяє іншим сайтам читати стрічку (CORS: він має надсилати Access-Control-Allow-Origin). Віджети на інших сайтах зіткнуться з тим самим. Щоб усе ж перевірити файл, збережіть його й виберіть кнопкою «Вибрати файл…» вище.',
    fileTooBig: 'Розмір файлу {name} — {size}; віджети не приймають стрічок, більших за {max}.',
    fileRead: 'Прочитано файл {name}.',
  },
  check: {
    heading: 'Перевірка',
    problems: 'Проблеми в стрічці',
    empty: 'Вставте стрічку, виберіть файл або завантажте її за адресою, щоб перевірити.',
    mustFix: 'Треба виправити',
    warning: 'Попередження',
    wholeFeed: '(уся стрічка)',
    goTo: 'Рядок {line}, стовпчик {column}',
  },
  options: {
    heading: 'Віджети й налаштування',
    widgets: 'Віджети',
    common: 'Для всіх віджетів',
    srcLabel: 'Де стрічка лежатиме на вашому сайті',
    srcHint: 'Адреса або шлях на кшталт /standpoint/feed.json на сайті, де будуть віджети.',
    itemLabel: 'Яку позицію зі стрічки показати',
    firstItem: 'Перший запис',
    firstItemId: 'Перший запис ({id})',
    langLabel: 'Мова віджетів',
    langHint:
      'Мова їхніх кнопок і підписів, а також тексту, якщо стрічка має переклад. Мову самого конструктора вибирають угорі сторінки.',
    langUk: 'Українська',
    langEn: 'Англійська',
    langPage: 'Мова сторінки (її атрибут lang; тут — мова конструктора)',
    themeLabel: 'Тема оформлення',
    themeNone: 'Без теми: як на сторінці',
    themeLight: 'Світла',
    themeDark: 'Темна',
    themeAuto: 'Як у системі читача',
    refreshLabel: 'Перечитувати стрічку кожні … секунд',
    refreshHint:
      '0 — прочитати один раз. Не частіше ніж раз на 30 секунд; у docs/hosting-the-feed.md пояснено, яке навантаження це дає вашому серверу.',
    scriptLabel: 'Додати тег script (не потрібен, якщо він уже є на сторінці)',
  },
  preview: {
    heading: 'Попередній перегляд',
    noWidget: 'Виберіть хоча б один віджет.',
    noFeed: 'Додайте стрічку (крок 1), щоб побачити тут віджети.',
    fallback: 'Без придатної стрічки читачі бачать резервний вміст кожного віджета — як тут.',
  },
  code: {
    heading: 'Ваш код',
    label: 'Вставте цей код туди, де має з’явитися позиція',
    copy: 'Копіювати код',
    copied: 'Скопійовано. Вставте код у блок «Довільний HTML» (WordPress), блок «HTML» (Tilda) або в HTML-код сторінки.',
    copyRefused: 'Браузер не дозволив скопіювати: код виділено, натисніть Ctrl+C (⌘C на Mac).',
    note:
      'Скрипт прив’язано до цієї версії та її хешу {integrity}, тож браузер відмовиться від зміненого файлу. Те, що стоїть усередині елемента, читачі бачать, доки скрипт не запустився, коли скрипти заблоковано або коли стрічку не вдалося завантажити. Посібники (англійською): {embedding}, {hosting}, {theming}.',
    embedding: 'WordPress, Tilda і звичайний HTML',
    hosting: 'розміщення стрічки',
    theming: 'оформлення',
  },
  editor: {
    heading: 'Редагування стрічки',
    intro: 'Кожну зміну одразу перевірено й показано в попередньому перегляді. На цій сторінці нічого не зберігається: завантажте стрічку або скопіюйте її та викладіть туди, звідки її читають віджети.',
    openHint: 'Підтримуйте позицію актуальною без правки JSON: відредагуйте цю стрічку у формі або почніть нову, а тоді завантажте її.',
    open: 'Редагувати цю стрічку',
    new: 'Почати нову стрічку',
    opened: 'Стрічку відкрито в редакторі нижче.',
    started: 'Нову стрічку із заготовки відкрито в редакторі нижче: замініть кожне «(замініть)» та адреси example.org.',
    nothingToOpen: 'Спершу додайте стрічку (адресу, файл або вставлений текст) або почніть нову.',
    cannotOpen: 'Редактор відкриє цей текст, коли він стане стрічкою принаймні з одним елементом: виправте проблеми, наведені в розділі «Перевірка», або почніть нову стрічку.',
    toolbar: 'Редактор',
    undo: 'Скасувати',
    redo: 'Повторити',
    undone: 'Скасовано.',
    redone: 'Повторено.',
    download: 'Завантажити feed.json',
    copy: 'Копіювати стрічку',
    downloaded: 'Завантажено як feed.json. Викладіть файл туди, звідки віджети читають стрічку.',
    copied: 'Стрічку скопійовано: вставте її у свій feed.json.',
    copyRefused: 'Браузер не дозволив скопіювати: той самий текст є в полі «Текст стрічки» вище — виділіть і скопіюйте його.',
    unsaved: 'Зміни ще не завантажено: сторінка запитає, перш ніж ви її залишите.',
    saved: 'Відколи стрічку відкрито чи завантажено, змін немає.',
    item: 'Яку позицію стрічки редагувати',
    in: { uk: 'українською', en: 'англійською' },
    statement: {
      heading: 'Заява',
      title: 'Назва',
      summary: 'Короткий опис',
      content_text: 'Текст',
    },
    demands: {
      heading: 'Вимоги',
      none: 'У цій позиції немає вимог.',
      legend: 'Вимога {number}',
      text: 'Вимога',
      status: 'Стан',
      updated: 'Стан від {date}; новий стан буде датовано сьогоднішнім днем.',
      notDated: 'Ще без дати; новий стан буде датовано сьогоднішнім днем.',
      note: 'Примітка до стану',
      url: 'Посилання на підтвердження',
      urlHint: 'Де читачі можуть перевірити стан: підписаний документ, новина.',
    },
    count: {
      heading: 'Кількість підписантів',
      count: 'Усього підписантів',
      countHint: 'Нову кількість буде датовано сьогоднішнім днем і додано до графіка зростання.',
      goal: 'Мета',
      goalHint: 'Залиште порожнім, якщо мети немає.',
    },
    signatories: {
      heading: 'Підписанти',
      addLegend: 'Додати підписанта',
      name: 'Назва або ім’я',
      url: 'Адреса (необов’язково)',
      urlHint: 'Їхній сайт або електронна адреса у вигляді mailto:name@example.org.',
      kind: 'Вид',
      kinds: { none: 'Не вказано', organization: 'Організація', person: 'Особа' },
      verified: 'Перевірено',
      add: 'Додати',
      nameFirst: 'Спершу напишіть назву або ім’я підписанта.',
      added: '{name} додано в кінець списку.',
      updatedExisting: '{name} вже є в списку: дані оновлено.',
      removed: '{name} вилучено зі списку. Кількість лишилася та сама: змініть її вище, якщо вона має зменшитися.',
      find: 'Знайти підписанта за назвою',
      range: { one: '{from}–{to} з {count} підписанта', few: '{from}–{to} з {count} підписантів', many: '{from}–{to} з {count} підписантів', other: '{from}–{to} з {count} підписанта' },
      noMatch: 'Жоден підписант не має цього в назві.',
      empty: 'Підписантів у списку ще немає.',
      pages: 'Сторінки списку',
      previous: 'Попередня сторінка',
      next: 'Наступна сторінка',
      numbered: '(підписант {number})',
      nameOf: 'Назва підписанта {number}',
      urlOf: 'Адреса підписанта {number}',
      kindOf: 'Вид підписанта {number}',
      remove: 'Вилучити',
      removeOf: 'Вилучити підписанта {number}, {name}',
    },
    import: {
      label: 'Імпортувати список з таблиці (CSV)',
      hint: 'Стовпці name, url, kind і verified у будь-якому порядку, із заголовками англійською чи українською. Файл можна й перетягнути на редактор. Наявних у списку буде оновлено, нових — додано.',
      choose: 'Вибрати файл CSV…',
      summary: '{name}: додано {added}, змінено {changed}, без змін {unchanged}.',
      count: 'Кількість зросла з {before} до {after}.',
      ignored: 'Не прочитано стовпці: {columns}.',
      leftOut: { one: 'Пропущено {count} рядок:', few: 'Пропущено {count} рядки:', many: 'Пропущено {count} рядків:', other: 'Пропущено {count} рядка:' },
      undo: 'Імпортовано однією зміною: «Скасувати» поверне все назад.',
      nothing: 'У списку нічого не змінилося.',
      tooBig: 'Цей файл завеликий для списку підписантів.',
      noParser: 'Читач CSV не завантажився: перезавантажте сторінку й спробуйте ще раз.',
      noNameColumn: 'У {name} немає стовпця з назвами: назвіть один стовпець «назва» (або «name»).',
      problems: {
        'no-name': 'Рядок {line}: немає назви. Заповніть клітинку «{column}» або видаліть рядок.',
        'bad-url': 'Рядок {line}: «{value}» — не вебадреса (http, https) і не електронна адреса (mailto). Виправте її або очистьте клітинку.',
        'bad-kind': 'Рядок {line}: вид «{value}» невідомий. Напишіть організація або особа (organization чи person) або залиште порожнім.',
        'bad-verified': 'Рядок {line}: «{value}» у «{column}» — не так і не ні. Напишіть так/ні, yes/no, true/false, 1/0 або залиште порожнім.',
        'duplicate-name': 'Рядок {line}: «{value}» вже є в рядку {firstLine}. Залиште один із двох рядків.',
        'bad-quotes': 'Рядок {line}: лапки не закрито, тому рядок не прочитати. Перевірте лапки в цьому рядку або експортуйте файл ще раз.',
      },
    },
    campaign: {
      heading: 'Приєднання, поширення, завершення',
      joinUrl: 'Де приєднатися до позиції',
      joinUrlHint: 'Форма на вашому сайті (https://…) або електронна адреса (mailto:…). Лічильник покаже її кнопкою; якщо порожньо — кнопки немає.',
      joinText: 'Слова на кнопці приєднання',
      shareText: 'Текст для поширення позиції',
      closed: 'Кампанію завершено',
      closedHint: 'Віджети повідомляють про це замість запрошення підписати й не показують посилання для приєднання.',
    },
  },
  units: {
    bytes: { one: '{count} байт', few: '{count} байти', many: '{count} байтів', other: '{count} байта' },
  },
  report: {
    summary: {
      fatal: 'Віджети не можуть показати цю стрічку: спершу виправте {problems}.',
      fatalAndWarnings: 'Віджети не можуть показати цю стрічку: спершу виправте {problems}. Також є {warnings}.',
      warnings: 'Віджети можуть показати цю стрічку, але {parts} пропущено або залишено як є: {warnings}.',
      ok: 'Проблем немає: віджети можуть показати всю стрічку.',
      ready: 'Віджети можуть показати всю стрічку. Перш ніж публікувати, перегляньте {reminders}.',
      remindersToo: 'Перш ніж публікувати, перегляньте також {reminders}.',
      reminders: { one: '{count} нагадування', few: '{count} нагадування', many: '{count} нагадувань', other: '{count} нагадування' },
      problems: { one: '{count} проблему', few: '{count} проблеми', many: '{count} проблем', other: '{count} проблеми' },
      warningCount: {
        one: '{count} попередження',
        few: '{count} попередження',
        many: '{count} попереджень',
        other: '{count} попередження',
      },
      parts: { one: '{count} частину', few: '{count} частини', many: '{count} частин', other: '{count} частини' },
    },
    syntax: {
      unclosedString: 'текст у лапках не закрито: бракує закривної "',
      controlCharacter: 'розрив рядка або керівний символ усередині тексту в лапках: запишіть його як \\n',
      badEscape: 'неправильне екранування в тексті (після \\ стоїть символ, якого JSON не знає)',
      trailingText: 'після кінця стрічки є ще текст',
      missingColon: 'після ключа бракує двокрапки (:)',
      missingCommaList: 'бракує коми або ], що закриває список',
      missingCommaObject: 'бракує коми або }, що закриває об’єкт',
      trailingComma: 'кома перед {bracket} (JSON не дозволяє коми після останнього елемента)',
      missingKey: 'бракує ключа в подвійних лапках',
      singleQuotes: 'одинарні лапки: JSON вимагає подвійних лапок (") навколо текстів і ключів',
      valueExpected: 'тут має бути значення: текст у подвійних лапках, число, true, false, null, об’єкт або список',
      empty: 'стрічка порожня',
      endsEarly: {
        one: 'стрічка закінчується зарано: {count} дужку не закрито',
        few: 'стрічка закінчується зарано: {count} дужки не закрито',
        many: 'стрічка закінчується зарано: {count} дужок не закрито',
        other: 'стрічка закінчується зарано: {count} дужки не закрито',
      },
      at: 'Стрічка не є коректним JSON. Рядок {line}, стовпчик {column}: {message}.',
    },
    effect: {
      fatal: 'Віджети не можуть показати цю стрічку: замість неї вони показують резервний вміст.',
      leftOut: '{what} не буде показано, доки це не виправлено; решту стрічки показано.',
      keptAsWritten: 'Значення залишено як є.',
      ignored: 'Це значення пропущено; решту стрічки показано.',
      stillRead: 'Цього разу віджети ще це прочитали; виправте, доки вони не перестали.',
      shownAsWritten: 'Читачі бачать цю частину такою, як вона є зараз.',
    },
  },
  widgets: {
    'standpoint-statement': {
      title: 'Текст позиції',
      legend: 'Налаштування тексту позиції',
      description: 'Текст позиції: назва, дати, короткий виклад, повний текст, файли для завантаження.',
      options: {
        collapsed: { label: 'Спершу показати початок тексту й кнопку «Читати далі»' },
        'preview-paragraphs': { label: 'Скільки абзаців показати до кнопки «Читати далі»' },
        'heading-level': {
          label: 'Рівень заголовка назви (h1–h6)',
          hint: 'Щоб віджет вписався в структуру заголовків вашої сторінки.',
        },
      },
    },
    'standpoint-demands': {
      title: 'Вимоги',
      legend: 'Налаштування вимог',
      description: 'Вимоги у вигляді переліку з позначками: на якому етапі кожна з них.',
      options: {
        status: {
          label: 'Показувати лише вимоги з такими статусами',
          hint: 'Якщо нічого не позначено, буде показано всі вимоги.',
          choices: statusChoices(ukWidgetStrings),
        },
        compact: { label: 'Кожна вимога в один рядок' },
        legend: { label: 'Пояснити всі статуси під переліком' },
        'heading-level': { label: 'Рівень заголовка (h1–h6)' },
      },
    },
    'standpoint-counter': {
      title: 'Лічильник підписантів',
      legend: 'Налаштування лічильника',
      description: 'Скільки вже підписали: з метою, переліком підписантів і графіком зростання.',
      options: {
        variant: {
          label: 'Вигляд',
          choices: { full: 'Повний: число, мета, подробиці', compact: 'Стислий: один рядок, для бічної панелі чи підвалу сторінки' },
        },
        list: { label: 'Показати імена й назви підписантів' },
        'page-size': { label: 'Скільки підписантів показати на першій сторінці переліку' },
        chart: { label: 'Показати невеликий графік зростання (потрібне поле signatories.history)' },
        goal: { label: 'Власна мета замість зазначеної у стрічці' },
      },
    },
    'standpoint-share': {
      title: 'Картка поширення',
      legend: 'Налаштування картки поширення',
      description: 'Копіювання посилання, меню «Поділитися» на телефоні, прості посилання на соцмережі; без трекерів.',
      options: {
        networks: {
          label: 'Соцмережі та месенджери',
          hint: 'У такому порядку. Якщо нічого не позначено, посилань на соцмережі не буде.',
          choices: networkChoices(ukWidgetStrings, 'Fediverse (читач сам вводить свій сервер)'),
        },
        'no-embed': { label: 'Сховати «Вбудувати на свій сайт»' },
        'no-join': { label: 'Сховати «Приєднатися до позиції»' },
        'heading-level': { label: 'Рівень заголовка картки (h2–h6)' },
        'utm-source': { label: 'utm_source для посилань, якими діляться', hint: 'Якщо поле порожнє, до посилань нічого не додається.' },
        'utm-medium': { label: 'utm_medium' },
        'utm-campaign': { label: 'utm_campaign' },
      },
    },
    'standpoint-embed': {
      title: 'Уся позиція',
      legend: 'Налаштування всієї позиції',
      description:
        'Текст, вимоги, лічильник і картка поширення в одному елементі, у дві колонки, якщо вистачає місця. Вибирайте його замість чотирьох віджетів вище, а не разом із ними.',
      options: {
        collapsed: { label: 'Спершу показати початок тексту й кнопку «Читати далі»' },
        sections: {
          label: 'Які частини показати',
          hint: 'У такому порядку. Якщо нічого не позначено, буде показано всі частини.',
          choices: { statement: 'Текст позиції', demands: 'Вимоги', counter: 'Лічильник підписантів', share: 'Картка поширення' },
        },
        'heading-level': {
          label: 'Рівень заголовка назви позиції (h1–h6)',
          hint: 'Заголовки вимог і картки поширення будуть на рівень нижче.',
        },
      },
    },
    'standpoint-related': {
      title: 'Інші матеріали',
      legend: 'Налаштування інших матеріалів',
      description: 'Інші записи стрічки, спершу найновіші: з датою, коротким описом і тим, як просуваються вимоги кожної позиції.',
      options: {
        limit: { label: 'Скільки матеріалів показати' },
        'heading-level': { label: 'Рівень заголовка списку (h1–h6)', hint: 'Назви матеріалів будуть на рівень нижче.' },
      },
    },
  },
};

/** The tables, by language. */
export const STRINGS = { en, uk };

/** `uk` or `en` for any language tag (the languages of the widgets and of the builder); anything else is English. */
export const supportedLanguage = toUiLocale;

/**
 * The builder's language: `?lang=` when it names one the builder speaks,
 * else the first of the browser's languages that it speaks, else English.
 *
 * @param {string | null | undefined} requested the `lang` parameter of the page address
 * @param {readonly string[]} [preferred] `navigator.languages`
 * @returns {'uk' | 'en'}
 */
export function builderLanguage(requested, preferred = []) {
  if (requested === 'uk' || requested === 'en') return requested;
  for (const tag of preferred) {
    const primary = primaryLanguage(String(tag));
    if (primary === 'uk' || primary === 'en') return primary;
  }
  return 'en';
}

/** A number written as the language writes it. */
export { formatNumber };

/**
 * The entry at a dotted path of a table: a text, a plural set, a branch, or undefined.
 *
 * @param {'uk' | 'en'} language
 * @param {string} key
 * @returns {unknown}
 */
const lookup = (language, key) =>
  key.split('.').reduce((/** @type {any} */ node, part) => node?.[part], STRINGS[language]);

/**
 * Whether the tables have a text (or a plural set) at `key`, e.g. an option's hint.
 *
 * @param {string} key
 */
export const hasString = (key) => lookup('en', key) !== undefined;

/**
 * The text of `key` (a dotted path such as `check.goTo`) in `lang`, with its
 * parameters filled in; a plural set is chosen by `params.count`.
 *
 * @param {string} lang
 * @param {string} key
 * @param {Record<string, string | number>} [params]
 * @returns {string}
 */
export function translate(lang, key, params = {}) {
  const language = supportedLanguage(lang);
  let value = lookup(language, key);
  if (value && typeof value === 'object' && 'other' in value) {
    const forms = /** @type {Record<string, string>} */ (value);
    value = forms[pluralRules(language).select(Number(params.count))] ?? forms.other;
  }
  if (typeof value !== 'string') throw new Error(`builder/strings.js has no text "${key}"`);
  return value.replace(/\{(\w+)\}/g, (match, name) => {
    if (!(name in params)) return match;
    const param = params[name];
    return name === 'count' && typeof param === 'number' ? formatNumber(language, param) : String(param);
  });
}
